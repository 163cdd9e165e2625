"""Descriptions of personal data visible in an image or document ("screenshot met naam en adres")."""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from wijzer.detectors.base import CheckContext
from wijzer.detectors.params import ContextWords
from wijzer.detectors.pii.base import Recogniser, Result, Resources, Scope
from wijzer.detectors.pii.scoring import token_index, word_matches
from wijzer.detectors.pii.settings import RecogniserSettings


class AttachmentRecogniser(Recogniser):
    """What the author says is in the picture: personal data, or names of people.

    Anchors are entries of ``pd-attachment-data`` (telefoonnummer, thuisadres,
    persoonsgegevens) and a name or document word followed within a few tokens
    by a person noun ("namen van kandidaten", "mail van een inwoner").
    Words saying it is readable raise the score; blacked out or blurred lowers it.
    """

    NAME = "attachment"
    LISTS: ClassVar[dict[str, float]] = {"pd-attachment-data": 0.5}
    ANCHORS: ClassVar[str] = "pd-attachment-anchors"
    PEOPLE: ClassVar[str] = "pd-person-nouns"
    ANCHOR_SCORE: ClassVar[float] = 0.55
    WINDOW: ClassVar[int] = 5
    CONTEXT = (
        ContextWords(list="pd-attachment-visible", delta=0.25, window=0),
        ContextWords(list="pd-attachment-redacted", delta=-0.6, window=0),
    )

    def __init__(self, settings: RecogniserSettings, resources: Resources) -> None:
        super().__init__(settings, resources)
        self.lists = settings.lists if settings.lists is not None else dict(self.LISTS)
        self.window = settings.window or self.WINDOW
        for name in (*self.lists, self.ANCHORS, self.PEOPLE):
            resources.pack.word_list(name)

    def analyse(self, scope: Scope, context: CheckContext) -> list[Result]:
        view = scope.view
        found: list[tuple[int, int, float, str]] = [
            (m.start, m.end, weight, f"'{m.entry}' ({name})")
            for name, weight in self.lists.items() for m in word_matches(context, view, name)]
        people = word_matches(context, view, self.PEOPLE)
        if people:
            positions = [token_index(context, view, m.start) for m in people]
            for anchor in word_matches(context, view, self.ANCHORS):
                at = token_index(context, view, anchor.start)
                index = bisect_right(positions, at)
                if index < len(people) and positions[index] <= at + self.window:
                    person = people[index]
                    found.append((anchor.start, person.end, self.ANCHOR_SCORE,
                                  f"'{anchor.entry}' of {person.entry}"))
        if not found:
            return []
        start, end, score, why = max(found, key=lambda item: item[2])
        return [self.finish(scope, context, start, end, score, [why])]
