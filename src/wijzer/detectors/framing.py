"""Cue words of a post grouped by sentence, to judge how a date in it is framed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from wijzer.detectors.base import FieldView
from wijzer.pack.model import Pack
from wijzer.pack.wordlist import Match

# Dutch past participles ("gehouden", "geopend", "vastgesteld") and the past tense
# of verbs in -eren ("organiseerden", "presenteerde").
_PARTICIPLE = re.compile(
    r"(?:aan|af|bij|door|in|mee|na|om|op|over|rond|samen|terug|toe|uit|vast|voor|weg)?"
    r"ge[a-z]{2,}(?:d|t|en)")
_FINITE_PAST = re.compile(r"(?!ge)[a-z]{2,}eerden?")
_BRACKET = re.compile(r"[()\[\]]")


def clauses(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences split further at brackets: "(artikel PZC, 12 januari 2024)" is its own part."""
    parts: list[tuple[int, int]] = []
    for start, end in sentences:
        position = start
        for bracket in _BRACKET.finditer(text, start, end):
            if bracket.start() > position:
                parts.append((position, bracket.start()))
            position = bracket.end()
        if end > position:
            parts.append((position, end))
    return parts


class SentenceCues:
    """Matches of word lists in one field, looked up by clause (a sentence, or a part of
    it in brackets); each list is matched once and every answer is cached per clause.

    ``cue_lists`` are the lists whose words never count as past tense ("begonnen" in
    "is begonnen"); ``past_list`` lists past-tense words.
    """

    def __init__(self, view: FieldView, pack: Pack, cue_lists: tuple[str, ...],
                 past_list: str | None = None, not_past: frozenset[str] = frozenset()) -> None:
        self.view = view
        self.pack = pack
        self.cue_lists = cue_lists
        self.past_list = past_list
        self.not_past = not_past
        self.parts = clauses(view.text, view.sentences)
        self.starts = [start for start, _ in self.parts]
        self._by_list: dict[str, dict[int, list[Match]]] = {}
        self._past: dict[int, tuple[str | None, str | None, dict[int, str]]] = {}
        self._token_starts: list[int] | None = None

    def sentence_of(self, position: int) -> int:
        return max(0, bisect_right(self.starts, position) - 1)

    def matches(self, name: str) -> dict[int, list[Match]]:
        """The matches of list ``name``, grouped by clause index."""
        if name not in self._by_list:
            grouped: dict[int, list[Match]] = {}
            for match in self.view.matches(self.pack, name):
                grouped.setdefault(self.sentence_of(match.start), []).append(match)
            self._by_list[name] = grouped
        return self._by_list[name]

    def first(self, name: str, sentence: int | None = None,
              outside: tuple[int, int] = (0, 0)) -> Match | None:
        """A match in ``sentence`` (anywhere when None) that does not overlap ``outside``."""
        grouped = self.matches(name)
        groups = [grouped.get(sentence, [])] if sentence is not None else grouped.values()
        start, end = outside
        return next((m for group in groups for m in group
                     if not (m.start < end and start < m.end)), None)

    def in_clause(self, name: str, clause: int, outside: tuple[int, int] = (0, 0)) -> Match | None:
        """A match in ``clause``, or for a clause in brackets also in the three words before
        the bracket ("volgende week maandag (18 september)" reads as one)."""
        found = self.first(name, clause, outside)
        if found is not None or clause == 0:
            return found
        start = self.parts[clause][0]
        if not self.view.text[max(0, start - 2):start].strip().endswith(("(", "[")):
            return None
        index = bisect_left(self._starts(), start)
        tokens = self.view.tokens[max(0, index - 3):index]
        if not tokens:
            return None
        since = tokens[0].start
        return next((m for m in self.matches(name).get(clause - 1, []) if m.start >= since), None)

    def past_tense(self, sentence: int, near: int | None = None,
                   participles: bool = False) -> str | None:
        """A past-tense word in ``sentence`` that is not part of a cue: from the past
        list, or a Dutch -eerde form; a past participle anywhere when ``participles``,
        else only among the two words just before position ``near``."""
        word, form, participle_at = self._past_in(sentence)
        if word or form:
            return word or form
        if participles:
            return next(iter(participle_at.values()), None)
        if near is None or not participle_at:
            return None
        index = bisect_left(self._starts(), near)
        return next((participle_at[t.start] for t in self.view.tokens[max(0, index - 2):index]
                     if t.start in participle_at), None)

    def _past_in(self, sentence: int) -> tuple[str | None, str | None, dict[int, str]]:
        """Per clause, once: the first past-list word and -eerde form, and the participles."""
        if sentence not in self._past:
            covered = self._covered(sentence)
            word = next((m.entry for m in self.matches(self.past_list).get(sentence, ())
                         if m.start not in covered), None) if self.past_list else None
            form: str | None = None
            participle_at: dict[int, str] = {}
            start, end = self.parts[sentence] if self.parts else (0, 0)
            starts = self._starts()
            for t in self.view.tokens[bisect_left(starts, start):bisect_right(starts, end)]:
                if t.norm in self.not_past or t.start in covered:
                    continue
                if form is None and _FINITE_PAST.fullmatch(t.norm):
                    form = t.norm
                elif _PARTICIPLE.fullmatch(t.norm):
                    participle_at[t.start] = t.norm
            self._past[sentence] = (word, form, participle_at)
        return self._past[sentence]

    def _covered(self, sentence: int) -> set[int]:
        """Start offsets of the words inside cue matches of ``sentence``."""
        starts = self._starts()
        covered: set[int] = set()
        for name in self.cue_lists:
            for match in self.matches(name).get(sentence, ()):
                low, high = bisect_left(starts, match.start), bisect_left(starts, match.end)
                covered.update(starts[low:high])
                covered.add(match.start)
        return covered

    def _starts(self) -> list[int]:
        if self._token_starts is None:
            self._token_starts = [token.start for token in self.view.tokens]
        return self._token_starts
