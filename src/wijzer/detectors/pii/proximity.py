"""Sensitive words near a person mention: the base of the health and case recognisers."""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from wijzer.detectors.base import CheckContext
from wijzer.detectors.pii.base import MAX_CANDIDATES, Recogniser, Resources, Result, Scope
from wijzer.detectors.pii.persons import Mention
from wijzer.detectors.pii.scoring import apply_context, token_index, word_matches
from wijzer.detectors.pii.settings import RecogniserSettings
from wijzer.detectors.pii.subjects import Subjects, crosses_sentence
from wijzer.pack.wordlist import Match


class ProximityRecogniser(Recogniser):
    """A word of a sensitive list counts when a person mention lies within ``WINDOW`` tokens.

    The score is the list's weight plus a bonus or malus for how identifying
    the mention is, plus ``COMBO`` when another sensitive word is near too.
    A mention in another sentence, or "ik" closer to the word than the person
    (the author about themselves), lowers it. Context rules are applied
    around the sensitive word; the hit spans mention and word.
    """

    LISTS: ClassVar[dict[str, float]] = {}
    WINDOW: ClassVar[int] = 12
    STRENGTH: ClassVar[tuple[float, float, float]] = (-0.3, 0.0, 0.2)
    COMBO: ClassVar[float] = 0.15
    CITIZENS_ONLY: ClassVar[bool] = False
    OWN_MALUS: ClassVar[float] = -0.4
    OTHER_SENTENCE: ClassVar[float] = -0.15

    def __init__(self, settings: RecogniserSettings, resources: Resources) -> None:
        super().__init__(settings, resources)
        self.lists = settings.lists if settings.lists is not None else dict(self.LISTS)
        self.window = settings.window or self.WINDOW
        for name in self.lists:
            resources.pack.word_list(name)

    def mentions(self, scope: Scope, context: CheckContext) -> list[Mention]:
        found = [m for m in self.resources.persons.find(scope, context) if m.subject]
        return [m for m in found if m.citizen] if self.CITIZENS_ONLY else found

    def analyse(self, scope: Scope, context: CheckContext) -> list[Result]:
        view = scope.view
        words = sorted(((m, name, weight) for name, weight in self.lists.items()
                        for m in word_matches(context, view, name)), key=lambda w: w[0].start)
        if not words:
            return []
        mentions = self.mentions(scope, context)
        if not mentions:
            return []
        positions = [token_index(context, view, w[0].start) for w in words]
        subjects = Subjects(mentions, view.tokens, self.window)
        results: list[Result] = []
        for (match, name, weight), position in zip(words, positions, strict=True):
            mention = subjects.about(position, match)
            if mention is None:
                continue
            score = weight + self.STRENGTH[mention.strength]
            why = [f"'{match.entry}' ({name}) near {mention.kind}"]
            if self._combo(words, positions, position, match):
                score += self.COMBO
                why.append(f"more sensitive words nearby({self.COMBO:+.2f})")
            if crosses_sentence(view.text, min(mention.end, match.end),
                                 max(mention.start, match.start)):
                score += self.OTHER_SENTENCE
                why.append(f"person in another sentence({self.OTHER_SENTENCE:+.2f})")
            if subjects.own(mention, position):
                score += self.OWN_MALUS
                why.append(f"author speaks about themselves({self.OWN_MALUS:+.2f})")
            score, fired = apply_context(context, scope, match.start, match.end, score,
                                         self.context)
            start, end = min(match.start, mention.start), max(match.end, mention.end)
            results.append(Result(start, end, score, "; ".join([self.NAME, *why, *fired])))
            if len(results) >= MAX_CANDIDATES:
                break
        return results

    def _combo(self, words: list[tuple[Match, str, float]], positions: list[int], position: int,
               match: Match) -> bool:
        index = bisect_left(positions, position - self.window)
        for (other, _, _), where in zip(words[index:], positions[index:], strict=True):
            if where > position + self.window:
                return False
            if other.entry != match.entry:
                return True
        return False

