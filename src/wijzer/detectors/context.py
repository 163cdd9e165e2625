"""Adjust a hit's score by the words around it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from wijzer.detectors.base import CheckContext, FieldView
from wijzer.detectors.params import ContextWords


def attachment_view(context: CheckContext) -> FieldView:
    """The credits and notes of all attachments as one text."""
    if "attachments_view" not in context.shared:
        parts = [" ".join(filter(None, (a.credit, a.note, *(_metadata(a))))) for a in
                 context.post.attachments]
        context.shared["attachments_view"] = FieldView("\n".join(parts))
    view: FieldView = context.shared["attachments_view"]
    return view


def _metadata(attachment: object) -> tuple[str | None, ...]:
    metadata = getattr(attachment, "metadata", None)
    if metadata is None:
        return ()
    return (metadata.credit, metadata.copyright, metadata.creator, metadata.source)


def field_view(context: CheckContext, field: str) -> FieldView:
    if field == "reply_to":
        return context.reply
    if field == "attachments":
        return attachment_view(context)
    return context.text


def adjust(context: CheckContext, view: FieldView, start: int, end: int, score: float,
           rules: Sequence[ContextWords]) -> tuple[float, list[str]]:
    """Apply context rules to a span of ``view``; returns the score and what fired."""
    fired: list[str] = []
    for rule in rules:
        other = field_view(context, rule.field)
        if rule.window == 0 or other is not view:
            matches = other.matches(context.pack, rule.list)
        else:
            matches = [m for m in view.matches(context.pack, rule.list)
                       if _near(view, m.start, m.end, start, end, rule.window)]
        if matches:
            score += rule.delta
            fired.append(f"{rule.list}:{matches[0].entry}({rule.delta:+.2f})")
    return max(0.0, min(1.0, score)), fired


def _near(view: FieldView, m_start: int, m_end: int, start: int, end: int, window: int) -> bool:
    tokens = view.tokens
    if not tokens:
        return False
    first = bisect_right(view.token_ends, start)
    last = max(first, bisect_left(view.token_starts, end) - 1)
    low = tokens[max(0, first - window)].start
    high = tokens[min(len(tokens) - 1, last + window)].end
    return m_start >= low and m_end <= high and not (m_start >= start and m_end <= end)
