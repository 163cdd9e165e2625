"""Token-level tests for names: capitalised words, name continuations, places, affiliations."""

from __future__ import annotations

import re

from wijzer.detectors.pii.address import SUFFIXES
from wijzer.detectors.pii.person_words import PersonWords
from wijzer.text.tokens import Token

_GAP = re.compile(r"\s{1,3}")
_DOTTED_GAP = re.compile(r"\.?\s{1,3}")


def is_name(token: Token) -> bool:
    """A capitalised word of letters (not a hashtag, handle or acronym)."""
    surface = token.text
    return (surface[:1].isupper() and not token.hashtag and not token.mention
            and surface.replace("-", "").replace("'", "").isalpha()
            and not (len(surface) > 3 and surface.isupper()))


def joined(text: str, tokens: list[Token], j: int, words: PersonWords) -> bool:
    """Only spaces between tokens j-1 and j (a dot too after an abbreviated title)."""
    gap = text[tokens[j - 1].end:tokens[j].start]
    pattern = _DOTTED_GAP if tokens[j - 1].norm in words.abbreviations else _GAP
    return pattern.fullmatch(gap) is not None


def name_after(text: str, tokens: list[Token], i: int, words: PersonWords,
               first_names: frozenset[str]) -> int | None:
    """Index of the last token of a name right after token ``i`` ("De Kok", "van den Berg")."""
    j = i + 1
    while j < len(tokens) and tokens[j].norm in words.particles and joined(text, tokens, j, words):
        j += 1
    if j >= len(tokens) or not joined(text, tokens, j, words):
        return None
    if not is_name(tokens[j]) or tokens[j].norm in words.not_names:
        return None
    if (j + 1 < len(tokens) and is_name(tokens[j + 1])
            and text[tokens[j].end:tokens[j + 1].start] == " " and tokens[j].norm in first_names):
        return j + 1
    return j


def affiliated(tokens: list[Token], j: int, words: PersonWords) -> bool:
    """"van de Zeeuwse Milieufederatie", "van team Subsidies" right after a name.

    A street there means an address, not an organisation.
    """
    if j >= len(tokens) or tokens[j].norm not in words.affiliations:
        return False
    j += 1
    while j < len(tokens) and tokens[j].norm in ("de", "het", "the"):
        j += 1
    if j < len(tokens) and tokens[j].norm in words.units:
        return True
    return j < len(tokens) and is_name(tokens[j]) and not tokens[j].norm.endswith(SUFFIXES)


def located(tokens: list[Token], j: int, words: PersonWords) -> int | None:
    """"uit Axel", "van nummer 22", "van mij in Oostburg": index of the place's last token."""
    if j + 1 < len(tokens) and tokens[j].norm in ("van", "of") and tokens[j + 1].norm in (
            "mij", "me", "ons", "mine"):
        j += 2
    if j >= len(tokens) or tokens[j].norm not in words.locators:
        return None
    j += 1
    while j < len(tokens) and tokens[j].norm in ("de", "het", "'t", "the"):
        j += 1
    if j >= len(tokens):
        return None
    if (tokens[j].norm in words.numbers and j + 1 < len(tokens)
            and tokens[j + 1].norm[:1].isdigit()):
        return j + 1
    return j if is_name(tokens[j]) else None


def unprefixed(norm: str, prefixes: tuple[str, ...]) -> str:
    """"oud-gedeputeerde" -> "gedeputeerde"."""
    for prefix in prefixes:
        if norm.startswith(prefix):
            return norm[len(prefix):]
    return norm
