"""Dutch licence plates by side code (AB-12-CD, 12-ABC-3, 1-ABC-23, XX-999-X, ...)."""

from __future__ import annotations

import re

from wijzer.detectors.params import ContextWords
from wijzer.detectors.pii.base import Pattern, PatternRecogniser

_L = "[A-Z]"
# Letters real plates use since 1951; others (vowels, C, Q) are likely made-up examples.
_PLATE_LETTERS = frozenset("BDFGHJKLMNPRSTVWXZ")
_D = "[0-9]"
# Side codes 4-14 (since 1978) and the older 1-3, as groups of letters (L) and digits (D).
MODERN = ("LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL",
          "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D")
OLD = ("LL-DD-DD", "DD-DD-LL", "DD-LL-DD")


def _regex(codes: tuple[str, ...], hyphen: str) -> str:
    parts = ["".join(_L if ch == "L" else _D if ch == "D" else hyphen for ch in code)
             for code in codes]
    return r"(?<![\w#@/.-])(?:" + "|".join(parts) + r")(?![\w/-]|[.,][0-9])"


class PlateRecogniser(PatternRecogniser):
    """Hyphenated plates count on their own; plain ones (AB12CD) need context (auto, kenteken)."""

    NAME = "plate"
    TRIGGER = re.compile(r"[A-Z][0-9]|[0-9][A-Z]|[A-Z]-[0-9]|[0-9]-[A-Z]")
    PATTERNS = (
        Pattern("hyphenated", _regex(MODERN, "-"), 0.5),
        Pattern("old-hyphenated", _regex(OLD, "-"), 0.3),
        Pattern("plain", _regex(MODERN + OLD, ""), 0.15),
    )
    CONTEXT = (
        ContextWords(list="pd-plate-context", delta=0.4, window=8),
        ContextWords(list="pd-not-plate-context", delta=-0.4, window=6),
    )
    PERSON_DELTA = 0.1

    def validate(self, match: re.Match[str], score: float,
                 text: str) -> tuple[int, int, float, str] | None:
        surface = match.group()
        if "-" not in surface and (surface.isdigit() or surface.isalpha()):
            return None
        if all(ch in _PLATE_LETTERS for ch in surface if ch.isalpha()):
            return match.start(), match.end(), score, "side code, plate letters"
        return match.start(), match.end(), score - 0.1, "side code, unusual letters"
