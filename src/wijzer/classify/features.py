"""Turn a post into hashed sparse features; the same code serves training and checking.

Features: stems and stem bigrams of the draft, character n-grams inside words
(robust to compounds, inflection and typos), words of the message being
answered and of the attachment notes (each in their own namespace), and a few
shape signals (capitals, exclamation marks, question marks, links, emoji).
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from wijzer.domain import Post
from wijzer.text.stems import stem
from wijzer.text.tokens import shouting_ratio, tokenize

N_FEATURES = 1 << 18
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:nl|com|eu|be|org)\b(?:/\S*)?", re.I)
_NUMBER = re.compile(r"^\d+$")


@lru_cache(maxsize=1 << 18)
def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (N_FEATURES - 1)


@lru_cache(maxsize=1 << 16)
def _word_indices(norm: str, key: str) -> tuple[int, ...]:
    """Hashed features of one word: its stem and its character n-grams (cached per word)."""
    indices = [_hash("w:" + key)]
    if len(norm) >= 3 and not key.startswith("<"):
        padded = f"<{norm}>"
        indices += [_hash("c:" + padded[i:i + size]) for size in (3, 4, 5)
                    for i in range(len(padded) - size + 1)]
    return tuple(indices)


def feature_counts(post: Post) -> Counter[int]:
    """Hashed feature indices with counts."""
    counts: Counter[int] = Counter()
    text = _URL.sub(lambda m: " zlink " if "zeeland.nl" in m.group().lower() else " xlink ",
                    post.text)
    stems = []
    for token in tokenize(text):
        key = "<num>" if _NUMBER.match(token.norm) else stem(token.norm)
        if token.hashtag and token.text.startswith("#"):
            counts[_hash("h:" + key)] += 1
        stems.append(key)
        counts.update(_word_indices(token.norm, key))
    counts.update(_hash(f"b:{first} {second}") for first, second in pairwise(stems))
    if post.reply_to:
        counts[_hash("m:reply")] += 1
        counts.update(_hash("r:" + stem(token.norm)) for token in tokenize(post.reply_to))
    for attachment in post.attachments:
        counts[_hash("m:attachment:" + attachment.type)] += 1
        counts[_hash("m:credit" if attachment.credit else "m:nocredit")] += 1
        note = " ".join(filter(None, (attachment.credit, attachment.note)))
        counts.update(_hash("a:" + stem(token.norm)) for token in tokenize(note))
    for name, count in _shape(post.text).items():
        counts[_hash(name)] += count
    counts[_hash("p:" + post.platform)] += 1
    return counts


def _shape(text: str) -> Counter[str]:
    shape: Counter[str] = Counter()
    ratio = shouting_ratio(text)
    if ratio > 0.6:
        shape["s:caps"] += 2
    elif ratio > 0.3:
        shape["s:somecaps"] += 1
    if "!!" in text:
        shape["s:bangs"] += 1
    if "?" in text:
        shape["s:question"] += 1
    if _EMOJI.search(text):
        shape["s:emoji"] += 1
    for quote in ("'", "‘", "“", '"'):
        if text.count(quote) >= 2:
            shape["s:quoted"] += 1
            break
    return shape


def vectorize(post: Post) -> tuple[list[int], list[float]]:
    """Hashed indices and L2-normalised log-scaled values."""
    counts = feature_counts(post)
    indices = list(counts)
    values = [1.0 + math.log(counts[index]) for index in indices]
    norm = math.sqrt(sum(value * value for value in values)) or 1.0
    return indices, [value / norm for value in values]
