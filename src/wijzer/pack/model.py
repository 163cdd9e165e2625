"""A loaded policy pack: guideline entries, compiled rules, word lists, settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wijzer.domain import LocalText, Severity
from wijzer.pack.listset import ListSet
from wijzer.pack.schema import GuidelineEntry, GuidelineFile, PackFile, RuleFile
from wijzer.pack.wordlist import WordList

if TYPE_CHECKING:
    from wijzer.detectors.base import Detector

ALL = ("*",)  # the key of the merged set of all lists


@dataclass
class Rule:
    """One rule of the pack with its detector built."""

    id: str
    spec: RuleFile
    path: Path
    severity: Severity
    detector: Detector

    @property
    def category(self) -> str:
        return self.spec.category

    @property
    def guidelines(self) -> tuple[str, ...]:
        return tuple(self.spec.guidelines)


@dataclass
class Pack:
    """Everything a checker needs from one organisation's policy."""

    root: Path
    meta: PackFile
    guideline: GuidelineFile
    rules: list[Rule] = field(default_factory=list)
    _lists: dict[str, WordList] = field(default_factory=dict)
    _list_sets: dict[tuple[str, ...], ListSet] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def entries(self) -> dict[str, GuidelineEntry]:
        return {entry.id: entry for entry in self.guideline.entries}

    def rule(self, rule_id: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)

    def word_list(self, name: str) -> WordList:
        """The word list ``lists/<name>.txt``, compiled once."""
        if name not in self._lists:
            self._lists[name] = WordList.from_file(self.root / "lists" / f"{name}.txt")
        return self._lists[name]

    def list_set(self, names: tuple[str, ...]) -> ListSet:
        """Several word lists merged for one-pass matching, built once."""
        if names not in self._list_sets:
            self._list_sets[names] = ListSet(self, list(names))
        return self._list_sets[names]

    def list_names(self) -> tuple[str, ...]:
        """Every word list of the pack (``lists/*.txt``), sorted."""
        return tuple(sorted(path.stem for path in (self.root / "lists").glob("*.txt")))

    def all_lists(self) -> ListSet:
        """All word lists merged, so one pass over a text answers every list (built once)."""
        if ALL not in self._list_sets:
            self._list_sets[ALL] = ListSet(self, list(self.list_names()))
        return self._list_sets[ALL]

    def lines(self, name: str) -> list[str]:
        """A plain data file ``data/<name>.txt`` (allow-lists), comments removed."""
        path = self.root / "data" / f"{name}.txt"
        entries = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
        return [entry for entry in entries if entry]

    def setting(self, name: str, default: Any = None) -> Any:
        return self.meta.settings.get(name, default)

    def path(self, relative: str) -> Path:
        return self.root / relative

    def category_title(self, category: str) -> LocalText:
        spec = self.meta.categories.get(category)
        return spec.title.local() if spec else LocalText(category, category)

    def severity(self, category: str) -> Severity:
        return self.meta.categories[category].severity
