"""A plain CSV or JSON Lines file with a text column and, ideally, a date column."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from wijzer.audit.importers.csvrows import header_of, iter_rows
from wijzer.audit.importers.model import (
    DELETED,
    KINDS,
    UNREADABLE,
    Format,
    Item,
    Kind,
    Reader,
    make_post,
)
from wijzer.audit.importers.names import tail
from wijzer.audit.importers.values import parse_datetime
from wijzer.domain import PLATFORMS
from wijzer.errors import WijzerError

TEXT = ("text", "tekst", "content", "message", "bericht", "body", "post", "full_text")
DATE = ("posted_at", "created_at", "date", "datum", "timestamp", "time", "published", "tijd")
REPLY = ("reply_to", "reply_to_text", "in_reply_to")
MAX_LINE = 1 << 20
_TRUE = {"1", "true", "yes", "ja", "y", "j"}


def _first(fields: dict[str, Any], names: tuple[str, ...]) -> Any:
    return next((fields[name] for name in names if fields.get(name) not in (None, "")), None)


def fields_item(raw: dict[str, Any], source: str) -> Item:
    """A post from named fields (column names compared without case)."""
    fields = {str(key).strip().lower(): value for key, value in raw.items()}
    if not any(name in fields for name in TEXT):
        return UNREADABLE
    text = _first(fields, TEXT)
    if text is not None and not isinstance(text, str):
        return UNREADABLE
    if str(fields.get("deleted") or fields.get("is_deleted") or "").lower() in _TRUE:
        return DELETED
    platform = str(fields.get("platform") or "unknown").strip().lower()
    platform = "x" if platform == "twitter" else platform
    reply = _first(fields, REPLY)
    kind = str(fields.get("kind") or fields.get("type") or "").strip().lower()
    media = fields.get("media_count") or fields.get("attachments") or 0
    return make_post(
        text=text, source=source, platform=platform if platform in PLATFORMS else "unknown",
        kind=_kind(kind, reply), created_at=parse_datetime(_first(fields, DATE)),
        post_id=str(fields["id"]) if fields.get("id") not in (None, "") else None,
        reply_to_text=reply if isinstance(reply, str) else None, media_count=_count(media))


def _kind(kind: str, reply: Any) -> Kind:
    if kind in KINDS:
        return kind  # type: ignore[return-value]
    return "reply" if reply else "post"


def _count(value: Any) -> int:
    if isinstance(value, list):
        return len(value)
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0


def read_csv(stream: BinaryIO, member: str) -> Iterator[Item]:
    for index, row in enumerate(iter_rows(stream), start=1):
        yield UNREADABLE if row is None else fields_item(row, f"{member}#{index}")


def probe_csv(stream: BinaryIO, path: str) -> None:
    """Refuse a CSV file without a text column, naming the columns it has."""
    columns = header_of(stream)
    if not any(name in columns for name in TEXT):
        raise WijzerError("audit.no_text_column", path=path, columns=", ".join(columns) or "-",
                          expected=", ".join(TEXT))


def read_jsonl(stream: BinaryIO, member: str) -> Iterator[Item]:
    index = 0
    while line := stream.readline(MAX_LINE):
        if not line.endswith(b"\n") and len(line) == MAX_LINE:
            while (rest := stream.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                pass
            index += 1
            yield UNREADABLE
            continue
        if not line.strip():
            continue
        index += 1
        try:
            data = json.loads(line.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            yield UNREADABLE
            continue
        yield fields_item(data, f"{member}#{index}") if isinstance(data, dict) else UNREADABLE


def _by_suffix(*suffixes: str) -> Callable[[str], Reader | None]:
    def reader_for(name: str) -> Reader | None:
        return _READERS[suffixes[0]] if tail(name, 1)[0].endswith(suffixes) else None
    return reader_for


_READERS: dict[str, Reader] = {".csv": read_csv, ".jsonl": read_jsonl}
CSV = Format(name="csv", label="CSV (text, date)", reader_for=_by_suffix(".csv"),
             single_file_only=True, probe=probe_csv)
JSONL = Format(name="jsonl", label="JSON Lines (text, date)",
               reader_for=_by_suffix(".jsonl", ".ndjson"), single_file_only=True)
