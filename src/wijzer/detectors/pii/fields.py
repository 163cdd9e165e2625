"""The field views a rule looks at, with invisible characters taken out and mapped back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from wijzer.detectors.base import CheckContext, FieldView
from wijzer.detectors.pii.base import Scope
from wijzer.detectors.pii.scoring import cache

# Zero-width and direction marks, soft hyphens: they can hide inside numbers and names.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class Target:
    """One field to scan: its label for hits, its scope and an offset map if cleaned.

    ``whole`` means hits concern the field as a whole (attachments: 0/0 spans).
    """

    label: str
    scope: Scope
    origin: tuple[int, ...] | None = None
    whole: bool = False

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original field for a span in the scanned text."""
        if self.whole:
            return 0, 0
        if self.origin is None or start >= end:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


def targets(context: CheckContext, fields: list[str]) -> Iterator[Target]:
    """The scannable views of the requested fields, built once per post."""
    for field in fields:
        if field == "attachments":
            for index, attachment in enumerate(context.post.attachments):
                if attachment.note and attachment.note.strip():
                    note, _ = _view(context, ("note", index), attachment.note)
                    yield Target(f"attachments[{index}]", Scope(note, "attachments"), whole=True)
        else:
            base = context.reply if field == "reply_to" else context.text
            if not base.text:
                continue
            if _INVISIBLE.search(base.text) is None:
                yield Target(field, Scope(base, field))
            else:
                cleaned, origin = _view(context, ("clean", field), base.text)
                yield Target(field, Scope(cleaned, field), origin)


def _view(context: CheckContext, key: tuple[str, object],
          text: str) -> tuple[FieldView, tuple[int, ...] | None]:
    store = cache(context)
    if key not in store:
        store[key] = clean(text)
    cached: tuple[FieldView, tuple[int, ...] | None] = store[key]
    return cached


def clean(text: str) -> tuple[FieldView, tuple[int, ...] | None]:
    """The text without invisible characters, and each kept character's original offset."""
    if _INVISIBLE.search(text) is None:
        return FieldView(text), None
    origin = tuple(i for i, ch in enumerate(text) if not _INVISIBLE.match(ch))
    return FieldView(_INVISIBLE.sub("", text)), origin
