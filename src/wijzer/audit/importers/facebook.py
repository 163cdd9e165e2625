"""Facebook's "Download your information" in JSON: posts and comments, mis-encoding repaired."""

from __future__ import annotations

import re
from typing import Any

from wijzer.audit.importers.jsonstream import record_reader
from wijzer.audit.importers.model import UNREADABLE, Format, Item, Reader, dicts, make_post
from wijzer.audit.importers.names import tail
from wijzer.audit.importers.values import fix_mojibake, from_epoch

_POSTS = re.compile(r"your_posts(?:__check_ins__photos_and_videos)?(?:_\d+)?\.json")
_GROUP_POSTS = re.compile(r"group_posts_and_comments\.json|your_posts_in_groups\.json")


def _attachment_data(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [data for attachment in dicts(record.get("attachments"))
            for data in dicts(attachment.get("data"))]


def post_item(record: Any, source: str) -> Item:
    """A post: the texts under ``data[].post``; a link attachment makes it a share."""
    if not isinstance(record, dict) or not isinstance(record.get("data", []), list):
        return UNREADABLE
    texts = [entry["post"] for entry in dicts(record.get("data"))
             if isinstance(entry.get("post"), str)]
    attached = _attachment_data(record)
    media = sum(1 for data in attached if "media" in data)
    shares = any(isinstance(data.get("external_context"), dict)
                 and data["external_context"].get("url") for data in attached)
    return make_post(text=fix_mojibake("\n".join(texts)), source=source, platform="facebook",
                     kind="share" if shares else "post",
                     created_at=from_epoch(record.get("timestamp")), media_count=media)


def comment_item(record: Any, source: str) -> Item:
    """A comment: ``data[0].comment.comment``; the title names someone else, so it is ignored."""
    if not isinstance(record, dict):
        return UNREADABLE
    comments = [entry["comment"] for entry in dicts(record.get("data"))
                if isinstance(entry.get("comment"), dict)]
    comment = comments[0] if comments else {}
    text = comment.get("comment")
    if text is not None and not isinstance(text, str):
        return UNREADABLE
    media = len(_attachment_data(record))  # a photo, sticker or GIF
    moment = from_epoch(comment.get("timestamp")) or from_epoch(record.get("timestamp"))
    return make_post(text=fix_mojibake(text or ""), source=source, platform="facebook",
                     kind="comment", created_at=moment, media_count=media)


read_posts = record_reader(("group_posts_v2",), post_item)
read_comments = record_reader(("comments_v2", "comments", "group_comments_v2"), comment_item)


def reader_for(name: str) -> Reader | None:
    folder, file = tail(name, 2) if "/" in name else ("", tail(name, 1)[0])
    if _POSTS.fullmatch(file) or _GROUP_POSTS.fullmatch(file):
        return read_posts
    if (file == "comments.json" and "comment" in folder) or file == "your_comments_in_groups.json":
        return read_comments
    return None


FORMAT = Format(name="facebook",
                label="Facebook JSON (your_posts_1.json, comments_and_reactions/comments.json)",
                reader_for=reader_for)
