"""Read the records of a JSON array one at a time, in bounded memory, surviving bad records."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from wijzer.audit.importers.jsonbuffer import (
    BAD,
    BadRecord,
    Buffer,
    NotJson,
    RecordTooLarge,
    Truncated,
)
from wijzer.audit.importers.model import UNREADABLE, Item, Reader

__all__ = ["BAD", "BadRecord", "NotJson", "RecordTooLarge", "Truncated", "iter_records",
           "record_reader"]

_SPACE = re.compile(r"\s*")
_SEPARATORS = re.compile(r"[\s,]*")
_ASSIGNMENT = re.compile(r"\s*[A-Za-z_$][\w$.]*\s*=\s*")  # window.YTD.tweets.part0 =


def iter_records(stream: BinaryIO, keys: tuple[str, ...] = (),
                 max_record: int = 8 << 20) -> Iterator[Any]:
    """Each element of the top-level array (or of the array under one of ``keys``).

    A leading JavaScript assignment (``window.YTD.tweets.part0 = ``) is skipped.
    Yields ``BAD`` for an element that is not valid JSON.
    """
    buffer = Buffer(stream, max_record)
    while len(buffer.buf) < 256 and buffer.more():
        pass  # enough to see the assignment prefix whole
    if not buffer.buf:
        return
    match = _ASSIGNMENT.match(buffer.buf)
    if match and not buffer.buf.lstrip().startswith(("[", "{")):
        buffer.pos = match.end()
    first = buffer.skip(_SPACE)
    if first == "{" and keys:
        buffer.pos += 1
        if not _find_key(buffer, keys):
            return
    elif first != "[":
        raise NotJson
    buffer.pos += 1
    while True:
        char = buffer.skip(_SEPARATORS)
        if char == "]":
            return
        if not char:
            raise Truncated
        yield buffer.value()


def _find_key(buffer: Buffer, keys: tuple[str, ...]) -> bool:
    """Move to the array under the first of ``keys``; False when the object has none."""
    while True:
        char = buffer.skip(_SEPARATORS)
        if char == "}":
            return False
        if char != '"':
            raise Truncated if not char else NotJson
        key = buffer.value()
        if buffer.skip(_SPACE) != ":":
            raise NotJson
        buffer.pos += 1
        char = buffer.skip(_SPACE)
        if key in keys and char == "[":
            return True
        if buffer.value() is BAD:
            raise NotJson


def record_reader(keys: tuple[str, ...], item: Callable[[Any, str], Item]) -> Reader:
    """A reader that turns each array element into an item with ``item(record, source)``."""
    def read(stream: BinaryIO, member: str) -> Iterator[Item]:
        for index, record in enumerate(iter_records(stream, keys), start=1):
            if record is BAD:
                yield UNREADABLE
                continue
            try:
                yield item(record, f"{member}#{index}")
            except (TypeError, ValueError, AttributeError, KeyError):  # a record of odd shape
                yield UNREADABLE
    return read
