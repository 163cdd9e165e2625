"""Descriptions of personal data visible in an image or document ("screenshot met adres")."""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from wijzer.detectors.base import CheckContext
from wijzer.detectors.params import ContextWords
from wijzer.detectors.pii.base import Recogniser, Resources, Result, Scope
from wijzer.detectors.pii.scoring import token_index, word_matches
from wijzer.detectors.pii.settings import RecogniserSettings


class AttachmentRecogniser(Recogniser):
    """What the author says is in the picture: personal data, or names of people.

    Anchors are entries of ``pd-attachment-data`` (telefoonnummer, thuisadres,
    persoonsgegevens) and a name or document word followed within a few tokens
    or preceded by a person noun ("namen van kandidaten", "kandidaten met namen").
    Words saying it is readable raise the score; blacked out or blurred lowers it.
    """

    NAME = "attachment"
    LISTS: ClassVar[dict[str, float]] = {"pd-attachment-data": 0.5}
    ANCHORS: ClassVar[str] = "pd-attachment-anchors"
    PEOPLE: ClassVar[str] = "pd-person-nouns"
    ANCHOR_SCORE: ClassVar[float] = 0.55
    WINDOW: ClassVar[int] = 5
    VARIANTS = ("anchor",)
    CONTEXT = (
        ContextWords(list="pd-attachment-visible", delta=0.25, window=0),
        ContextWords(list="pd-attachment-redacted", delta=-0.6, window=0),
    )

    def __init__(self, settings: RecogniserSettings, resources: Resources) -> None:
        super().__init__(settings, resources)
        self.lists = settings.lists if settings.lists is not None else dict(self.LISTS)
        self.window = settings.window or self.WINDOW
        self.anchor_score = settings.scores.get("anchor", self.ANCHOR_SCORE)
        self.anchors = settings.anchors or self.ANCHORS
        self.people = settings.people or self.PEOPLE
        for name in (*self.lists, self.anchors, self.people):
            resources.pack.word_list(name)

    def analyse(self, scope: Scope, context: CheckContext) -> list[Result]:
        view = scope.view
        found: list[tuple[int, int, float, str]] = [
            (m.start, m.end, weight, f"'{m.entry}' ({name})")
            for name, weight in self.lists.items() for m in word_matches(context, view, name)]
        people = word_matches(context, view, self.people)
        if people:
            positions = [token_index(context, view, m.start) for m in people]
            for anchor in word_matches(context, view, self.anchors):
                at = token_index(context, view, anchor.start)
                near = _nearest_other(positions, at, self.window)
                person = people[near] if near is not None else None
                if person is not None:
                    found.append((min(anchor.start, person.start), max(anchor.end, person.end),
                                  self.anchor_score,
                                  f"'{anchor.entry}' of {person.entry}"))
        if not found:
            return []
        start, end, score, why = max(found, key=lambda item: item[2])
        return [self.finish(scope, context, start, end, score, [why])]


def _nearest_other(positions: list[int], at: int, window: int) -> int | None:
    """Index of the closest position within ``window`` of ``at``, not ``at`` itself."""
    index = bisect_right(positions, at)
    candidates = [i for i in (index - 2, index - 1, index, index + 1)
                  if 0 <= i < len(positions) and positions[i] != at
                  and abs(positions[i] - at) <= window]
    return min(candidates, key=lambda i: abs(positions[i] - at), default=None)
