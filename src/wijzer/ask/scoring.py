"""The two similarity measures: cosine against one phrasing, BM25 against a whole document."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

K1 = 0.5
B = 0.75


def cosine(weights: dict[str, float], norm: float, phrasing: frozenset[str],
           weight: Callable[[str], float]) -> float:
    """TF-IDF cosine of the question (``weights``, length ``norm``) and one phrasing."""
    shared = sum(weights[term] ** 2 for term in phrasing if term in weights)
    if not shared:
        return 0.0
    return shared / (norm * math.sqrt(sum(weight(term) ** 2 for term in phrasing)))


def bm25(weights: dict[str, float], bag: Counter[str], length: int, average: float) -> float:
    """BM25 of the question against a document, scaled to 0..1 by its best possible score.

    A word that recurs across a FAQ item's phrasings says more about it than one that an
    alternative mentions in passing.
    """
    scale = K1 * (1 - B + B * length / average)
    total = sum(weights.values())
    if not total:
        return 0.0
    found = sum(weight * bag[term] / (bag[term] + scale)
                for term, weight in weights.items() if term in bag)
    return found / total
