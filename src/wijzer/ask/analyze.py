"""Turn a question or a document into retrieval terms: stems, synonym groups, compound parts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from wijzer.ask.spelling import Speller
from wijzer.ask.stopwords import DUTCH, ENGLISH
from wijzer.ask.synonyms import Synonyms, word_parts
from wijzer.text.stems import stem

STOP = DUTCH | ENGLISH
UNKNOWN = "?"
_LINKS = ("", "s", "e", "en")


@dataclass
class QueryTerms:
    """The terms of a question, and how many of its words the index knows."""

    words: list[str]
    terms: list[str] = field(default_factory=list)
    known: int = 0
    unknown: int = 0


class Analyzer:
    """Shared analysis for documents and questions, so both meet on the same terms."""

    def __init__(self, synonyms: Synonyms) -> None:
        self.synonyms = synonyms
        self.keys: set[str] = set()
        self.surface: dict[str, str] = {}
        self.frequency: dict[str, int] = {}
        self._speller: Speller | None = None

    def words_and_keys(self, text: str) -> list[tuple[str, str]]:
        """Content words with their key (synonym group or stem); phrases become one key."""
        words = word_parts(text)
        stems = [stem(word) for word in words]
        result: list[tuple[str, str]] = []
        index = 0
        while index < len(words):
            phrase = self.synonyms.phrase_at(stems, index)
            if phrase is not None:
                name, length = phrase
                result.append((" ".join(words[index:index + length]), name))
                index += length
                continue
            word = words[index]
            index += 1
            if word in STOP or word.isdigit():
                continue
            result.append((word, self.synonyms.concept(word, stems[index - 1])))
        return result

    def learn(self, texts: Iterable[str]) -> None:
        """Record the vocabulary of the documents (before their terms are computed)."""
        for text in texts:
            for word, key in self.words_and_keys(text):
                self.keys.add(key)
                self.surface.setdefault(word, key)
                self.frequency[word] = self.frequency.get(word, 0) + 1
        self.keys.update(self.synonyms.names())
        for word in self.synonyms.members:
            if " " not in word and word not in STOP:
                self.surface.setdefault(word, self.synonyms.concept(word, stem(word)))
        self._speller = None

    def document_terms(self, text: str) -> list[str]:
        terms: list[str] = []
        for word, key in self.words_and_keys(text):
            terms.append(key)
            terms += self.split(word) or []
        return terms

    def query_terms(self, text: str) -> QueryTerms:
        query = QueryTerms(words=word_parts(text))
        for word, key in self.words_and_keys(text):
            parts = self.split(word)
            if key in self.keys:
                query.terms += [key, *(parts or [])]
            elif parts:
                query.terms += parts
            elif (corrected := self.speller.correct(word)) is not None:
                query.terms += [self.surface[corrected], *(self.split(corrected) or [])]
            else:
                query.terms.append(UNKNOWN + key)
                query.unknown += 1
                continue
            query.known += 1
        return query

    @property
    def speller(self) -> Speller:
        if self._speller is None:
            self._speller = Speller(self.surface, self.frequency)
        return self._speller

    def split(self, word: str, depth: int = 0) -> list[str] | None:
        """The known parts of a Dutch compound ("facebookgroep" -> facebook, groep)."""
        if len(word) < 7 or not word.isalpha() or depth > 1:
            return None
        best: tuple[int, list[str]] | None = None
        for cut in range(4, len(word) - 2):
            left = self._known(word[:cut])
            if left is None:
                continue
            for link in _LINKS:
                rest = word[cut:]
                if not rest.startswith(link) or len(rest) - len(link) < 3:
                    continue
                right_word = rest[len(link):]
                right = self._known(right_word)
                parts = [right] if right is not None else self.split(right_word, depth + 1)
                if parts:
                    balance = min(cut, len(right_word))
                    if best is None or balance > best[0]:
                        best = (balance, [left, *parts])
        return best[1] if best else None

    def _known(self, word: str) -> str | None:
        if word in STOP:
            return None
        key = self.synonyms.concept(word, stem(word))
        return key if key in self.keys else None
