"""Phone numbers: Dutch formats (06-, +31 (0)6, 0031, landlines) and other international ones."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from wijzer.detectors.params import ContextWords
from wijzer.detectors.pii.allow import national_digits
from wijzer.detectors.pii.base import Pattern, PatternRecogniser

_SEP = r"[ \u00a0.\-/)]{0,3}"
_DATE = re.compile(r"[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:19|20)[0-9]{2}\b")
_HOURS = re.compile(r"\s?(?:uur|u\b|h\b)")
# Kinds of number that belong to organisations, not people (088, 085, 0800, 0900...).
_SERVICE_TYPES = frozenset({"UAN", "VOIP", "TOLL_FREE", "PREMIUM_RATE", "SHARED_COST", "PAGER",
                            "VOICEMAIL"})


@lru_cache(maxsize=4096)
def number_type(international: str) -> str:
    """phonenumbers' type name for a number in +CC form, or "INVALID"."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(international, None)
    except phonenumbers.NumberParseException:
        return "INVALID"
    if not phonenumbers.is_valid_number(parsed):
        return "INVALID"
    kind = phonenumbers.number_type(parsed)
    names = {value: name for name, value in vars(phonenumbers.PhoneNumberType).items()
             if isinstance(value, int)}
    return names.get(kind, "UNKNOWN")


class PhoneRecogniser(PatternRecogniser):
    """Candidates by pattern; phonenumbers decides whether they are real numbers and of what kind.

    Mobile numbers start higher than landlines; service numbers of
    organisations (088, 0800...) and the allow-listed public numbers are
    dropped, work numbers of the organisation start low.
    """

    NAME = "phone"
    TRIGGER = re.compile(r"[0-9](?:[^0-9]{0,3}[0-9]){6}")
    PATTERNS = (
        Pattern("dutch", rf"(?<![\w+])(?<![0-9][ .-])(?:(?:\+|00)[ \u00a0]?31[ \u00a0.-]?"
                         rf"(?:\(0\)[ \u00a0.-]?)?|\(?0)[1-9](?:{_SEP}[0-9]){{7,9}}"
                         r"(?![0-9]|[.,][0-9]| ?-[0-9])", 0.5),
        Pattern("international", rf"(?<![\w+])\+(?!31)[1-9](?:{_SEP}[0-9]){{7,13}}(?![0-9])",
                0.5),
    )
    CONTEXT = (
        ContextWords(list="pd-own-contact", delta=-0.5, window=8),
        ContextWords(list="pd-general-contact", delta=-0.4, window=3),
        ContextWords(list="pd-third-party", delta=0.3, window=8),
        ContextWords(list="pd-not-phone-context", delta=-0.4, window=4),
        ContextWords(list="pd-vacancy", delta=-0.35, window=0),
    )
    PERSON_DELTA = 0.2
    VARIANTS = ("mobile", "fixed_line", "fixed_line_or_mobile", "personal_number", "unknown",
                "work")
    SCORES: ClassVar[dict[str, float]] = {
        "MOBILE": 0.55, "FIXED_LINE": 0.45, "FIXED_LINE_OR_MOBILE": 0.45,
        "PERSONAL_NUMBER": 0.55, "UNKNOWN": 0.4}

    def validate(self, match: re.Match[str], score: float,
                 text: str) -> tuple[int, int, float, str] | None:
        surface = match.group().rstrip(" .-/)")
        if _DATE.match(surface) or ":" in surface or _HOURS.match(text, match.end()):
            return None
        if surface.startswith("+") and not surface.startswith("+31"):
            international = "+" + re.sub(r"[^0-9]", "", surface)
            digits = international
        else:
            digits = national_digits(surface)
            if len(digits) != 9:
                return None
            international = "+31" + digits
        if self.resources.allow.public.has_phone(digits):
            return None
        kind = number_type(international)
        if kind == "INVALID" or kind in _SERVICE_TYPES:
            return None
        end = match.start() + len(surface)
        if self.resources.allow.work.has_phone(digits):
            return match.start(), end, self.score("work", 0.3), "valid, organisation's work range"
        value = self.score(kind.lower(), self.SCORES.get(kind, score))
        return match.start(), end, value, f"valid {kind.lower()} number"
