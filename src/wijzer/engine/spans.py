"""Cut a text into plain and flagged pieces by the findings' character spans."""

from __future__ import annotations

from collections.abc import Iterable


def segments(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` as (piece, flagged) pieces in order; overlapping or touching spans are
    joined, and spans are clipped to the text (empty or reversed ones are ignored)."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(e, len(text))) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces: list[tuple[str, bool]] = []
    position = 0
    for start, end in merged:
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces
