"""Turn a post into hashed sparse features; the same code serves training and checking.

Features: stems and stem bigrams of the draft, character n-grams inside words
(robust to compounds, inflection and typos), words of the message being
answered and of the attachment notes (each in their own namespace), and a few
shape signals (capitals, exclamation marks, question marks, links, emoji).
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain
from typing import TYPE_CHECKING, Any

from wijzer.detectors.base import FieldView
from wijzer.domain import Post
from wijzer.text.tokens import Token, shouting_ratio

if TYPE_CHECKING:
    from wijzer.pack.model import Pack

N_FEATURES = 1 << 18
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:nl|com|eu|be|org)\b(?:/\S*)?", re.I)
_NUMBER = re.compile(r"^\d+$")


@dataclass(frozen=True)
class Lexicons:
    """The pack's word lists whose matches are features (``classifier_feature_lists``)."""

    pack: Pack
    names: tuple[str, ...]


@dataclass
class Features:
    """The hashed features of one post.

    ``spots`` says where in the draft each of its own features came from (character
    offset, feature indices), so a score can be traced back to a sentence.
    """

    counts: Counter[int] = field(default_factory=Counter)
    spots: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)

    @cached_property
    def vector(self) -> tuple[Any, Any]:
        """Hashed indices and L2-normalised log-scaled values (numpy arrays)."""
        import numpy as np

        counts = self.counts
        indices = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        values = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
        norm = float(np.sqrt(values @ values)) or 1.0
        return indices, values / norm


@lru_cache(maxsize=1 << 18)
def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (N_FEATURES - 1)


@lru_cache(maxsize=1 << 16)
def _bigram(first: str, second: str) -> int:
    return _hash(f"b:{first} {second}")


@lru_cache(maxsize=1 << 16)
def _word_indices(norm: str, key: str) -> tuple[int, ...]:
    """Hashed features of one word: its stem and its character n-grams (cached per word)."""
    indices = [_hash("w:" + key)]
    if len(norm) >= 3 and not key.startswith("<"):
        padded = f"<{norm}>"
        indices += [_hash("c:" + padded[i:i + size]) for size in (3, 4, 5)
                    for i in range(len(padded) - size + 1)]
    return tuple(indices)


def extract(post: Post, lexicons: Lexicons | None = None, text: FieldView | None = None,
            reply: FieldView | None = None) -> Features:
    """The features of a post. Pass the fields' views when they exist already (a check
    shares them with the detectors: tokens, stems and word-list matches are reused)."""
    features = Features()
    counts = features.counts
    text = text or FieldView(post.text)
    urls = [(m.start(), m.end(), "zeeland.nl" in m.group().lower())
            for m in _URL.finditer(post.text)]
    spots = features.spots
    previous = ""
    for token, key in _draft_words(text, urls):
        if token.hashtag and token.text.startswith("#"):
            counts[_hash("h:" + key)] += 1
        if previous:
            spots.append((token.start, (_bigram(previous, key),)))
        spots.append((token.start, _word_indices(token.norm, key)))
        previous = key
    if lexicons:
        spots += [(offset, (index,)) for offset, index in _list_features(text, lexicons, "L", urls)]
    counts.update(chain.from_iterable(indices for _, indices in spots))
    if post.reply_to:
        counts[_hash("m:reply")] += 1
        reply = reply or FieldView(post.reply_to)
        counts.update(_hash("r:" + key) for key in reply.stems)
        if lexicons:
            counts.update(index for _, index in _list_features(reply, lexicons, "R"))
    for attachment in post.attachments:
        counts[_hash("m:attachment:" + attachment.type)] += 1
        counts[_hash("m:credit" if attachment.credit else "m:nocredit")] += 1
        note = FieldView(" ".join(filter(None, (attachment.credit, attachment.note))))
        counts.update(_hash("a:" + key) for key in note.stems)
        if lexicons:
            counts.update(index for _, index in _list_features(note, lexicons, "A"))
    for name, count in _shape(post.text).items():
        counts[_hash(name)] += count
    counts[_hash("p:" + post.platform)] += 1
    return features


def _draft_words(view: FieldView, urls: list[tuple[int, int, bool]]
                 ) -> list[tuple[Token, str]]:
    """The draft's words with their stems; a link becomes one word, ``zlink`` for the
    province's own site and ``xlink`` for any other."""
    words: list[tuple[Token, str]] = []
    index = 0
    for token, token_stem in zip(view.tokens, view.stems, strict=True):
        while index < len(urls) and urls[index][1] <= token.start:
            index += 1
        if index < len(urls) and urls[index][0] < token.end:
            start, end, own = urls[index]
            if not words or words[-1][0].start != start:
                link = _link(start, end, own)
                words.append((link, link.norm))
            continue
        words.append((token, "<num>" if _NUMBER.match(token.norm) else token_stem))
    return words


def _link(start: int, end: int, own: bool) -> Token:
    return Token("zlink" if own else "xlink", start, end, "zlink" if own else "xlink")


def _list_features(view: FieldView, lexicons: Lexicons, prefix: str,
                   urls: list[tuple[int, int, bool]] | None = None) -> list[tuple[int, int]]:
    """One feature per word-list match (outside links), and in the draft one per pair of
    lists matched in one sentence.

    The pairs carry concepts a linear model cannot combine by itself: the own
    organisation next to a disparaging word, a colleague next to a verb of saying.
    """
    pairs = urls is not None
    starts = [start for start, _ in view.sentences] if pairs else [0]
    by_sentence: dict[int, dict[str, int]] = {}
    features = []
    for name in lexicons.names:
        for match in view.matches(lexicons.pack, name):
            if urls and any(start <= match.start < end for start, end, _ in urls):
                continue
            features.append((match.start, _hash(f"{prefix}:{name}")))
            sentence = bisect_right(starts, match.start)
            by_sentence.setdefault(sentence, {}).setdefault(name, match.start)
    if pairs:
        for names in by_sentence.values():
            ordered = sorted(names)
            features += [(max(names[a], names[b]), _hash(f"LL:{a}|{b}"))
                         for i, a in enumerate(ordered) for b in ordered[i + 1:]]
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


def vectorize(post: Post, lexicons: Lexicons | None = None) -> tuple[list[int], list[float]]:
    """Hashed indices and L2-normalised log-scaled values."""
    indices, values = extract(post, lexicons).vector
    return indices.tolist(), values.tolist()
