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

from wijzer.domain import Post
from wijzer.text.stems import stem
from wijzer.text.tokens import shouting_ratio, tokenize

N_FEATURES = 1 << 18
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:nl|com|eu|be|org)\b(?:/\S*)?", re.I)
_NUMBER = re.compile(r"^\d+$")


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (N_FEATURES - 1)


def raw_features(post: Post) -> Counter[str]:
    """Readable feature names with counts (for training diagnostics and tests)."""
    features: Counter[str] = Counter()
    text = _URL.sub(lambda m: " zlink " if "zeeland.nl" in m.group().lower() else " xlink ",
                    post.text)
    stems = []
    for token in tokenize(text):
        key = "<num>" if _NUMBER.match(token.norm) else stem(token.norm)
        if token.hashtag and token.text.startswith("#"):
            features["h:" + key] += 1
        stems.append(key)
        features["w:" + key] += 1
        if len(token.norm) >= 3 and not key.startswith("<"):
            padded = f"<{token.norm}>"
            for size in (3, 4, 5):
                for i in range(len(padded) - size + 1):
                    features["c:" + padded[i:i + size]] += 1
    for first, second in zip(stems, stems[1:]):
        features[f"b:{first} {second}"] += 1
    if post.reply_to:
        features["m:reply"] += 1
        for token in tokenize(post.reply_to):
            features["r:" + stem(token.norm)] += 1
    for attachment in post.attachments:
        features["m:attachment:" + attachment.type] += 1
        features["m:credit" if attachment.credit else "m:nocredit"] += 1
        for token in tokenize(" ".join(filter(None, (attachment.credit, attachment.note)))):
            features["a:" + stem(token.norm)] += 1
    features.update(_shape(post.text))
    features["p:" + post.platform] += 1
    return features


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
    buckets: dict[int, float] = {}
    for name, count in raw_features(post).items():
        index = _hash(name)
        buckets[index] = buckets.get(index, 0.0) + 1.0 + math.log(count)
    norm = math.sqrt(sum(value * value for value in buckets.values())) or 1.0
    indices = list(buckets)
    return indices, [buckets[index] / norm for index in indices]
