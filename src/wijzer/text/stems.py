"""Dutch and English stemming, normalised so inflections and spelling variants meet."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

_DUTCH = snowballstemmer.stemmer("dutch")
_ENGLISH = snowballstemmer.stemmer("english")
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1")
_DOUBLE_CONSONANT = re.compile(r"([bdfgklmnprst])\1$")


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """A language-neutral key for a folded word.

    Dutch stems lose doubled vowels ("idioot"/"idioten" -> "idiot") and a
    final doubled consonant; English plural and verb endings are stripped too,
    so "leaks", "leaked" and "leak" share a key. Short words stay as they are.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    dutch = _DUTCH.stemWord(word)
    if dutch == word:
        dutch = _ENGLISH.stemWord(word)
    dutch = _DOUBLE_VOWEL.sub(r"\1", dutch)
    dutch = _DOUBLE_CONSONANT.sub(r"\1", dutch)
    return dutch.replace("ij", "y") if dutch.endswith("ij") else dutch
