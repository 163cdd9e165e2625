"""Tokenise a post into words with character offsets, splitting hashtags and mentions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Words: letters/digits with inner apostrophes or hyphens ("zo'n", "Dirk-Jan", "e-bike").
_WORD = re.compile(r"[#@]?[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+\d*(?![a-z])|\d+")


@dataclass(frozen=True)
class Token:
    """A word in the text: its surface form, offsets and normalised form."""

    text: str
    start: int
    end: int
    norm: str
    hashtag: bool = False
    mention: bool = False


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lowercase and strip accents ("Coöperatie" -> "cooperatie")."""
    lowered = word.lower().replace("’", "'")
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[Token]:
    """Split text into tokens; a hashtag also yields its camel-case parts."""
    tokens: list[Token] = []
    for match in _WORD.finditer(text):
        surface = match.group()
        start, end = match.span()
        if surface[0] in "#@":
            body = surface[1:]
            tokens.append(Token(surface, start, end, fold(body), hashtag=surface[0] == "#",
                                mention=surface[0] == "@"))
            parts = _CAMEL.findall(body)
            if len(parts) > 1:
                offset = start + 1
                for part in parts:
                    position = text.find(part, offset, end)
                    if position < 0:
                        continue
                    offset = position + len(part)
                    tokens.append(Token(part, position, offset, fold(part),
                                        hashtag=surface[0] == "#"))
            continue
        tokens.append(Token(surface, start, end, fold(surface)))
    return tokens


def shouting_ratio(text: str) -> float:
    """Share of letters in upper case, over words of at least three letters."""
    letters = [ch for word in re.findall(r"[^\W\d_]{3,}", text) for ch in word]
    if len(letters) < 12:
        return 0.0
    upper: int = sum(ch.isupper() for ch in letters)
    return upper / len(letters)
