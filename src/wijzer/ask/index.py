"""The search index: FAQ items and guideline entries as term vectors with idf weights."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from wijzer.ask.analyze import Analyzer
from wijzer.ask.faq import FaqFile, load_faq
from wijzer.ask.synonyms import SYNONYMS_FILE, Synonyms
from wijzer.pack.model import Pack
from wijzer.pack.schema import GuidelineEntry

# An unknown word weighs about as much as a common known one: questions are full of specifics
# (a project, a place) that the guideline does not name; off-topic questions are caught by
# their lack of guideline subjects instead (see retrieve.OFF_TOPIC_FACTOR).
UNKNOWN_FACTOR = 0.8
# Words of a synonym group that names a guideline subject mean more than incidental words.
CONCEPT_BOOST = 1.6
# Platform and posting words show the question is ours but hardly tell which item answers it.
SCENE_FACTOR = 0.5


@dataclass(frozen=True)
class Document:
    """One answerable unit: a FAQ item or a guideline entry, with each phrasing's terms."""

    kind: Literal["faq", "entry"]
    id: str
    phrasings: tuple[frozenset[str], ...]
    bag: Counter[str]
    languages: dict[str, str]

    @property
    def length(self) -> int:
        return sum(self.bag.values())


@dataclass
class Index:
    """Documents, inverse document frequencies and the analyzer that made them."""

    analyzer: Analyzer
    faq: FaqFile
    documents: list[Document]
    idf: dict[str, float]
    unknown_idf: float
    language_of: dict[str, str]
    average_length: float

    def weight(self, term: str) -> float:
        """A term's weight: its idf, more for a curated guideline subject."""
        synonyms = self.analyzer.synonyms
        if synonyms.is_scene(term):
            boost = SCENE_FACTOR
        elif synonyms.is_topic(term):
            boost = CONCEPT_BOOST
        else:
            boost = 1.0
        return self.idf.get(term, self.unknown_idf) * boost


_CACHE: dict[Path, Index] = {}


def build_index(pack: Pack) -> Index:
    """The index of a pack, built once per pack folder."""
    if pack.root not in _CACHE:
        _CACHE[pack.root] = _build(pack.root, pack)
    return _CACHE[pack.root]


def _build(root: Path, pack: Pack) -> Index:
    faq = load_faq(pack)
    analyzer = Analyzer(Synonyms.from_file(root / SYNONYMS_FILE))
    sources: list[tuple[Literal["faq", "entry"], str, list[tuple[str, str]]]] = [
        ("faq", item.id, item.phrasings()) for item in faq.questions]
    sources += [("entry", entry.id, _entry_texts(entry)) for entry in pack.guideline.entries]
    analysed = {text: analyzer.words_and_keys(text)
                for _, _, texts in sources for _, text in texts}
    analyzer.learn(analysed.values())
    documents = [_document(kind, doc_id, [(lang, analysed[text]) for lang, text in texts],
                           analyzer) for kind, doc_id, texts in sources]
    frequency: Counter[str] = Counter()
    for document in documents:
        frequency.update(document.bag.keys())
    total = len(documents)
    idf = {term: _idf(total, count) for term, count in frequency.items()}
    language_of: dict[str, str] = {}
    for document in documents:
        for word, lang in document.languages.items():
            language_of[word] = lang if language_of.get(word, lang) == lang else "both"
    average = sum(document.length for document in documents) / total
    return Index(analyzer, faq, documents, idf, UNKNOWN_FACTOR * _idf(total, 0), language_of,
                 average)


def _idf(total: int, count: int) -> float:
    return math.log(1 + (total - count + 0.5) / (count + 0.5))


def _entry_texts(entry: GuidelineEntry) -> list[tuple[str, str]]:
    return [("nl", entry.title.nl), ("en", entry.title.en), ("nl", entry.explanation.nl),
            ("en", entry.explanation.en), ("nl", entry.source.quote)]


def _document(kind: Literal["faq", "entry"], doc_id: str,
              texts: list[tuple[str, list[tuple[str, str]]]], analyzer: Analyzer) -> Document:
    phrasings = []
    bag: Counter[str] = Counter()
    languages: dict[str, str] = {}
    for lang, pairs in texts:
        terms = analyzer.document_terms(pairs)
        phrasings.append(frozenset(terms))
        bag.update(terms)
        for word, _ in pairs:
            languages[word] = lang if languages.get(word, lang) == lang else "both"
    return Document(kind, doc_id, tuple(phrasings), bag, languages)
