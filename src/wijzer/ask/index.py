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

# An unknown word weighs almost as much as the rarest known one: it is probably the point of
# the question, so a question mostly of unknown words scores low.
UNKNOWN_FACTOR = 0.8


@dataclass(frozen=True)
class Document:
    """One answerable unit: a FAQ item or a guideline entry, with each phrasing's terms."""

    kind: Literal["faq", "entry"]
    id: str
    phrasings: tuple[frozenset[str], ...]
    bag: Counter[str]
    languages: dict[str, str]
    context: frozenset[str] = frozenset()


@dataclass
class Index:
    """Documents, inverse document frequencies and the analyzer that made them."""

    analyzer: Analyzer
    faq: FaqFile
    documents: list[Document]
    idf: dict[str, float]
    unknown_idf: float
    language_of: dict[str, str]

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.unknown_idf)


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
    answers = {item.id: [item.answer.nl, item.answer.en] for item in faq.questions}
    analysed = {text: analyzer.words_and_keys(text)
                for _, _, texts in sources for _, text in texts}
    analyzer.learn(analysed.values())
    documents = [_document(kind, doc_id, [(lang, analysed[text]) for lang, text in texts],
                           analyzer, answers.get(doc_id, []) if kind == "faq" else [])
                 for kind, doc_id, texts in sources]
    frequency: Counter[str] = Counter()
    for document in documents:
        frequency.update(document.bag.keys())
    total = len(documents)
    idf = {term: _idf(total, count) for term, count in frequency.items()}
    language_of: dict[str, str] = {}
    for document in documents:
        for word, lang in document.languages.items():
            language_of[word] = lang if language_of.get(word, lang) == lang else "both"
    return Index(analyzer, faq, documents, idf, UNKNOWN_FACTOR * _idf(total, 0), language_of)


def _idf(total: int, count: int) -> float:
    return math.log(1 + (total - count + 0.5) / (count + 0.5))


def _entry_texts(entry: GuidelineEntry) -> list[tuple[str, str]]:
    return [("nl", entry.title.nl), ("en", entry.title.en), ("nl", entry.explanation.nl),
            ("en", entry.explanation.en), ("nl", entry.source.quote)]


def _document(kind: Literal["faq", "entry"], doc_id: str,
              texts: list[tuple[str, list[tuple[str, str]]]], analyzer: Analyzer,
              answers: list[str]) -> Document:
    phrasings = []
    bag: Counter[str] = Counter()
    languages: dict[str, str] = {}
    for lang, pairs in texts:
        terms = analyzer.document_terms(pairs)
        phrasings.append(frozenset(terms))
        bag.update(terms)
        for word, _ in pairs:
            languages[word] = lang if languages.get(word, lang) == lang else "both"
    context = frozenset(term for answer in answers
                        for term in analyzer.document_terms(analyzer.words_and_keys(answer)))
    return Document(kind, doc_id, tuple(phrasings), bag, languages, context - set(bag))
