"""Turn a question or a document into retrieval terms: stems, synonym groups, compound parts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from wijzer.ask.forms import base_forms
from wijzer.ask.spelling import Speller
from wijzer.ask.stopwords import DUTCH, ENGLISH
from wijzer.ask.synonyms import Synonyms, word_parts
from wijzer.text.stems import stem

STOP = DUTCH | ENGLISH
UNKNOWN = "?"
_LINKS = ("", "s", "e", "en")
MIN_PART = 4
MAX_WORD = 40  # longer "words" are noise; splitting or correcting them only invents matches


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
            word, key = words[index], stems[index]
            index += 1
            concept = self._concept(word, key)
            if word in STOP or word.isdigit() or (len(word) == 1 and concept == key):
                continue
            result.append((word, concept))
        return result

    def _concept(self, word: str, key: str) -> str:
        concept = self.synonyms.concept(word, key)
        if concept.startswith("~"):
            return concept
        for form in base_forms(word):
            other = self.synonyms.concept(form, stem(form))
            if other.startswith("~"):
                return other
        return concept

    def learn(self, analysed: Iterable[list[tuple[str, str]]]) -> None:
        """Record the vocabulary of the documents (before their terms are computed)."""
        for pairs in analysed:
            for word, key in pairs:
                self.keys.add(key)
                self.surface.setdefault(word, key)
                self.frequency[word] = self.frequency.get(word, 0) + 1
        self.keys.update(self.synonyms.names())
        for word in self.synonyms.members:
            if " " not in word and word not in STOP:
                self.surface.setdefault(word, self.synonyms.concept(word, stem(word)))
        self._speller = None

    def document_terms(self, pairs: list[tuple[str, str]]) -> list[str]:
        """The terms of one document text, from its words and keys."""
        terms: list[str] = []
        for word, key in pairs:
            terms.append(key)
            terms += self.split(word) or []
        return terms

    def query_terms(self, text: str) -> QueryTerms:
        """A question's terms; unknown words get a known inflection, compound part or spelling."""
        query = QueryTerms(words=word_parts(text))
        for word, key in self.words_and_keys(text):
            if len(word) > MAX_WORD:
                query.terms.append(UNKNOWN + word[:MAX_WORD])
                query.unknown += 1
                continue
            parts = self.split(word)
            if key in self.keys:
                query.terms += [key, *(parts or [])]
            elif (form := self._known_form(word)) is not None:
                query.terms.append(form)
            elif parts:
                query.terms += parts
            elif (head := self.head(word)) is not None:
                query.terms.append(head)
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
        if len(word) < 2 * MIN_PART or not word.isalpha() or depth > 1:
            return None
        whole = self.synonyms.concept(word, stem(word))
        best: tuple[int, list[str]] | None = None
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            left = self._known(word[:cut])
            if left is None or left == whole:
                continue
            for link in _LINKS:
                rest = word[cut:]
                if not rest.startswith(link) or len(rest) - len(link) < MIN_PART:
                    continue
                right_word = rest[len(link):]
                right = self._known(right_word)
                parts = [right] if right is not None else self.split(right_word, depth + 1)
                if parts:
                    balance = min(cut, len(right_word))
                    if best is None or balance > best[0]:
                        best = (balance, [left, *parts])
        return best[1] if best else None

    def head(self, word: str) -> str | None:
        """The known last part of an unknown compound ("natuurproject" -> project)."""
        if len(word) < MIN_PART + 3 or not word.isalpha():
            return None
        # Only a known word form as it stands: a stem would make "westerschelde" an insult.
        for cut in range(3, len(word) - MIN_PART + 1):
            if word[cut:] in self.surface and word[cut:] not in STOP:
                return self.surface[word[cut:]]
        return None

    def _known_form(self, word: str) -> str | None:
        for form in base_forms(word):
            key = self.synonyms.concept(form, stem(form))
            if key in self.keys:
                return key
        return None

    def _known(self, word: str) -> str | None:
        if word in STOP:
            return None
        key = self.synonyms.concept(word, stem(word))
        # Short stems of compound parts are often a prefix cut off ("gever" -> "ver").
        return key if key in self.keys and (key.startswith("~") or len(key) >= 4) else None
