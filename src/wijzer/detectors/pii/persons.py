"""Find mentions of identifiable people: named, titled, colleagues, roles, described citizens."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wijzer.detectors.base import CheckContext
from wijzer.detectors.pii.address import SUFFIXES
from wijzer.detectors.pii.scoring import cache, token_index
from wijzer.text.tokens import Token

if TYPE_CHECKING:
    from wijzer.detectors.pii.base import Scope

WEAK, MEDIUM, STRONG = 0, 1, 2
_GAP = re.compile(r"\s{1,3}")
_DOTTED_GAP = re.compile(r"\.?\s{1,3}")
_ABBREVIATIONS = frozenset({"mevr", "mw", "mvr", "dhr", "fam", "mr", "mrs", "ms", "dr", "prof",
                            "ir", "drs", "ing"})


@dataclass(frozen=True)
class Mention:
    """A person mention: token range, how identifying it is, and whether it may be a citizen."""

    start: int
    end: int
    first: int
    last: int
    strength: int
    kind: str
    citizen: bool
    subject: bool = True


class PersonFinder:
    """Token rules for person mentions; word sets are class constants a caller may override."""

    TITLES = frozenset({"mevrouw", "meneer", "mevr", "mw", "mvr", "dhr", "heer", "familie", "fam",
                        "mr", "mrs", "ms", "miss", "mister", "madam", "juffrouw"})
    EXPERT_TITLES = frozenset({"dr", "prof", "ir", "drs", "ing", "dokter"})
    COLLEAGUES = frozenset({"collega", "colleague", "coworker", "co-worker", "teamgenoot",
                            "teamgenote", "teamlid", "teammate", "kamergenoot", "stagiair",
                            "stagiaire"})
    ROLES = frozenset({"cdk", "commissaris", "gedeputeerde", "directeur", "teamleider", "manager",
                       "leidinggevende", "baas", "chef", "afdelingshoofd", "secretaresse",
                       "receptioniste", "provinciesecretaris", "griffier", "burgemeester",
                       "wethouder", "boswachter", "portier", "concierge", "director", "boss",
                       "supervisor", "teamlead", "intern", "mayor"})
    OFFICIALS = frozenset({"gedeputeerde", "wethouder", "burgemeester", "minister", "statenlid",
                           "commissaris", "cdk", "directeur", "dijkgraaf", "staatssecretaris",
                           "kamerlid", "raadslid", "voorzitter", "spreker", "collega",
                           "colleague", "mayor", "director", "speaker", "chairman", "prof", "dr",
                           "adviseur", "advisor", "adviser", "jurist", "medewerker",
                           "beleidsmedewerker", "projectleider", "manager", "teamleider",
                           "coordinator", "consultant", "specialist", "ecoloog", "boswachter",
                           "woordvoerder", "spokesperson", "officer", "lawyer"})
    CITIZENS = frozenset({"bewoner", "inwoner", "burger", "man", "vrouw", "boer", "boerin",
                          "buurman", "buurvrouw", "dame", "jongen", "meisje", "eigenaar", "melder",
                          "indiener", "aanvrager", "klager", "bezwaarmaker", "omwonende",
                          "mevrouw", "meneer", "heer", "familie", "gezin", "echtpaar", "klant",
                          "ondernemer", "resident", "neighbour", "neighbor", "woman", "guy",
                          "lady", "gentleman", "citizen", "family", "couple", "farmer", "vent",
                          "kerel", "gast", "figuur", "mannetje", "vrouwtje", "oudje",
                          "bejaarde", "weduwe", "weduwnaar", "jongeman", "knul", "meid"})
    DETERMINERS = frozenset({"die", "deze", "this", "that"})
    OWNERS = frozenset({"mijn", "m'n", "onze", "ons", "my", "our", "de", "the", "die", "deze",
                        "zijn", "z'n", "haar"})
    PREFIXES = ("oud-", "ex-", "voormalig-")
    # Before a name: the person acts in a profession, not as a patient ("bedrijfsarts Marieke").
    PROFESSIONALS = frozenset({"arts", "bedrijfsarts", "huisarts", "dokter", "psycholoog",
                               "therapeut", "fysiotherapeut", "coach", "spreker", "expert",
                               "deskundige", "trainer", "verpleegkundige", "specialist",
                               "doctor", "speaker", "nurse", "dr", "prof"})
    # After a name: "Kees Goedhart van de Milieufederatie" speaks for an organisation.
    AFFILIATIONS = frozenset({"van", "namens", "of", "bij"})
    UNITS = frozenset({"team", "afdeling", "provincie", "gemeente", "waterschap", "stichting",
                       "vereniging", "directie", "bureau", "dienst", "buitendienst", "griffie"})
    PARTICLES = frozenset({"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "vd", "la",
                           "le", "du", "di", "da", "von", "op", "in"})
    LOCATORS = frozenset({"uit", "van", "in", "aan", "op", "from", "at", "on"})
    NUMBERS = frozenset({"nummer", "nr", "huisnummer", "number", "no"})
    NOT_NAMES = frozenset({"de", "het", "een", "ik", "wij", "we", "zij", "ze", "hij", "jij", "je",
                           "u", "the", "i", "provincie", "zeeland", "gemeente", "team", "facebook",
                           "linkedin", "twitter", "instagram", "youtube", "tiktok", "whatsapp",
                           "google", "x", "en", "of", "and", "or", "maar", "dus", "dit", "dat"})

    def __init__(self, first_names: frozenset[str], window: int = 10) -> None:
        self.first_names = first_names
        self.window = window

    def find(self, scope: Scope, context: CheckContext) -> list[Mention]:
        """All mentions in the scope's view, in text order (cached per post)."""
        key = ("persons", id(scope.view), id(self))
        store = cache(context)
        if key not in store:
            store[key] = self._scan(scope.view.text, scope.view.tokens)
        mentions: list[Mention] = store[key]
        return mentions

    def near(self, scope: Scope, context: CheckContext, start: int, end: int) -> bool:
        """Whether a medium or strong mention lies within the window of a span."""
        mentions = [m for m in self.find(scope, context) if m.strength >= MEDIUM]
        if not mentions:
            return False
        first = token_index(context, scope.view, start)
        firsts = [m.first for m in mentions]
        index = bisect_left(firsts, first - self.window - 20)
        for mention in mentions[index:]:
            if mention.first > first + self.window + 20:
                break
            if not (mention.start >= start and mention.end <= end):
                last = token_index(context, scope.view, max(start, end - 1))
                if mention.first - last <= self.window and first - mention.last <= self.window:
                    return True
        return False

    def _scan(self, text: str, tokens: list[Token]) -> list[Mention]:
        found: list[Mention] = []
        index = 0
        while index < len(tokens):
            mention = self._at(text, tokens, index)
            if mention is None:
                index += 1
                continue
            found.append(mention)
            index = mention.last + 1
        return found

    def _at(self, text: str, tokens: list[Token], i: int) -> Mention | None:
        token = tokens[i]
        if token.hashtag:
            return None
        if token.mention:
            personal = any(token.norm[:k] in self.first_names for k in range(3, 13))
            return self._make(tokens, i, i, MEDIUM if personal else WEAK,
                              "personal handle" if personal else "handle", True)
        norm = _unprefixed(token.norm, self.PREFIXES)
        before = [t.norm for t in tokens[max(0, i - 2):i]]
        prev = before[-1] if before else ""
        if norm in self.TITLES or norm in self.EXPERT_TITLES:
            last = self._name_after(text, tokens, i)
            if last is not None:
                expert = (norm in self.EXPERT_TITLES or prev in self.OFFICIALS
                          or self._affiliated(tokens, last + 1))
                return self._make(tokens, i, last, STRONG, "titled name", not expert)
        if norm in self.COLLEAGUES:
            last = self._name_after(text, tokens, i)
            if last is not None:
                return self._make(tokens, i, last, STRONG, "named colleague", False)
            owned = any(word in self.OWNERS for word in before)
            return self._make(tokens, i, i, MEDIUM if owned else WEAK, "colleague", False)
        if norm in self.ROLES and any(word in self.OWNERS for word in before):
            last = self._name_after(text, tokens, i)
            return self._make(tokens, i, last if last is not None else i,
                              STRONG if last is not None else MEDIUM, "role", False)
        if norm in self.CITIZENS:
            return self._described(tokens, i)
        if self._is_name(token) and norm in self.first_names:
            last = self._name_after(text, tokens, i)
            end = last if last is not None else i
            citizen = prev not in self.OFFICIALS and not self._affiliated(tokens, end + 1)
            mention = self._make(tokens, i, end, STRONG if last is not None else MEDIUM,
                                 "full name" if last is not None else "first name", citizen)
            if prev in self.PROFESSIONALS:
                return Mention(mention.start, mention.end, i, end, mention.strength,
                               "professional", False, subject=False)
            return mention
        return None

    def _affiliated(self, tokens: list[Token], j: int) -> bool:
        """"van de Zeeuwse Milieufederatie", "van team Subsidies" after a name.

        A street there means an address, not an organisation.
        """
        if j >= len(tokens) or tokens[j].norm not in self.AFFILIATIONS:
            return False
        j += 1
        while j < len(tokens) and tokens[j].norm in ("de", "het", "the"):
            j += 1
        if j < len(tokens) and tokens[j].norm in self.UNITS:
            return True
        return (j < len(tokens) and self._is_name(tokens[j])
                and not tokens[j].norm.endswith(SUFFIXES))

    def _described(self, tokens: list[Token], i: int) -> Mention | None:
        """"die boze vrouw uit Axel", "de familie van nummer 22", "die meneer"."""
        before = [t.norm for t in tokens[max(0, i - 3):i]]
        demonstrative = any(word in self.DETERMINERS for word in before)
        located = self._located(tokens, i + 1)
        if located is not None:
            return self._make(tokens, i, located, MEDIUM, "described citizen", True)
        indefinite = bool(before) and before[-1] in ("een", "a", "an")
        if demonstrative or (tokens[i].norm in ("mevrouw", "meneer", "familie") and not indefinite):
            return self._make(tokens, i, i, WEAK, "unnamed citizen", True)
        return None

    def _located(self, tokens: list[Token], j: int) -> int | None:
        """"uit Axel", "van nummer 22", "van mij in Oostburg": index of the place's last token."""
        if j + 1 < len(tokens) and tokens[j].norm in ("van", "of") and tokens[j + 1].norm in (
                "mij", "me", "ons", "mine"):
            j += 2
        if j >= len(tokens) or tokens[j].norm not in self.LOCATORS:
            return None
        j += 1
        while j < len(tokens) and tokens[j].norm in ("de", "het", "'t", "the"):
            j += 1
        if j >= len(tokens):
            return None
        target = tokens[j]
        if target.norm in self.NUMBERS and j + 1 < len(tokens) and tokens[j + 1].norm[:1].isdigit():
            return j + 1
        return j if self._is_name(target) else None

    def _name_after(self, text: str, tokens: list[Token], i: int) -> int | None:
        """Index of the last token of a name right after token ``i``, if any."""
        j = i + 1
        while j < len(tokens) and tokens[j].norm in self.PARTICLES and self._gap(text, tokens, j):
            j += 1
        if j >= len(tokens) or not self._gap(text, tokens, j):
            return None
        if not self._is_name(tokens[j]) or tokens[j].norm in self.NOT_NAMES:
            return None
        if (j + 1 < len(tokens) and self._is_name(tokens[j + 1])
                and text[tokens[j].end:tokens[j + 1].start] == " "
                and tokens[j].norm in self.first_names):
            return j + 1
        return j

    @staticmethod
    def _gap(text: str, tokens: list[Token], j: int) -> bool:
        """Only spaces between tokens j-1 and j (a dot too after an abbreviated title)."""
        gap = text[tokens[j - 1].end:tokens[j].start]
        pattern = _DOTTED_GAP if tokens[j - 1].norm in _ABBREVIATIONS else _GAP
        return pattern.fullmatch(gap) is not None

    @staticmethod
    def _is_name(token: Token) -> bool:
        surface = token.text
        return (surface[:1].isupper() and not token.hashtag and not token.mention
                and surface.replace("-", "").replace("'", "").isalpha()
                and not (len(surface) > 3 and surface.isupper()))

    @staticmethod
    def _make(tokens: list[Token], first: int, last: int, strength: int, kind: str,
              citizen: bool) -> Mention:
        first = max(first, 0)
        return Mention(tokens[first].start, tokens[last].end, first, last, strength, kind, citizen)


def _unprefixed(norm: str, prefixes: tuple[str, ...]) -> str:
    """"oud-gedeputeerde" -> "gedeputeerde"."""
    for prefix in prefixes:
        if norm.startswith(prefix):
            return norm[len(prefix):]
    return norm
