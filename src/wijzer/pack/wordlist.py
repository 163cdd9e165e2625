"""Word lists matched on stems, compound parts, phrases and emoji.

One entry per line; ``#`` starts a comment. Entry forms:

- ``woord``: any inflection of the word (matched on its stem);
- ``woord*``: the word as the first part of a compound ("kut*" in "kutorganisatie");
- ``*woord``: the word as the last part of a compound ("*idioot" in "randidioot");
- ``een paar woorden``: a phrase, every word matched on its stem; inside a phrase, ``*woord``
  and ``woord*`` match compound parts ("interne *rapportage" finds "interne inspectierapportage");
- ``=woord``: this exact form only;
- ``~🤡``: a literal string (emoji, punctuation) found anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wijzer.text.stems import stem
from wijzer.text.tokens import Token, fold, tokenize

MIN_STEM = 4


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    entry: str


@dataclass
class WordList:
    """A compiled word list."""

    name: str
    stems: dict[str, str] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)
    suffixes: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    wild_phrases: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    wild_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    literals: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_lines(cls, name: str, lines: list[str]) -> WordList:
        words = cls(name)
        for raw in lines:
            literal = raw.lstrip().startswith("~")
            entry = raw.strip() if literal else raw.split("#", 1)[0].strip()
            if entry:
                words.add(entry)
        return words

    @classmethod
    def from_file(cls, path: Path) -> WordList:
        return cls.from_lines(path.stem, path.read_text(encoding="utf-8").splitlines())

    def add(self, entry: str) -> None:
        if entry.startswith("~"):
            self.literals[entry[1:]] = entry
        elif entry.startswith("="):
            self.exact[fold(entry[1:])] = entry
        elif entry.endswith("*") and " " not in entry:
            self.prefixes[fold(entry[:-1])] = entry
        elif entry.startswith("*") and " " not in entry:
            self.suffixes[fold(entry[1:])] = entry
        elif " " in entry and "*" in entry:
            keys = tuple(_wild_key(word) for word in entry.split())
            if "*" in keys[0]:
                self.wild_phrases.append((keys, entry))
            else:  # the usual case: indexed by its first (plain) word
                self.wild_by_first.setdefault(keys[0], []).append((keys, entry))
        else:
            tokens = tokenize(entry)
            keys = tuple(stem(token.norm) for token in tokens)
            if len(keys) == 1 and len(keys[0]) < MIN_STEM:
                # A stem this short collides with other words ("tering" -> "ter").
                self.exact[tokens[0].norm] = entry
            elif len(keys) == 1:
                self.stems[keys[0]] = entry
            elif keys:
                self.phrases.setdefault(keys[0], []).append((keys, entry))

    def __len__(self) -> int:
        return (len(self.stems) + len(self.exact) + len(self.prefixes) + len(self.suffixes)
                + sum(len(v) for v in self.phrases.values()) + len(self.literals)
                + len(self.wild_phrases) + sum(len(v) for v in self.wild_by_first.values()))

    def find(self, text: str, tokens: list[Token], stems: list[str]) -> list[Match]:
        """All places in the text where an entry occurs."""
        found: list[Match] = []
        prefix_keys = tuple(self.prefixes)
        suffix_keys = tuple(self.suffixes)
        for index, token in enumerate(tokens):
            key = stems[index]
            norm = token.norm
            if key in self.stems:
                found.append(Match(token.start, token.end, self.stems[key]))
            elif norm in self.exact:
                found.append(Match(token.start, token.end, self.exact[norm]))
            elif prefix_keys and norm.startswith(prefix_keys):
                entry = next(p for p in self.prefixes if norm.startswith(p))
                found.append(Match(token.start, token.end, self.prefixes[entry]))
            elif suffix_keys and norm.endswith(suffix_keys):
                entry = next(s for s in self.suffixes if norm.endswith(s))
                found.append(Match(token.start, token.end, self.suffixes[entry]))
            for keys, entry in self.phrases.get(key, ()):
                end_index = index + len(keys)
                if tuple(stems[index:end_index]) == keys:
                    found.append(Match(token.start, tokens[end_index - 1].end, entry))
            for keys, entry in self.wild_by_first.get(key, ()):
                end_index = index + len(keys)
                if end_index <= len(tokens) and all(
                        word_fits(k, tokens[index + j], stems[index + j])
                        for j, k in enumerate(keys[1:], start=1)):
                    found.append(Match(token.start, tokens[end_index - 1].end, entry))
        for keys, entry in self.wild_phrases:
            found += wild_matches(keys, entry, tokens, stems)
        for literal, entry in self.literals.items():
            position = text.find(literal)
            while position >= 0:
                found.append(Match(position, position + len(literal), entry))
                position = text.find(literal, position + len(literal))
        return found


def _wild_key(word: str) -> str:
    """A phrase word: ``*x`` (compound head), ``x*`` (compound modifier) or a stem."""
    if word.startswith("*"):
        return "*" + fold(word[1:])
    if word.endswith("*"):
        return fold(word[:-1]) + "*"
    return stem(fold(word))


def word_fits(key: str, token: Token, token_stem: str) -> bool:
    if key.startswith("*"):
        return token.norm.endswith(key[1:])
    if key.endswith("*"):
        return token.norm.startswith(key[:-1])
    return token_stem == key


def wild_matches(keys: tuple[str, ...], entry: str, tokens: list[Token],
                  stems: list[str]) -> list[Match]:
    size = len(keys)
    return [Match(tokens[i].start, tokens[i + size - 1].end, entry)
            for i in range(len(tokens) - size + 1)
            if all(word_fits(key, tokens[i + j], stems[i + j]) for j, key in enumerate(keys))]
