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
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from wijzer.domain import Post
from wijzer.pack.listset import ListSet
from wijzer.text.sentences import split_sentences
from wijzer.text.stems import stem
from wijzer.text.tokens import Token, shouting_ratio, tokenize

Lexicons = ListSet | None

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


def feature_counts(post: Post, lexicons: Lexicons = None) -> Counter[int]:
    """Hashed feature indices with counts."""
    counts: Counter[int] = Counter()
    text = _URL.sub(lambda m: " zlink " if "zeeland.nl" in m.group().lower() else " xlink ",
                    post.text)
    tokens = tokenize(text)
    stems = []
    for token in tokens:
        key = "<num>" if _NUMBER.match(token.norm) else stem(token.norm)
        if token.hashtag and token.text.startswith("#"):
            counts[_hash("h:" + key)] += 1
        stems.append(key)
        counts.update(_word_indices(token.norm, key))
    counts.update(_hash(f"b:{first} {second}") for first, second in pairwise(stems))
    if lexicons:
        counts.update(_lexicon_features(text, tokens, stems, lexicons, "L"))
    if post.reply_to:
        counts[_hash("m:reply")] += 1
        reply_tokens = tokenize(post.reply_to)
        reply_stems = [stem(token.norm) for token in reply_tokens]
        counts.update(_hash("r:" + key) for key in reply_stems)
        if lexicons:
            counts.update(_lexicon_features(post.reply_to, reply_tokens, reply_stems, lexicons,
                                            "R", pairs=False))
    for attachment in post.attachments:
        counts[_hash("m:attachment:" + attachment.type)] += 1
        counts[_hash("m:credit" if attachment.credit else "m:nocredit")] += 1
        note = " ".join(filter(None, (attachment.credit, attachment.note)))
        note_tokens = tokenize(note)
        note_stems = [stem(token.norm) for token in note_tokens]
        counts.update(_hash("a:" + key) for key in note_stems)
        if lexicons:
            counts.update(_lexicon_features(note, note_tokens, note_stems, lexicons, "A",
                                            pairs=False))
    for name, count in _shape(post.text).items():
        counts[_hash(name)] += count
    counts[_hash("p:" + post.platform)] += 1
    return counts


def _lexicon_features(text: str, tokens: list[Token], stems: list[str], lexicons: ListSet,
                      prefix: str, pairs: bool = True) -> list[int]:
    """One feature per word list matched, and per pair of lists matched in one sentence.

    The pairs carry concepts a linear model cannot combine by itself: the own
    organisation next to a disparaging word, a colleague next to a verb of saying.
    """
    starts = [start for start, _ in split_sentences(text)] if pairs else [0]
    by_sentence: dict[int, set[str]] = {}
    features = []
    for name, matches in lexicons.find(text, tokens, stems).items():
        for match in matches:
            features.append(_hash(f"{prefix}:{name}"))
            sentence = bisect_right(starts, match.start)
            by_sentence.setdefault(sentence, set()).add(name)
    if pairs:
        for names in by_sentence.values():
            ordered = sorted(names)
            features += [_hash(f"LL:{a}|{b}") for i, a in enumerate(ordered)
                         for b in ordered[i + 1:]]
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


def vectorize(post: Post, lexicons: Lexicons = None) -> tuple[list[int], list[float]]:
    """Hashed indices and L2-normalised log-scaled values."""
    counts = feature_counts(post, lexicons)
    indices = list(counts)
    values = [1.0 + math.log(counts[index]) for index in indices]
    norm = math.sqrt(sum(value * value for value in values)) or 1.0
    return indices, [value / norm for value in values]
