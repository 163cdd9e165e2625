"""Instagram's JSON export: ``media/posts_1.json`` (or ``content/``) and the comments files."""

from __future__ import annotations

import re
from typing import Any

from wijzer.audit.importers.jsonstream import record_reader
from wijzer.audit.importers.model import UNREADABLE, Format, Item, Reader, as_dict, dicts, make_post
from wijzer.audit.importers.names import tail
from wijzer.audit.importers.values import fix_mojibake, from_epoch

_POSTS = re.compile(r"posts_\d+\.json")
_COMMENTS = re.compile(r"post_comments(?:_\d+)?\.json")


def post_item(record: Any, source: str) -> Item:
    """A post: the caption is the top-level title (several photos) or the first media's title."""
    if not isinstance(record, dict):
        return UNREADABLE
    media = dicts(record.get("media"))
    first = media[0] if media else {}
    caption = record.get("title") or first.get("title") or ""
    if not isinstance(caption, str):
        return UNREADABLE
    moment = from_epoch(record.get("creation_timestamp")) or from_epoch(
        first.get("creation_timestamp"))
    return make_post(text=fix_mojibake(caption), source=source, platform="instagram",
                     kind="post", created_at=moment, media_count=len(media))


def comment_item(record: Any, source: str) -> Item:
    """A comment: ``string_map_data`` holds ``Comment.value`` and ``Time.timestamp``."""
    fields = record.get("string_map_data") if isinstance(record, dict) else None
    if not isinstance(fields, dict):
        return UNREADABLE
    text = as_dict(fields.get("Comment")).get("value")
    if text is not None and not isinstance(text, str):
        return UNREADABLE
    moment = from_epoch(as_dict(fields.get("Time")).get("timestamp"))
    return make_post(text=fix_mojibake(text or ""), source=source, platform="instagram",
                     kind="comment", created_at=moment)


read_posts = record_reader((), post_item)
read_comments = record_reader(("comments_media_comments", "comments_reels_comments"), comment_item)


def reader_for(name: str) -> Reader | None:
    parts = tail(name, 2)
    if _POSTS.fullmatch(parts[-1]) and parts[0] in ("media", "content"):
        return read_posts
    if _COMMENTS.fullmatch(parts[-1]) or parts[-1] == "reels_comments.json":
        return read_comments
    return None


FORMAT = Format(name="instagram",
                label="Instagram JSON (media/posts_1.json, comments/post_comments_1.json)",
                reader_for=reader_for)
