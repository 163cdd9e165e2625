"""Read posts in the labelled JSON Lines format; a broken line never stops the rest."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wijzer.domain import Attachment, Post
from wijzer.errors import WijzerError
from wijzer.i18n import translate

MAX_LINE_BYTES = 1_000_000


@dataclass(frozen=True)
class Record:
    """One line: the post, its id, and (in labelled sets) the expected labels."""

    line: int
    id: str
    post: Post
    labels: frozenset[str] | None


class LineError(WijzerError):
    """A line of a JSON Lines file that cannot be read; says which and why."""

    def __init__(self, line: int, problem: WijzerError) -> None:
        super().__init__("jsonl.invalid", line=line)
        self.problem = problem

    def message(self, lang: str = "nl") -> str:
        return translate(self.code, lang, line=self.params["line"],
                         problem=self.problem.message(lang))


@dataclass(frozen=True)
class BadLine:
    line: int
    error: LineError


def parse_date(value: str) -> dt.date:
    """An ISO date (a full timestamp is cut to its date); clear error otherwise."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except (ValueError, AttributeError):
        raise WijzerError("date.invalid", value=value) from None


def read_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """The non-empty raw lines of a file with their 1-based numbers."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield number, raw


def parse_line(number: int, raw: bytes) -> Record | BadLine:
    try:
        return record_from_line(raw, number)
    except WijzerError as error:
        return BadLine(number, LineError(number, error))


def read_records(path: Path) -> Iterator[Record | BadLine]:
    """Every non-empty line of ``path`` as a Record, or a BadLine saying what is wrong."""
    for number, raw in read_lines(path):
        yield parse_line(number, raw)


def record_from_line(raw: bytes, number: int) -> Record:
    """Parse one line; raises WijzerError with what is wrong."""
    if len(raw) > MAX_LINE_BYTES:
        raise WijzerError("text.too_long", length=len(raw), limit=MAX_LINE_BYTES)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise WijzerError("text.not_utf8", source="JSON", position=exc.start) from None
    except json.JSONDecodeError as exc:
        raise WijzerError("jsonl.bad_json", detail=exc.msg) from None
    if not isinstance(data, dict):
        raise WijzerError("jsonl.not_object")
    post = post_from_mapping(data)
    labels = data.get("labels")
    return Record(line=number, id=str(data.get("id", number)), post=post,
                  labels=frozenset(labels) if isinstance(labels, list) else None)


def post_from_mapping(data: dict[str, Any]) -> Post:
    """A Post from the fields of the labelled format (labels, verdict, note ignored)."""
    text = _field(data, "text", str, required=True)
    platform = _field(data, "platform", str) or "linkedin"
    reply_to = _field(data, "reply_to", str)
    posted = _field(data, "posted_at", str)
    attachments = _field(data, "attachments", list) or []
    return Post(text=text, platform=platform, reply_to=reply_to or None,
                posted_at=parse_date(posted) if posted else None,
                attachments=tuple(_attachment(item) for item in attachments))


def _attachment(item: Any) -> Attachment:
    if not isinstance(item, dict):
        raise _type_error("attachments", "een lijst van objecten / a list of objects")
    return Attachment(type=str(item.get("type") or "image"),
                      credit=_optional_str(item, "credit"), note=_optional_str(item, "note"))


def _optional_str(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _type_error(f"attachments.{key}", "tekst / text")
    return value


def _field(data: dict[str, Any], key: str, kind: type, required: bool = False) -> Any:
    value = data.get(key)
    if value is None:
        if required:
            raise FieldError(key, WijzerError("field.required"))
        return None
    if not isinstance(value, kind):
        raise _type_error(key, "tekst / text" if kind is str else "een lijst / a list")
    return value


def _type_error(key: str, expected: str) -> WijzerError:
    return FieldError(key, WijzerError("field.type", expected=expected))


class FieldError(WijzerError):
    """A field of a record with the wrong type or missing."""

    def __init__(self, field: str, problem: WijzerError) -> None:
        super().__init__("jsonl.bad_field", field=field)
        self.problem = problem

    def message(self, lang: str = "nl") -> str:
        return translate(self.code, lang, field=self.params["field"],
                         problem=self.problem.message(lang))
