"""Sensitive words near a person mention: the base of the health and case recognisers."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import ClassVar

from wijzer.detectors.base import CheckContext
from wijzer.detectors.pii.base import MAX_CANDIDATES, Recogniser, Resources, Result, Scope
from wijzer.detectors.pii.persons import Mention
from wijzer.detectors.pii.scoring import apply_context, token_index, word_matches
from wijzer.detectors.pii.settings import RecogniserSettings
from wijzer.pack.wordlist import Match
from wijzer.text.tokens import Token


class ProximityRecogniser(Recogniser):
    """A word of a sensitive list counts when a person mention lies within ``WINDOW`` tokens.

    The score is the list's weight plus a bonus or malus for how identifying
    the mention is, plus ``COMBO`` when another sensitive word is near too.
    Context rules are applied around the sensitive word (so "uw bezwaar" or
    "ik ben ziek" can lower it); the hit spans mention and word.
    """

    LISTS: ClassVar[dict[str, float]] = {}
    WINDOW: ClassVar[int] = 12
    STRENGTH: ClassVar[tuple[float, float, float]] = (-0.3, 0.0, 0.2)
    COMBO: ClassVar[float] = 0.15
    CITIZENS_ONLY: ClassVar[bool] = False
    # Third-person pronouns carry a mention further: "Collega Ruud ... want hij ... zijn scheiding".
    PRONOUNS: ClassVar[frozenset[str]] = frozenset({
        "hij", "zij", "ze", "hem", "haar", "zijn", "z'n", "ie", "he", "she", "him", "her", "his"})
    # When "ik" is closer to the word than the person, the author speaks about themselves.
    FIRST_PERSON: ClassVar[frozenset[str]] = frozenset({"ik", "ikzelf", "i"})
    # "hoorde ik", "ik zag dat": the author reports about someone else.
    REPORTING: ClassVar[frozenset[str]] = frozenset({
        "hoor", "hoorde", "zag", "zie", "las", "lees", "weet", "wist", "denk", "dacht",
        "vermoed", "begreep", "begrijp", "vernam", "heard", "saw", "see", "think", "know",
        "read", "hope", "hoop", "wens", "wish"})
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
        firsts = [m.first for m in mentions]
        positions = [token_index(context, view, w[0].start) for w in words]
        pronouns = [i for i, t in enumerate(view.tokens) if t.norm in self.PRONOUNS]
        selves = self._selves(view.tokens)
        results: list[Result] = []
        for (match, name, weight), position in zip(words, positions, strict=True):
            mention = (self._nearest(mentions, firsts, position, match)
                       or self._via_pronoun(mentions, firsts, pronouns, position, match))
            if mention is None:
                continue
            score = weight + self.STRENGTH[mention.strength]
            why = [f"'{match.entry}' ({name}) near {mention.kind}"]
            if self._combo(words, positions, position, match):
                score += self.COMBO
                why.append(f"more sensitive words nearby({self.COMBO:+.2f})")
            if _crosses_sentence(view.text, min(mention.end, match.end),
                                 max(mention.start, match.start)):
                score += self.OTHER_SENTENCE
                why.append(f"person in another sentence({self.OTHER_SENTENCE:+.2f})")
            if _closer(selves, position, self._subject_distance(mention, pronouns, position)):
                score += self.OWN_MALUS
                why.append(f"author speaks about themselves({self.OWN_MALUS:+.2f})")
            score, fired = apply_context(context, scope, match.start, match.end, score,
                                         self.context)
            start, end = min(match.start, mention.start), max(match.end, mention.end)
            results.append(Result(start, end, score, "; ".join([self.NAME, *why, *fired])))
            if len(results) >= MAX_CANDIDATES:
                break
        return results

    def _nearest(self, mentions: list[Mention], firsts: list[int], position: int,
                 match: Match) -> Mention | None:
        index = bisect_left(firsts, position)
        best: Mention | None = None
        for mention in mentions[max(0, index - 4):index + 4]:
            if mention.start <= match.start < mention.end:
                continue
            gap = max(mention.first - position, position - mention.last)
            if gap <= self.window and (best is None or mention.strength > best.strength):
                best = mention
        return best

    def _selves(self, tokens: list[Token]) -> list[int]:
        """Positions of "ik" that are the subject of what follows, not a reporter of it."""
        return [i for i, t in enumerate(tokens) if t.norm in self.FIRST_PERSON
                and not any(0 <= j < len(tokens) and tokens[j].norm in self.REPORTING
                            for j in (i - 1, i + 1))]

    @staticmethod
    def _subject_distance(mention: Mention, pronouns: list[int], position: int) -> int:
        """Distance from the word to the mention or to the nearest third-person pronoun."""
        distance = _distance(mention, position)
        index = bisect_left(pronouns, position)
        for i in (index - 1, index):
            if 0 <= i < len(pronouns):
                distance = min(distance, abs(pronouns[i] - position))
        return distance

    def _via_pronoun(self, mentions: list[Mention], firsts: list[int], pronouns: list[int],
                     position: int, match: Match) -> Mention | None:
        """A mention before a pronoun that is itself near the word."""
        index = bisect_left(pronouns, position - self.window)
        for pronoun in pronouns[index:index + 6]:
            if pronoun > position + self.window:
                break
            found = self._nearest(mentions, firsts, pronoun, match)
            if found is not None and found.last < pronoun:
                return found
        return None

    def _combo(self, words: list[tuple[Match, str, float]], positions: list[int], position: int,
               match: Match) -> bool:
        index = bisect_left(positions, position - self.window)
        for (other, _, _), where in zip(words[index:], positions[index:], strict=True):
            if where > position + self.window:
                return False
            if other.entry != match.entry:
                return True
        return False


def _distance(mention: Mention, position: int) -> int:
    return max(mention.first - position, position - mention.last, 0)


def _closer(positions: list[int], position: int, distance: int) -> bool:
    """Whether one of ``positions`` lies nearer to ``position`` than ``distance`` tokens."""
    index = bisect_left(positions, position - distance + 1)
    return index < len(positions) and positions[index] < position + distance


_END = re.compile(r"[.!?…]+[\"')\]]*\s+")
_ABBREVIATIONS = frozenset({"mevr", "dhr", "mw", "nr", "bijv", "ca", "evt", "tel", "st", "dr",
                            "mr", "mrs", "ms", "prof", "ir", "ing", "drs", "fam", "o.a", "t.a.v"})


def _crosses_sentence(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between two spans (initials and abbreviations do not count)."""
    for match in _END.finditer(text, start, max(start, end)):
        word = text[max(start, match.start() - 6):match.start()].split()
        last = word[-1].lower() if word else ""
        if not ((len(last) == 1 and last.isalpha()) or last in _ABBREVIATIONS):
            return True
    return False
