"""Context words around a span, found by bisection so that long texts stay linear."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wijzer.detectors.base import CheckContext, FieldView
from wijzer.detectors.context import field_view
from wijzer.detectors.params import ContextWords
from wijzer.pack.wordlist import Match

if TYPE_CHECKING:
    from wijzer.detectors.pii.base import Scope


def cache(context: CheckContext) -> dict[Any, Any]:
    """This package's share of the per-post cache."""
    store: dict[Any, Any] = context.shared.setdefault("pii", {})
    return store


def token_starts(context: CheckContext, view: FieldView) -> list[int]:
    key = ("starts", id(view))
    store = cache(context)
    if key not in store:
        store[key] = [token.start for token in view.tokens]
    starts: list[int] = store[key]
    return starts


def token_index(context: CheckContext, view: FieldView, offset: int) -> int:
    """Index of the token that contains or follows ``offset``."""
    starts = token_starts(context, view)
    index = bisect_right(starts, offset) - 1
    if index >= 0 and view.tokens[index].end > offset:
        return index
    return min(index + 1, max(len(starts) - 1, 0))


def word_matches(context: CheckContext, view: FieldView, name: str) -> list[Match]:
    """Matches of word list ``name`` in ``view``, sorted by start (cached)."""
    key = ("words", id(view), name)
    store = cache(context)
    if key not in store:
        found = view.matches(context.pack, name)
        store[key] = sorted(found, key=lambda m: (m.start, m.end))
    matches: list[Match] = store[key]
    return matches


def window_bounds(context: CheckContext, view: FieldView, start: int, end: int,
                  window: int) -> tuple[int, int]:
    """Character bounds of ``window`` tokens on each side of a span."""
    tokens = view.tokens
    if not tokens:
        return start, end
    first = token_index(context, view, start)
    last = max(first, token_index(context, view, max(start, end - 1)))
    low = tokens[max(0, first - window)].start
    high = tokens[min(len(tokens) - 1, last + window)].end
    return min(low, start), max(high, end)


def nearby(context: CheckContext, view: FieldView, name: str, start: int, end: int,
           window: int) -> Match | None:
    """The first match of a word list within ``window`` tokens of a span, outside it."""
    matches = word_matches(context, view, name)
    if not matches:
        return None
    if window == 0:
        return next((m for m in matches if m.end <= start or m.start >= end), None)
    low, high = window_bounds(context, view, start, end, window)
    starts = _starts(context, view, name)
    for match in matches[max(0, bisect_left(starts, low) - 2):]:
        if match.start >= high:
            break
        inside = match.start >= start and match.end <= end
        if match.end > low and not inside:
            return match
    return None


def _starts(context: CheckContext, view: FieldView, name: str) -> list[int]:
    key = ("wordstarts", id(view), name)
    store = cache(context)
    if key not in store:
        store[key] = [m.start for m in word_matches(context, view, name)]
    starts: list[int] = store[key]
    return starts


def apply_context(context: CheckContext, scope: Scope, start: int, end: int, score: float,
                  rules: Sequence[ContextWords]) -> tuple[float, list[str]]:
    """Add each rule's delta when its words are near the span; returns score and what fired.

    A rule whose ``field`` is ``text`` (the default) or the span's own kind
    looks around the span; a rule naming another field looks anywhere in it.
    """
    fired: list[str] = []
    for rule in rules:
        if rule.field in ("text", scope.kind):
            match = nearby(context, scope.view, rule.list, start, end, rule.window)
        else:
            other = field_view(context, rule.field)
            match = nearby(context, other, rule.list, 0, 0, 0)
        if match is not None:
            score += rule.delta
            fired.append(f"{rule.list}:{match.entry}({rule.delta:+.2f})")
    return max(0.0, min(1.0, score)), fired
