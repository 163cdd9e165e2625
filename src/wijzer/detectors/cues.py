"""Word-list matches in a field with their sentence and whether a negation precedes them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from wijzer.detectors.base import CheckContext, FieldView
from wijzer.pack.model import Pack
from wijzer.pack.wordlist import Match
from wijzer.text.tokens import tokenize

_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]")
MAX_CUES = 1000  # per list and field: enough for any real post, bounded for hostile ones
# Function words that negate what follows within a few words ("geen toestemming").
NEGATORS = frozenset(["geen", "niet", "zonder", "nooit", "nergens", "noch", "no", "not",
                      "without", "never", "nor", "didn't", "don't", "doesn't", "haven't",
                      "hasn't", "wasn't", "weren't", "isn't", "aren't"])


@dataclass(frozen=True)
class Cue:
    """A match of a word list, placed in its sentence."""

    list: str
    start: int
    end: int
    entry: str
    sentence: int
    negated: bool = False


class CueFinder:
    """Finds word-list cues in one field; each list is matched once."""

    def __init__(self, view: FieldView, pack: Pack, negation_window: int = 3) -> None:
        self.view = view
        self.pack = pack
        self.window = negation_window
        self._starts = [token.start for token in view.tokens]
        self._sentences = [start for start, _ in view.sentences]
        self._cache: dict[str, list[Cue]] = {}

    def find(self, name: str) -> list[Cue]:
        """The cues of word list ``name`` in this field, in text order."""
        if name not in self._cache:
            view = self.view
            matches = view.matches(self.pack, name)
            self._cache[name] = [self._cue(name, match) for match in matches[:MAX_CUES]]
        return self._cache[name]

    def sentence_of(self, position: int) -> int:
        return max(0, bisect_right(self._sentences, position) - 1)

    def token_index(self, position: int) -> int:
        return bisect_left(self._starts, position)

    def _cue(self, name: str, match: Match) -> Cue:
        index = self.token_index(match.start)
        sentence = self.sentence_of(match.start)
        floor = self._sentences[sentence] if self._sentences else 0
        before = [token for token in self.view.tokens[max(0, index - self.window):index]
                  if token.start >= floor]
        negated = any((token.norm in NEGATORS or token.norm.endswith("n't"))
                      and not _CLAUSE_BREAK.search(self.view.text, token.end, match.start)
                      for token in before)
        return Cue(name, match.start, match.end, match.entry, sentence, negated)

    def literal(self, cue: Cue) -> bool:
        """Whether the cue's words are exactly the entry's, not just the same stems
        ("bel me" but not "belde me")."""
        tokens = self.view.tokens[self.token_index(cue.start):self.token_index(cue.end)]
        words = [t.norm for t in tokens if not t.hashtag and not t.mention]
        return words == [t.norm for t in tokenize(cue.entry.lstrip("=~*").rstrip("*"))]

    def preceded_by(self, cue: Cue, words: frozenset[str], window: int = 3) -> bool:
        """Whether one of ``words`` comes within ``window`` tokens before the cue."""
        index = self.token_index(cue.start)
        return any(token.norm in words for token in self.view.tokens[max(0, index - window):index])

    def followed_by(self, cue: Cue, words: frozenset[str], window: int = 3) -> bool:
        """Whether one of ``words`` comes within ``window`` tokens after the cue."""
        index = self.token_index(cue.end)
        return any(token.norm in words for token in self.view.tokens[index:index + window])


def shared_finder(context: CheckContext, field: str) -> CueFinder:
    """One finder per field and check, so rules over the same field match each list once."""
    key = f"cue_finder:{field}"
    if key not in context.shared:
        view = context.reply if field == "reply_to" else context.text
        context.shared[key] = CueFinder(view, context.pack)
    finder: CueFinder = context.shared[key]
    return finder
