"""Who a sensitive word is about: a mention nearby, one carried by a pronoun, or the author."""

from __future__ import annotations

import re
from bisect import bisect_left

from wijzer.detectors.pii.persons import Mention
from wijzer.pack.wordlist import Match
from wijzer.text.tokens import Token

# Third-person pronouns carry a mention further: "Collega Ruud ... want hij ... zijn scheiding".
PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "haar", "zijn", "z'n", "ie", "he", "she", "him",
                      "her", "his"})
FIRST_PERSON = frozenset({"ik", "ikzelf", "i"})
# "hoorde ik", "ik zag dat": the author reports about someone else.
REPORTING = frozenset({"hoor", "hoorde", "zag", "zie", "las", "lees", "weet", "wist", "denk",
                       "dacht", "vermoed", "begreep", "begrijp", "vernam", "heard", "saw", "see",
                       "think", "know", "read", "hope", "hoop", "wens", "wish"})
_END = re.compile(r"[.!?…]+[\"')\]]*\s+")
_ABBREVIATIONS = frozenset({"mevr", "dhr", "mw", "nr", "bijv", "ca", "evt", "tel", "st", "dr",
                            "mr", "mrs", "ms", "prof", "ir", "ing", "drs", "fam", "o.a", "t.a.v"})


class Subjects:
    """Mentions, pronouns and first-person words of one field, by token position."""

    def __init__(self, mentions: list[Mention], tokens: list[Token], window: int) -> None:
        self.mentions = mentions
        self.firsts = [m.first for m in mentions]
        self.window = window
        self.pronouns = [i for i, t in enumerate(tokens) if t.norm in PRONOUNS]
        self.selves = [i for i, t in enumerate(tokens) if t.norm in FIRST_PERSON
                       and not any(0 <= j < len(tokens) and tokens[j].norm in REPORTING
                                   for j in (i - 1, i + 1))]

    def about(self, position: int, match: Match) -> Mention | None:
        """The most identifying mention within the window, directly or through a pronoun."""
        direct = self._nearest(position, match)
        if direct is not None:
            return direct
        index = bisect_left(self.pronouns, position - self.window)
        for pronoun in self.pronouns[index:index + 6]:
            if pronoun > position + self.window:
                break
            found = self._nearest(pronoun, match)
            if found is not None and found.last < pronoun:
                return found
        return None

    def own(self, mention: Mention, position: int) -> bool:
        """Whether "ik" is closer to the word than the mention and any he/she/his."""
        distance = max(mention.first - position, position - mention.last, 0)
        index = bisect_left(self.pronouns, position)
        for i in (index - 1, index):
            if 0 <= i < len(self.pronouns):
                distance = min(distance, abs(self.pronouns[i] - position))
        index = bisect_left(self.selves, position - distance + 1)
        return index < len(self.selves) and self.selves[index] < position + distance

    def _nearest(self, position: int, match: Match) -> Mention | None:
        index = bisect_left(self.firsts, position)
        best: Mention | None = None
        for mention in self.mentions[max(0, index - 4):index + 4]:
            if mention.start <= match.start < mention.end:
                continue
            gap = max(mention.first - position, position - mention.last)
            if gap <= self.window and (best is None or mention.strength > best.strength):
                best = mention
        return best


def crosses_sentence(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between two spans (initials and abbreviations do not count)."""
    for match in _END.finditer(text, start, max(start, end)):
        word = text[max(start, match.start() - 6):match.start()].split()
        last = word[-1].lower() if word else ""
        if not ((len(last) == 1 and last.isalpha()) or last in _ABBREVIATIONS):
            return True
    return False
