"""Score every FAQ item and guideline entry against a question; best first."""

from __future__ import annotations

import math
from dataclasses import dataclass

from wijzer.ask.analyze import QueryTerms
from wijzer.ask.index import Document, Index
from wijzer.ask.scoring import bm25, cosine

PHRASING_WEIGHT = 0.35  # the best single phrasing (cosine) against the whole item (BM25)
ENTRY_FACTOR = 0.9  # a direct guideline entry must beat the FAQ clearly to answer
OFF_TOPIC_FACTOR = 0.5  # no word of the question names a subject of the guideline
FAQ_MARGIN = 0.7  # ... unless a FAQ item within this share of its score rests on it first
# The checker's own findings on the question (its classifiers were trained on thousands of
# posts) hint at the guideline item a described situation touches, where words alone miss it.
HINT_BOOST = 0.15


@dataclass(frozen=True)
class Hit:
    """A scored document."""

    document: Document
    score: float
    phrasing: float  # cosine with the closest phrasing
    whole: float  # BM25 against the whole document


def rank(index: Index, query: QueryTerms, hints: frozenset[str] = frozenset()) -> list[Hit]:
    """All documents with a positive score, best first.

    ``hints`` are guideline ids the checker found in the question: a document resting first
    on one of them gets up to ``HINT_BOOST`` more.
    """
    terms = set(query.terms)
    if not terms:
        return []
    weights = {term: index.weight(term) for term in terms}
    norm = math.sqrt(sum(weight * weight for weight in weights.values()))
    synonyms = index.analyzer.synonyms
    social_media = any(synonyms.is_social_media(term) for term in terms)
    topical = any(synonyms.is_topic(term) and (social_media or term not in synonyms.situation)
                  for term in terms)
    hits = []
    for document in index.documents:
        best = max((cosine(weights, norm, phrasing, index.weight)
                    for phrasing in document.phrasings), default=0.0)
        whole = bm25(weights, document.bag, document.length, index.average_length)
        score = PHRASING_WEIGHT * best + (1 - PHRASING_WEIGHT) * whole
        if document.kind == "entry":
            score *= ENTRY_FACTOR
        if not topical:
            score *= OFF_TOPIC_FACTOR
        if score > 0 and hints and _leading_guideline(index, document) in hints:
            score += HINT_BOOST * (1 - min(score, 1.0))  # stays within 0..1
        if score > 0:
            hits.append(Hit(document, score, best, whole))
    hits.sort(key=lambda hit: (-hit.score, hit.document.kind, hit.document.id))
    return _prefer_faq(index, hits)


def _leading_guideline(index: Index, document: Document) -> str:
    if document.kind == "entry":
        return document.id
    item = index.faq.item(document.id)
    return item.guidelines[0] if item is not None else ""


def _prefer_faq(index: Index, hits: list[Hit],
                retrieval: dict[tuple[str, str], float] | None = None) -> list[Hit]:
    """A guideline entry on top yields to a close FAQ item resting first on that same entry.

    Close: within ``FAQ_MARGIN`` of the entry's score, or (after mixing in the ranker, which
    splits its vote between an entry and the FAQ item explaining it) of its ``retrieval`` score.
    """
    if not hits or hits[0].document.kind != "entry":
        return hits
    top = hits[0]
    retrieval = retrieval or {}
    for hit in hits[1:]:
        item = index.faq.item(hit.document.id) if hit.document.kind == "faq" else None
        if item is None or item.guidelines[0] != top.document.id:
            continue
        close = hit.score >= FAQ_MARGIN * top.score or (
            retrieval.get((hit.document.kind, hit.document.id), 0.0)
            >= FAQ_MARGIN * retrieval.get((top.document.kind, top.document.id), 1.0) > 0)
        if close:
            promoted = Hit(hit.document, top.score, hit.phrasing, hit.whole)
            return [promoted, *(other for other in hits if other is not hit)]
    return hits



def mix(index: Index, hits: list[Hit], probabilities: dict[str, float], weight: float
        ) -> list[Hit]:
    """Hits re-scored as ``(1 - weight) * retrieval + weight * the ranker's probability``.

    Documents retrieval missed (no shared term) can still come in on the ranker's vote.
    """
    retrieved = {(hit.document.kind, hit.document.id): hit for hit in hits}
    mixed = []
    for document in index.documents:
        hit = retrieved.get((document.kind, document.id))
        probability = probabilities.get(f"{document.kind}:{document.id}", 0.0)
        retrieval = hit.score if hit is not None else 0.0
        score = (1 - weight) * retrieval + weight * probability
        if score > 0:
            mixed.append(Hit(document, score, hit.phrasing if hit else 0.0,
                             hit.whole if hit else 0.0))
    mixed.sort(key=lambda hit: (-hit.score, hit.document.kind, hit.document.id))
    return _prefer_faq(index, mixed, {(hit.document.kind, hit.document.id): hit.score
                                      for hit in hits})
