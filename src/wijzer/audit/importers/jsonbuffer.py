"""A sliding text buffer over a byte stream that decodes one JSON value at a time."""

from __future__ import annotations

import io
import json
import re
from typing import Any, BinaryIO

CHUNK = 1 << 16
_DECODER = json.JSONDecoder()
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|["\[\]{},]')


class Truncated(Exception):
    """The data ends inside the array."""


class RecordTooLarge(Exception):
    """One record is larger than the limit."""


class NotJson(Exception):
    """The data is not a JSON array (or an object holding one)."""


class BadRecord:
    """Stands for a record that is not valid JSON; the reader skips past it."""


BAD = BadRecord()


class Buffer:
    """Holds the unread part of the text; trims what has been consumed."""

    def __init__(self, stream: BinaryIO, max_record: int) -> None:
        self.text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace")
        self.buf = ""
        self.pos = 0
        self.max_record = max_record

    def more(self) -> bool:
        chunk = self.text.read(CHUNK)
        if not chunk:
            return False
        if self.pos > CHUNK:
            self.buf, self.pos = self.buf[self.pos:], 0
        self.buf += chunk
        return True

    def skip(self, pattern: re.Pattern[str]) -> str:
        """Skip what ``pattern`` matches; the next character, or "" at the end."""
        while True:
            self.pos = pattern.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def value(self) -> Any:
        while True:
            try:
                item, end = _DECODER.raw_decode(self.buf, self.pos)
            except (json.JSONDecodeError, RecursionError):  # bad, or nested absurdly deep
                boundary = _element_end(self.buf, self.pos)
                if boundary is not None:  # a stray closing bracket is skipped by itself
                    self.pos = boundary if boundary > self.pos else self.pos + 1
                    return BAD
            else:
                if end < len(self.buf) or not self.more():
                    self.pos = end
                    return item
                continue
            if len(self.buf) - self.pos > self.max_record:
                raise RecordTooLarge
            if not self.more():
                raise Truncated


def _element_end(buf: str, pos: int) -> int | None:
    """Where the array element starting at ``pos`` ends, judged by brackets and quotes only."""
    depth = 0
    for match in _TOKEN.finditer(buf, pos):
        token = match.group()
        if token == '"':
            return None  # an unterminated string: more data needed
        if token in "[{":
            depth += 1
        elif token in "]}":
            depth -= 1
            if depth < 0:
                return match.start()
        elif token == "," and depth == 0:
            return match.start()
    return None
