"""Bank account numbers (IBAN) with valid check digits."""

from __future__ import annotations

import re

from wijzer.detectors.params import ContextWords
from wijzer.detectors.pii.base import Pattern, PatternRecogniser

_GROUP = re.compile(r"[ \u00a0]?[A-Z0-9]{1,4}$")


class IbanRecogniser(PatternRecogniser):
    """Two letters, two check digits and the account, spaces allowed; checked with mod-97."""

    NAME = "iban"
    TRIGGER = re.compile(r"[A-Za-z]{2}[0-9]{2}")
    PATTERNS = (
        Pattern("iban", r"\b[A-Z]{2}[0-9]{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}"
                        r"(?:[ \u00a0]?[A-Z0-9]{1,3})?\b", 0.6),
        Pattern("compact", r"\b(?![A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}\b)[A-Za-z]{2}[0-9]{2}"
                           r"[A-Za-z0-9]{11,30}\b", 0.6),
    )
    CONTEXT = (
        ContextWords(list="pd-iban-context", delta=0.2, window=6),
        ContextWords(list="pd-org-account", delta=-0.35, window=10),
        ContextWords(list="pd-third-party", delta=0.3, window=6),
    )
    PERSON_DELTA = 0.2

    def validate(self, match: re.Match[str], score: float,
                 text: str) -> tuple[int, int, float, str] | None:
        from stdnum import iban

        candidate = match.group()
        for _ in range(3):
            if iban.is_valid(candidate):
                end = match.start() + len(candidate)
                return match.start(), end, score, "check digits valid"
            shorter = _GROUP.sub("", candidate)
            if len(shorter) < 15 or shorter == candidate:
                break
            candidate = shorter
        return None
