"""Cue words of a post grouped by sentence, to judge how a date in it is framed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from wijzer.detectors.base import FieldView
from wijzer.pack.model import Pack
from wijzer.pack.wordlist import Match

# Dutch past participles ("gehouden", "geopend", "vastgesteld") and the past tense
# of verbs in -eren ("organiseerden", "presenteerde").
_PARTICIPLE = re.compile(
    r"(?:aan|af|bij|door|in|mee|na|om|op|over|rond|samen|terug|toe|uit|vast|voor|weg)?"
    r"ge[a-z]{2,}(?:d|t|en)")
_FINITE_PAST = re.compile(r"(?!ge)[a-z]{2,}eerden?")


class SentenceCues:
    """Matches of word lists in one field, looked up by sentence; each list is matched once."""

    def __init__(self, view: FieldView, pack: Pack, not_past: frozenset[str] = frozenset()) -> None:
        self.view = view
        self.pack = pack
        self.not_past = not_past
        self.starts = [start for start, _ in view.sentences]
        self._by_list: dict[str, dict[int, list[Match]]] = {}
        self._past_forms: dict[int, list[tuple[str, int, int, bool]]] = {}
        self._token_starts: list[int] | None = None

    def sentence_of(self, position: int) -> int:
        return max(0, bisect_right(self.starts, position) - 1)

    def matches(self, name: str) -> dict[int, list[Match]]:
        """The matches of list ``name``, grouped by sentence index."""
        if name not in self._by_list:
            grouped: dict[int, list[Match]] = {}
            view = self.view
            for match in self.pack.word_list(name).find(view.text, view.tokens, view.stems):
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

    def past_form(self, sentence: int, skip: Iterable[Match] = (), near: int | None = None,
                  participles: bool = False) -> str | None:
        """A Dutch past form in ``sentence`` outside the ``skip`` spans: an -eerde form
        anywhere, a participle anywhere when ``participles``, else only among the
        two words just before position ``near``."""
        spans = [(m.start, m.end) for m in skip]
        window: set[int] = set()
        if near is not None:
            index = bisect_left(self._starts(), near)
            window = {t.start for t in self.view.tokens[max(0, index - 2):index]}
        for norm, start, end, finite in self._forms(sentence):
            if any(s <= start and end <= e for s, e in spans):
                continue
            if finite or participles or start in window:
                return norm
        return None

    def _starts(self) -> list[int]:
        if self._token_starts is None:
            self._token_starts = [token.start for token in self.view.tokens]
        return self._token_starts

    def _forms(self, sentence: int) -> list[tuple[str, int, int, bool]]:
        if sentence not in self._past_forms:
            found: list[tuple[str, int, int, bool]] = []
            if self.starts:
                start, end = self.view.sentences[sentence]
                starts = self._starts()
                tokens = self.view.tokens[bisect_left(starts, start):bisect_right(starts, end)]
                for t in tokens:
                    if t.norm in self.not_past:
                        continue
                    finite = _FINITE_PAST.fullmatch(t.norm) is not None
                    if finite or _PARTICIPLE.fullmatch(t.norm):
                        found.append((t.norm, t.start, t.end, finite))
            self._past_forms[sentence] = found
        return self._past_forms[sentence]
