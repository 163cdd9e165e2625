"""Hashed features of a question for the learned ranker; the same code trains and answers.

Word stems, stem bigrams and character n-grams inside words (robust to typos, compounds and
inflection), plus the retrieval terms of the question (synonym groups, corrected spellings,
compound parts) when an analyzer is given.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from wijzer.ask.analyze import STOP
from wijzer.ask.synonyms import word_parts
from wijzer.text.stems import stem

N_FEATURES = 1 << 15
NGRAMS = (3, 4, 5)
MAX_WORDS = 200  # a question is at most 1,000 characters; this bounds the work anyway


@lru_cache(maxsize=1 << 16)
def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (N_FEATURES - 1)


@lru_cache(maxsize=1 << 14)
def _word(word: str) -> tuple[int, ...]:
    """A word's stem and character n-grams; function words count by their stem only."""
    indices = [_hash("w:" + stem(word))]
    if word not in STOP and len(word) >= 3:
        padded = f"<{word}>"
        indices += [_hash("c:" + padded[i:i + size]) for size in NGRAMS
                    for i in range(len(padded) - size + 1)]
    return tuple(indices)


def question_counts(text: str, terms: Iterable[str] = ()) -> Counter[int]:
    """Hashed feature counts of a question and its retrieval ``terms``."""
    counts: Counter[int] = Counter()
    words = word_parts(text)[:MAX_WORDS]
    previous = ""
    for word in words:
        counts.update(_word(word))
        key = stem(word)
        if previous and word not in STOP:
            counts[_hash(f"b:{previous} {key}")] += 1
        previous = key if word not in STOP else previous
    counts.update(_hash("t:" + term) for term in terms)
    return counts


def vector(counts: Counter[int]) -> tuple[Any, Any]:
    """Indices and L2-normalised log-scaled values (numpy arrays)."""
    import numpy as np

    indices = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    values = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
    norm = float(np.sqrt(values @ values)) or 1.0
    return indices, values / norm
