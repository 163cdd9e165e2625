"""LinkedIn's data export: ``Shares.csv`` (posts) and ``Comments.csv`` (comments), UTC dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import BinaryIO

from wijzer.audit.importers.csvrows import iter_rows
from wijzer.audit.importers.model import UNREADABLE, Format, Item, Kind, Reader, make_post
from wijzer.audit.importers.names import tail
from wijzer.audit.importers.values import parse_datetime


def _date(value: str | None) -> dt.datetime | None:
    return parse_datetime(value or "", naive_tz=dt.UTC)


def unwrap_lines(text: str) -> str:
    """Undo Shares.csv's extra quoting, where every line of a post is wrapped in quotes."""
    lines = text.split("\n")
    if all(len(line) >= 2 and line[0] == line[-1] == '"' for line in lines):
        return "\n".join(line[1:-1].replace('""', '"') for line in lines)
    return text


def read_shares(stream: BinaryIO, member: str) -> Iterator[Item]:
    """One post per row; a row with a shared link is a share."""
    for index, row in enumerate(iter_rows(stream), start=1):
        source = f"{member}#{index}"
        if row is None or "sharecommentary" not in row:
            yield UNREADABLE
            continue
        shared = (row.get("sharedurl") or "").strip()
        kind: Kind = "share" if shared else "post"
        media = 1 if (row.get("mediaurl") or "").strip() else 0
        yield make_post(text=unwrap_lines(row["sharecommentary"]), source=source,
                        platform="linkedin", kind=kind, created_at=_date(row.get("date")),
                        post_id=(row.get("sharelink") or "").strip() or None, media_count=media)


def read_comments(stream: BinaryIO, member: str) -> Iterator[Item]:
    """One comment per row (the export escapes quotes in comments with a backslash)."""
    for index, row in enumerate(iter_rows(stream, escapechar="\\"), start=1):
        if row is None or "message" not in row:
            yield UNREADABLE
            continue
        yield make_post(text=row["message"], source=f"{member}#{index}", platform="linkedin",
                        kind="comment", created_at=_date(row.get("date")))


_READERS: dict[str, Reader] = {"shares.csv": read_shares, "comments.csv": read_comments}


def reader_for(name: str) -> Reader | None:
    return _READERS.get(tail(name, 1)[0])


FORMAT = Format(name="linkedin", label="LinkedIn (Shares.csv, Comments.csv)",
                reader_for=reader_for)
