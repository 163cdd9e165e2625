"""Correct typos in question words against the index's vocabulary (one or two edits)."""

from __future__ import annotations

from collections.abc import Iterable


def _deletes(word: str) -> set[str]:
    return {word[:index] + word[index + 1:] for index in range(len(word))}


def edit_distance(first: str, second: str, limit: int) -> int:
    """Optimal string alignment distance, or ``limit + 1`` once it is certainly larger."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, start=1):
        current = [i] + [0] * len(second)
        for j, other in enumerate(second, start=1):
            cost = char != other
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (i > 1 and j > 1 and char == second[j - 2] and first[i - 2] == other):
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


class Speller:
    """The closest known word with the same first letter, within one edit (two from nine letters).

    Short words are left alone: one edit turns "hond" into "houd" and "short" into "sport".
    """

    MIN_LENGTH = 6

    def __init__(self, words: Iterable[str], frequency: dict[str, int]) -> None:
        self._frequency = frequency
        self._by_delete: dict[str, set[str]] = {}
        for word in words:
            if len(word) >= self.MIN_LENGTH:
                for variant in _deletes(word) | {word}:
                    self._by_delete.setdefault(variant, set()).add(word)

    def correct(self, word: str) -> str | None:
        if len(word) < self.MIN_LENGTH or not word.isalpha():
            return None
        limit = 2 if len(word) >= 9 else 1
        candidates: set[str] = set()
        for variant in _deletes(word) | {word}:
            candidates |= self._by_delete.get(variant, set())
        candidates = {candidate for candidate in candidates if candidate[0] == word[0]}
        scored = [(edit_distance(word, candidate, limit), -self._frequency.get(candidate, 0),
                   candidate) for candidate in candidates]
        scored = [item for item in scored if item[0] <= limit]
        return min(scored)[2] if scored else None
