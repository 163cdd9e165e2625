"""Platform advice that is not a guideline violation: length limits, hashtag habits."""

from __future__ import annotations

from wijzer.domain import LocalText, Notice, Post
from wijzer.pack.model import Pack
from wijzer.text.tokens import Token, tokenize


def platform_notices(post: Post, pack: Pack, tokens: list[Token] | None = None) -> list[Notice]:
    platform = pack.meta.platforms[post.platform]
    notices = []
    length = len(post.text)
    if length > platform.max_chars:
        notices.append(Notice("platform.length", LocalText(
            nl=f"Je tekst is {length} tekens; {platform.name} toont er maximaal "
               f"{platform.max_chars}.",
            en=f"Your text is {length} characters; {platform.name} shows at most "
               f"{platform.max_chars}.")))
    hashtags = sum(1 for token in (tokenize(post.text) if tokens is None else tokens)
                   if token.text.startswith("#"))
    if hashtags > 2 * platform.typical_hashtags + 1:
        notices.append(Notice("platform.hashtags", LocalText(
            nl=f"{hashtags} hashtags is veel voor {platform.name} (gebruikelijk: tot "
               f"{platform.typical_hashtags}).",
            en=f"{hashtags} hashtags is a lot for {platform.name} (usual: up to "
               f"{platform.typical_hashtags}).")))
    return notices
