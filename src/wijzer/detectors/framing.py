"""Cue words of a post grouped by sentence, to judge how a date in it is framed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from wijzer.detectors.base import FieldView
from wijzer.pack.model import Pack
from wijzer.pack.wordlist import Match

# Dutch past participles: "gehouden", "geopend", "vastgesteld", "afgerond".
_PARTICIPLE = re.compile(
    r"(?:aan|af|bij|door|in|mee|na|om|op|over|rond|samen|terug|toe|uit|vast|voor|weg)?"
    r"ge[a-z]{2,}(?:d|t|en)")


class SentenceCues:
    """Matches of word lists in one field, looked up by sentence; each list is matched once."""

    def __init__(self, view: FieldView, pack: Pack) -> None:
        self.view = view
        self.pack = pack
        self.starts = [start for start, _ in view.sentences]
        self._by_list: dict[str, dict[int, list[Match]]] = {}
        self._participle_cache: dict[int, list[tuple[str, int, int]]] = {}
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

    def first(self, name: str, sentence: int | None = None) -> Match | None:
        """A match in ``sentence``, or anywhere when ``sentence`` is None."""
        grouped = self.matches(name)
        if sentence is not None:
            found = grouped.get(sentence)
            return found[0] if found else None
        return next((found[0] for found in grouped.values() if found), None)

    def participle(self, sentence: int, not_participles: frozenset[str],
                   skip: Iterable[Match] = ()) -> str | None:
        """A Dutch past participle in ``sentence`` outside the ``skip`` spans."""
        spans = [(m.start, m.end) for m in skip]
        for norm, start, end in self._participles(sentence, not_participles):
            if not any(s <= start and end <= e for s, e in spans):
                return norm
        return None

    def _participles(self, sentence: int,
                     not_participles: frozenset[str]) -> list[tuple[str, int, int]]:
        if sentence not in self._participle_cache:
            found: list[tuple[str, int, int]] = []
            if self.starts:
                start, end = self.view.sentences[sentence]
                tokens = self.view.tokens
                if self._token_starts is None:
                    self._token_starts = [token.start for token in tokens]
                low = bisect_left(self._token_starts, start)
                high = bisect_right(self._token_starts, end)
                found = [(t.norm, t.start, t.end) for t in tokens[low:high]
                         if t.norm not in not_participles and _PARTICIPLE.fullmatch(t.norm)]
            self._participle_cache[sentence] = found
        return self._participle_cache[sentence]
