"""Several word lists matched in one pass over a text, each match credited to its list.

Gives the same matches as calling :meth:`WordList.find` once per list, at about the
cost of one call: the lists' lookup tables are merged once, at construction.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from wijzer.pack.wordlist import Match, wild_matches, word_fits
from wijzer.text.tokens import Token

if TYPE_CHECKING:
    from wijzer.pack.model import Pack

Owned = list[tuple[str, str]]  # (list name, entry)


class ListSet:
    """The merged lookup tables of some word lists of a pack."""

    def __init__(self, pack: Pack, names: list[str]) -> None:
        self.names = tuple(dict.fromkeys(names))
        stems: dict[str, Owned] = defaultdict(list)
        exact: dict[str, Owned] = defaultdict(list)
        prefixes: dict[str, Owned] = defaultdict(list)
        suffixes: dict[str, Owned] = defaultdict(list)
        literals: dict[str, Owned] = defaultdict(list)
        phrases: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
        wild_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
        self.wild: list[tuple[tuple[str, ...], str, str]] = []
        for name in self.names:
            words = pack.word_list(name)
            for table, own in ((words.stems, stems), (words.exact, exact),
                               (words.prefixes, prefixes), (words.suffixes, suffixes),
                               (words.literals, literals)):
                for key, entry in table.items():
                    own[key].append((name, entry))
            for first, items in words.phrases.items():
                phrases[first].extend((keys, name, entry) for keys, entry in items)
            for first, items in words.wild_by_first.items():
                wild_first[first].extend((keys, name, entry) for keys, entry in items)
            self.wild += [(keys, name, entry) for keys, entry in words.wild_phrases]
        # Plain dicts: a lookup must not add keys.
        self.stems, self.exact = dict(stems), dict(exact)
        self.prefixes, self.suffixes, self.literals = dict(prefixes), dict(suffixes), dict(literals)
        self.phrases = dict(phrases)
        self.wild_first = dict(wild_first)
        self.prefix_keys = tuple(self.prefixes)
        self.suffix_keys = tuple(self.suffixes)

    def find(self, text: str, tokens: list[Token], stems: list[str]) -> dict[str, list[Match]]:
        """Matches per list name, in the order :meth:`WordList.find` gives them."""
        found: dict[str, list[Match]] = {name: [] for name in self.names}
        prefix_keys, suffix_keys = self.prefix_keys, self.suffix_keys
        for index, token in enumerate(tokens):
            key, norm = stems[index], token.norm
            if (key in self.stems or norm in self.exact
                    or (prefix_keys and norm.startswith(prefix_keys))
                    or (suffix_keys and norm.endswith(suffix_keys))):
                self._single(token, key, found)
            for keys, name, entry in self.phrases.get(key, ()):
                end_index = index + len(keys)
                if tuple(stems[index:end_index]) == keys:
                    found[name].append(Match(token.start, tokens[end_index - 1].end, entry))
            for keys, name, entry in self.wild_first.get(key, ()):
                end_index = index + len(keys)
                if end_index <= len(tokens) and all(
                        word_fits(k, tokens[index + j], stems[index + j])
                        for j, k in enumerate(keys[1:], start=1)):
                    found[name].append(Match(token.start, tokens[end_index - 1].end, entry))
        for keys, name, entry in self.wild:
            found[name] += wild_matches(keys, entry, tokens, stems)
        for literal, owners in self.literals.items():
            position = text.find(literal)
            while position >= 0:
                for name, entry in owners:
                    found[name].append(Match(position, position + len(literal), entry))
                position = text.find(literal, position + len(literal))
        return found

    def _single(self, token: Token, key: str, found: dict[str, list[Match]]) -> None:
        """One word against every list; per list the first kind that matches wins
        (stem, exact form, compound start, compound end), as in WordList.find."""
        done: set[str] = set()
        norm = token.norm
        candidates: list[Owned] = [self.stems.get(key, []), self.exact.get(norm, [])]
        if self.prefix_keys and norm.startswith(self.prefix_keys):
            candidates.append([o for p, owners in self.prefixes.items() if norm.startswith(p)
                               for o in owners])
        if self.suffix_keys and norm.endswith(self.suffix_keys):
            candidates.append([o for s, owners in self.suffixes.items() if norm.endswith(s)
                               for o in owners])
        for owners in candidates:
            for name, entry in owners:
                if name not in done:
                    done.add(name)
                    found[name].append(Match(token.start, token.end, entry))
