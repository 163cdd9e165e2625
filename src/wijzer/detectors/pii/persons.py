"""Find mentions of identifiable people: named, titled, colleagues, roles, described citizens."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wijzer.detectors.base import CheckContext
from wijzer.detectors.pii.names import affiliated, is_name, located, name_after, unprefixed
from wijzer.detectors.pii.person_words import PersonWords
from wijzer.detectors.pii.scoring import cache, token_index
from wijzer.text.tokens import Token

if TYPE_CHECKING:
    from wijzer.detectors.pii.base import Scope

WEAK, MEDIUM, STRONG = 0, 1, 2


@dataclass(frozen=True)
class Mention:
    """A person mention: token range and how identifying it is.

    ``citizen`` is false for officials and colleagues at work; ``subject`` is
    false for professionals ("bedrijfsarts Marieke") who are not the patient.
    """

    start: int
    end: int
    first: int
    last: int
    strength: int
    kind: str
    citizen: bool
    subject: bool = True


class PersonFinder:
    """Token rules for person mentions, with first names from the pack and overridable words."""

    def __init__(self, first_names: frozenset[str], words: PersonWords | None = None,
                 window: int = 10) -> None:
        self.first_names = first_names
        self.words = words or PersonWords()
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
        last = token_index(context, scope.view, max(start, end - 1))
        index = bisect_left([m.first for m in mentions], first - self.window - 20)
        for mention in mentions[index:]:
            if mention.first > last + self.window:
                break
            inside = mention.start >= start and mention.end <= end
            if (not inside and mention.first - last <= self.window
                    and first - mention.last <= self.window):
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
        token, words = tokens[i], self.words
        if token.hashtag:
            return None
        if token.mention:
            personal = any(token.norm[:k] in self.first_names for k in range(3, 13))
            return _make(tokens, i, i, MEDIUM if personal else WEAK,
                         "personal handle" if personal else "handle", True)
        norm = unprefixed(token.norm, words.prefixes)
        before = [t.norm for t in tokens[max(0, i - 2):i]]
        prev = before[-1] if before else ""
        titled = norm in words.titles or norm in words.expert_titles
        interesting = titled or norm in words.colleagues or norm in words.roles or (
            norm in self.first_names and is_name(token))
        named = name_after(text, tokens, i, words, self.first_names) if interesting else None
        if named is not None and titled:
            expert = (norm in words.expert_titles or prev in words.officials
                      or affiliated(tokens, named + 1, words))
            return _make(tokens, i, named, STRONG, "titled name", not expert)
        if norm in words.colleagues:
            if named is not None:
                return _make(tokens, i, named, STRONG, "named colleague", False)
            owned = any(word in words.owners for word in before)
            return _make(tokens, i, i, MEDIUM if owned else WEAK, "colleague", False)
        if norm in words.roles and any(word in words.owners for word in before):
            return _make(tokens, i, named if named is not None else i,
                         STRONG if named is not None else MEDIUM, "role", False)
        if norm in words.citizens:
            return self._described(tokens, i)
        if is_name(token) and norm in self.first_names:
            return self._named(tokens, i, named, prev)
        before_text = text[max(0, token.start - 8):token.start].rstrip()
        if token.text == "Van" and before_text and before_text[-1] not in ".!?:\n":
            # Mid-sentence "Van Damme", "Van den Berg": a surname without first name.
            surname = name_after(text, tokens, i, words, self.first_names)
            if surname is not None and surname > i:
                return _make(tokens, i, surname, MEDIUM, "surname", prev not in words.officials)
        return None

    def _named(self, tokens: list[Token], i: int, named: int | None, prev: str) -> Mention:
        """A first name, alone or with a surname: "Esther", "Riet van den Berg"."""
        end = named if named is not None else i
        citizen = prev not in self.words.officials and not affiliated(tokens, end + 1, self.words)
        if prev in self.words.professionals:
            return _make(tokens, i, end, MEDIUM, "professional", False, subject=False)
        if named is not None:
            return _make(tokens, i, end, STRONG, "full name", citizen)
        return _make(tokens, i, end, MEDIUM, "first name", citizen)

    def _described(self, tokens: list[Token], i: int) -> Mention | None:
        """"die boze vrouw uit Axel", "de familie van nummer 22", "die meneer"."""
        before = [t.norm for t in tokens[max(0, i - 3):i]]
        place = located(tokens, i + 1, self.words)
        if place is not None:
            return _make(tokens, i, place, MEDIUM, "described citizen", True)
        demonstrative = any(word in self.words.determiners for word in before)
        indefinite = bool(before) and before[-1] in ("een", "a", "an")
        if demonstrative or (tokens[i].norm in ("mevrouw", "meneer", "familie") and not indefinite):
            return _make(tokens, i, i, WEAK, "unnamed citizen", True)
        return None


def _make(tokens: list[Token], first: int, last: int, strength: int, kind: str, citizen: bool,
          subject: bool = True) -> Mention:
    first = max(first, 0)
    return Mention(tokens[first].start, tokens[last].end, first, last, strength, kind, citizen,
                   subject)
