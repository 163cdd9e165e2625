"""Citizen service numbers (BSN): nine digits that pass the eleven-test."""

from __future__ import annotations

import re
from typing import ClassVar

from wijzer.detectors.params import ContextWords
from wijzer.detectors.pii.base import Pattern, PatternRecogniser

_SEP = r"[ .\u00a0-]"
_MONEY_BEFORE = re.compile(r"(?:€|eur|euro|\$|£)\s*$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"^\s*(?:euro|eur|€|mln|miljoen|miljard|m3|kg|ton|km|inwoners)\b",
                          re.IGNORECASE)


class BsnRecogniser(PatternRecogniser):
    """Nine digits, plain or grouped (1234.56.782, 123 456 782); checked with the eleven-test.

    A number that fails the test starts very low: only strong context (the
    word BSN or burgerservicenummer close by) makes it count.
    """

    NAME = "bsn"
    TRIGGER = re.compile(r"[0-9]{3}")
    PATTERNS = (
        Pattern("plain", r"(?<![\w.,€$-])[0-9]{9}(?![\w-]|[.,][0-9])", 0.5),
        Pattern("grouped", rf"(?<![\w.,€$-])(?:[0-9]{{4}}{_SEP}[0-9]{{2}}{_SEP}[0-9]{{3}}"
                           rf"|[0-9]{{3}}{_SEP}[0-9]{{3}}{_SEP}[0-9]{{3}})(?![\w-]|[.,][0-9])",
                0.4),
    )
    CONTEXT = (
        ContextWords(list="pd-bsn-context", delta=0.5, window=6),
        ContextWords(list="pd-not-bsn-context", delta=-0.45, window=8),
    )
    PERSON_DELTA = 0.1
    VARIANTS = ("invalid",)
    INVALID_SCORE: ClassVar[float] = 0.15

    def validate(self, match: re.Match[str], score: float,
                 text: str) -> tuple[int, int, float, str] | None:
        before = text[max(0, match.start() - 6):match.start()]
        after = text[match.end():match.end() + 12]
        if _MONEY_BEFORE.search(before) or _MONEY_AFTER.search(after):
            return None
        from stdnum.nl import bsn

        digits = re.sub(r"[^0-9]", "", match.group())
        if bsn.is_valid(digits):
            return match.start(), match.end(), score, "eleven-test passed"
        return (match.start(), match.end(), self.score("invalid", self.INVALID_SCORE),
                "eleven-test failed")
