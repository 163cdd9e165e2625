"""E-mail addresses, scored by kind: general mailbox, work address or private address."""

from __future__ import annotations

import re
from typing import ClassVar

from wijzer.detectors.params import ContextWords
from wijzer.detectors.pii.base import Pattern, PatternRecogniser, Resources
from wijzer.detectors.pii.settings import RecogniserSettings

_OBFUSCATION = re.compile(r"\s?[\[(]\s?(?:at|apenstaartje|dot|punt)\s?[\])]\s?", re.IGNORECASE)


class EmailRecogniser(PatternRecogniser):
    """Addresses by pattern; public mailboxes are dropped, work addresses start low.

    Free-mail domains (gmail, hotmail, ...) mark a private address and start higher.
    """

    NAME = "email"
    TRIGGER = re.compile(r"\w@\w|[\[(]\s?(?:at|apenstaartje)\s?[\])]", re.IGNORECASE)
    PATTERNS = (
        Pattern("email", r"(?<![\w.+%-])[\w.+%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}"
                         r"\.[A-Za-z]{2,24}\b", 0.5),
        Pattern("obfuscated", r"(?<![\w.+%-])[\w.+%-]{1,64}\s?[\[(]\s?(?:at|apenstaartje)\s?[\])]"
                              r"\s?[\w-]{1,63}(?:\s?(?:\.|[\[(](?:dot|punt)[\])])\s?[\w-]{1,63}){1,4}",
                0.5, re.IGNORECASE),
    )
    CONTEXT = (
        ContextWords(list="pd-own-contact", delta=-0.5, window=8),
        ContextWords(list="pd-general-contact", delta=-0.3, window=6),
        ContextWords(list="pd-third-party", delta=0.3, window=8),
        ContextWords(list="pd-vacancy", delta=-0.35, window=0),
    )
    PERSON_DELTA = 0.15
    VARIANTS = ("work", "private")
    FREE_MAIL: ClassVar[str] = "pd-free-mail-domains"

    def __init__(self, settings: RecogniserSettings, resources: Resources) -> None:
        super().__init__(settings, resources)
        self.free_mail = frozenset(line.lower() for line in resources.pack.lines(self.FREE_MAIL))

    def validate(self, match: re.Match[str], score: float,
                 text: str) -> tuple[int, int, float, str] | None:
        address = _OBFUSCATION.sub(lambda m: "@" if "a" in m.group().lower() else ".",
                                   match.group().lower()).replace(" ", "")
        allow = self.resources.allow
        if allow.public.has_email(address):
            return None
        domain = address.rpartition("@")[2]
        if allow.work.has_email(address):
            return match.start(), match.end(), self.score("work", 0.3), "work address"
        if domain in self.free_mail:
            return match.start(), match.end(), self.score("private", 0.65), "free-mail domain"
        return match.start(), match.end(), score, "other domain"

