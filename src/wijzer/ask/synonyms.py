"""The pack's synonym groups for questions: one group per line, entries separated by commas."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wijzer.errors import PackError, bilingual
from wijzer.text.stems import stem
from wijzer.text.tokens import tokenize

SYNONYMS_FILE = Path("data") / "ask-synonyms.txt"
CONTEXT = "context:"
SCENE = "scene:"
SOCIAL = "social:"
SITUATION = "situation:"
_PREFIXES = (CONTEXT, SCENE, SOCIAL, SITUATION)


def word_parts(text: str) -> list[str]:
    """Folded words of a text, with hyphenated words split into their parts."""
    parts: list[str] = []
    for token in tokenize(text):
        parts += [part for part in token.norm.replace("'", "-").split("-") if part]
    return parts


@dataclass
class Synonyms:
    """Maps words (by stem or exact form) and phrases (stem sequences) to a group name.

    ``context`` holds the groups that set the scene (work, the province) rather than name a
    subject of the guideline. ``scene`` holds the groups that show a question is about social
    media (a platform, a post) without telling which guideline item answers it; ``social`` the
    subjects that are social-media actions (sharing, replying, liking): both make a question
    one about social media. ``situation`` holds subjects that are a guideline matter only
    together with social media (working time, family, anger, IT): alone they are off topic.
    """

    stems: dict[str, str] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    members: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)
    scene: set[str] = field(default_factory=set)
    social: set[str] = field(default_factory=set)
    situation: set[str] = field(default_factory=set)
    _lines: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_file(cls, path: Path) -> Synonyms:
        synonyms = cls()
        if not path.is_file():
            return synonyms
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            line = raw.split("#", 1)[0].strip()
            prefix = next((p for p in _PREFIXES if line.startswith(p)), "")
            entries = [entry.strip() for entry in line.removeprefix(prefix).split(",")]
            entries = [entry for entry in entries if entry]
            if entries:
                name = "~" + "_".join(word_parts(entries[0].lstrip("=")))
                {CONTEXT: synonyms.context, SCENE: synonyms.scene, SOCIAL: synonyms.social,
                 SITUATION: synonyms.situation}.get(prefix, set()).add(name)
                for entry in entries:
                    synonyms._add(entry, name, path, number)
        for options in synonyms.phrases.values():
            options.sort(key=lambda option: -len(option[0]))
        return synonyms

    def _add(self, entry: str, name: str, path: Path, line: int) -> None:
        exact = entry.startswith("=")
        words = word_parts(entry.lstrip("="))
        if not words:
            return
        self.members.update(words)
        if exact:
            table, key = self.exact, words[0]
        elif len(words) == 1:
            table, key = self.stems, stem(words[0])
        else:
            keys = tuple(stem(word) for word in words)
            self.phrases.setdefault(keys[0], []).append((keys, name))
            return
        where = ("=" if exact else "") + key
        if table.get(key, name) != name:
            raise PackError(path, line, bilingual("ask.synonym_twice", entry=entry,
                                                  line=self._lines[where]))
        table[key] = name
        self._lines.setdefault(where, line)

    def names(self) -> set[str]:
        """Every group name."""
        phrases = {name for options in self.phrases.values() for _, name in options}
        return set(self.stems.values()) | set(self.exact.values()) | phrases

    def is_topic(self, term: str) -> bool:
        """Whether a term is a group that names a subject of the guideline."""
        return term.startswith("~") and term not in self.context

    def is_scene(self, term: str) -> bool:
        """Whether a term only shows that a question is about social media."""
        return term in self.scene

    def is_social_media(self, term: str) -> bool:
        """Whether a term shows the question is about social media (scene or action)."""
        return term in self.scene or term in self.social

    def concept(self, word: str, key: str) -> str:
        """The group of a folded word with stem ``key``, or the stem itself."""
        return self.exact.get(word) or self.stems.get(key) or key

    def phrase_at(self, keys: list[str], start: int) -> tuple[str, int] | None:
        """The longest phrase starting at ``start``: its group and length."""
        for phrase, name in self.phrases.get(keys[start], ()):
            if tuple(keys[start:start + len(phrase)]) == phrase:
                return name, len(phrase)
        return None
