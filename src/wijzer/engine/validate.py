"""Check that a post can be checked: text present, within limits, known platform."""

from __future__ import annotations

from wijzer.domain import Post
from wijzer.errors import WijzerError
from wijzer.pack.model import Pack


def validate_post(post: Post, pack: Pack) -> None:
    """Raise a :class:`WijzerError` with a clear message for an uncheckable post."""
    if not post.text or not post.text.strip():
        raise WijzerError("text.empty")
    limit = pack.meta.max_text_chars
    for value in (post.text, post.reply_to or ""):
        if len(value) > limit:
            raise WijzerError("text.too_long", length=len(value), limit=limit)
    if post.platform not in pack.meta.platforms:
        raise WijzerError("platform.unknown", platform=post.platform,
                          choices=", ".join(pack.meta.platforms))
