"""Home addresses: street + house number, "woont aan de ... 14", postcode + house number."""

from __future__ import annotations

import re

from wijzer.detectors.params import ContextWords
from wijzer.detectors.pii.base import Pattern, PatternRecogniser

SUFFIXES = ("straat", "weg", "laan", "dijk", "plein", "singel", "kade", "gracht", "hof", "pad",
            "dreef", "steeg", "markt", "park", "ring", "baan", "erf", "wal", "plantsoen",
            "boulevard", "allee", "weide", "akker", "tuin", "werf", "vliet", "stede", "hoeve",
            "veld", "polder", "straatje", "pleintje", "dam")
# Words with a street suffix that are not home addresses: roads, paths, parks and places.
NOT_STREETS = frozenset({
    "snelweg", "rijksweg", "provincieweg", "autoweg", "zijweg", "uitweg", "fietspad",
    "wandelpad", "voetpad", "jaagpad", "windpark", "zonnepark", "bedrijvenpark", "natuurpark",
    "sportpark", "vliegveld", "rotterdam", "amsterdam", "schiedam", "zaandam", "edam", "volendam",
    "veendam", "maasdam", "leidschendam", "monnickendam", "wolphaartsdijk", "sint-maartensdijk",
    "maartensdijk", "ellewoutsdijk", "moerdijk", "kinderdijk", "poortvliet", "biervliet",
    "vrouwenpolder", "jacobapolder", "haamstede", "burgh-haamstede", "driewegen",
})
_LEAD = (r"(?:(?:Lange|Korte|Oude|Nieuwe|Grote|Kleine|Hoge|Lage|Noord|Zuid|Oost|West|Sint|St\.|"
         r"Burgemeester|Burg\.|Dokter|Dr\.|Koning|Koningin|Prins|Prinses|Graaf|Pastoor|Van|De|"
         r"Den|Der)\s+){0,3}")
_STREET_WORD = (r"(?:(?:Boulevard|Plein|Kade|Laan|Hof|Dreef|Singel|Markt|Weg)\s+"
                r"(?:(?:de|van|der|den|het)\s+){0,2}[A-Z][\w'’-]+"
                r"|[A-Z][a-zà-ÿ'’-]{0,40}?(?:" + "|".join(SUFFIXES) + r")"
                r"|(?:Markt|Plein|Singel|Kade|Dreef|Steeg|Gracht|Wal|Dijk|Boulevard|Havenkade)"
                r"|[a-zà-ÿ'’-]{2,40}?(?:straat|laan|steeg|gracht|dreef|singel|kade|plein))")
_UNITS = (r"(?:%|procent|km|kilometer|meter|m|cm|uur|u|min|minuten|seconden|jaar|jaren|dagen|"
          r"weken|maanden|keer|x|euro|eur|mln|miljoen|ha|hectare|kg|ton|graden|°|woningen|"
          r"huizen|bomen|auto'?s|mensen|personen|deelnemers|procent|kilo|liter|plaatsen|"
          r"stuks|banen|meters|fietsers|bezoekers|km/u|jaar|years|days|hours|minutes|miles)")
NUMBER = (r"(?:nr\.?|no\.?|nummer|huisnummer)?\s?(?P<num>[1-9][0-9]{0,3})"
          r"(?:[a-zA-Z](?![\w])|\s[A-Z](?![\w])|-[0-9]{1,3}(?![0-9])|\s?(?:bis|hs|II|III))?"
          rf"(?![0-9]|[.,:][0-9]|\s?{_UNITS}(?![\w]))")
_POSTCODE_AFTER = re.compile(r"\s?,?\s?[1-9][0-9]{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")
STREET = re.compile(rf"\b(?P<street>{_LEAD}{_STREET_WORD})\s{{1,2}}{NUMBER}")


class AddressRecogniser(PatternRecogniser):
    """Streets by their Dutch suffixes (Dorpsstraat 14, Kerkstraat nr. 8, aan de Havenweg 3).

    A bare street address starts low, because venues and offices have
    addresses too; living there (woont, bewoner, thuisadres) or a person
    mentioned nearby raises it, venue words lower it. Road numbers (N57),
    articles, years and quantities are not addresses.
    """

    NAME = "address"
    TRIGGER = re.compile(r"[1-9]")
    PATTERNS = (
        Pattern("street", STREET.pattern, 0.4),
        Pattern("residence", r"\b(?:(?:woont|wonen|woonde|woonachtig|verhuisd|lives|living)"
                             r"(?:\s+(?:nu|gewoon|sinds kort|daar|hier|ook|nog|al|now))?"
                             r"\s+(?:aan|op|in|naar|at|on)"
                             r"|(?:thuis|thuisadres|huisadres|woonadres|privéadres|home address)"
                             r"(?:\s+(?:is|was))?\s?[,:]?(?:\s+(?:aan|op|in|at|on))?)"
                             r"\s+(?:de\s+|het\s+|'t\s+|the\s+)?"
                             r"(?P<street>[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|de|van|der|den)\s+)"
                             r"{0,3}?)"
                             rf"{NUMBER}", 0.75),
        Pattern("number-first", r"\b(?P<num>[1-9][0-9]{0,3}[a-z]?)\s(?P<street>"
                                r"[A-Z][a-zà-ÿ'’-]{0,40}?(?:straat|laan|singel|gracht|kade|dreef|steeg)"
                                r"|[A-Z][a-z]+\s(?:Street|Road|Lane|Avenue|Drive|Close|Square))"
                                r"\b(?!\s?[0-9])", 0.35),
        Pattern("postcode", r"\b(?P<street>[1-9][0-9]{3}\s?(?!SA|SD|SS)[A-Z]{2})\b\s?,?\s?"
                            rf"{NUMBER}", 0.45),
    )
    CONTEXT = (
        ContextWords(list="pd-residence", delta=0.35, window=8),
        ContextWords(list="pd-third-party", delta=0.2, window=8),
        ContextWords(list="pd-venue", delta=-0.3, window=10),
    )
    PERSON_DELTA = 0.2

    def validate(self, match: re.Match[str], score: float,
                 text: str) -> tuple[int, int, float, str] | None:
        words = match.group("street").split()
        if not words or words[-1].lower() in NOT_STREETS:
            return None
        number = int(re.sub(r"[^0-9]", "", match.group("num")))
        start, end = min(match.start("street"), match.start("num")), match.end()
        postcode = _POSTCODE_AFTER.match(text, end)
        if postcode is not None and not words[0][0].isdigit():
            score += 0.15
            end = postcode.end()
        if self.resources.allow.public.has_address(text[start:match.end()]):
            return None
        if 1900 <= number <= 2099:
            score -= 0.25
        why = "street with house number" + (" and postcode" if end > match.end() else "")
        return start, end, score, why
