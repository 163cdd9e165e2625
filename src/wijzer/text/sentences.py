"""Split a text into sentences with character offsets."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'’”)]*\s+|\n+|(?<=[:;])\s+(?=[A-Z'\"‘“])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences, trimmed of outer whitespace."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _BOUNDARY.finditer(text):
        _add(text, position, match.start(), spans)
        position = match.end()
    _add(text, position, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
