"""Score every FAQ item and guideline entry against a question; best first."""

from __future__ import annotations

import math
from dataclasses import dataclass

from wijzer.ask.analyze import QueryTerms
from wijzer.ask.index import Document, Index

PHRASING_WEIGHT = 0.6  # the best single phrasing (cosine) against the whole item (coverage)
ENTRY_FACTOR = 0.9  # a direct guideline entry must beat the FAQ clearly to answer


@dataclass(frozen=True)
class Hit:
    """A scored document."""

    document: Document
    score: float
    cosine: float
    coverage: float


def rank(index: Index, query: QueryTerms) -> list[Hit]:
    """All documents with a positive score, best first."""
    terms = set(query.terms)
    if not terms:
        return []
    weights = {term: index.weight(term) for term in terms}
    norm = math.sqrt(sum(weight * weight for weight in weights.values()))
    total = sum(weights.values())
    hits = []
    for document in index.documents:
        cosine = max((_cosine(weights, norm, phrasing, index) for phrasing in document.phrasings),
                     default=0.0)
        coverage = sum(weight for term, weight in weights.items() if term in document.bag) / total
        score = PHRASING_WEIGHT * cosine + (1 - PHRASING_WEIGHT) * coverage
        if document.kind == "entry":
            score *= ENTRY_FACTOR
        if score > 0:
            hits.append(Hit(document, score, cosine, coverage))
    hits.sort(key=lambda hit: (-hit.score, hit.document.kind, hit.document.id))
    return hits


def _cosine(weights: dict[str, float], norm: float, phrasing: frozenset[str],
            index: Index) -> float:
    shared = sum(weights[term] ** 2 for term in phrasing if term in weights)
    if not shared:
        return 0.0
    length = math.sqrt(sum(index.weight(term) ** 2 for term in phrasing))
    return shared / (norm * length)
