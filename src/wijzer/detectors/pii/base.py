"""What the personal-data recognisers share: results, resources and the pattern recogniser."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from wijzer.detectors.base import CheckContext, FieldView
from wijzer.detectors.params import ContextWords
from wijzer.detectors.pii.scoring import apply_context
from wijzer.detectors.pii.settings import RecogniserSettings

if TYPE_CHECKING:
    from wijzer.detectors.pii.allow import AllowList
    from wijzer.detectors.pii.persons import PersonFinder
    from wijzer.pack.model import Pack

MAX_CANDIDATES = 200


@dataclass(frozen=True)
class Result:
    """A recognised span in one field view, with its score and what fired."""

    start: int
    end: int
    score: float
    explanation: str


@dataclass(frozen=True)
class Pattern:
    """A named regular expression and the score a match starts at."""

    name: str
    regex: str
    score: float
    flags: int = 0


@dataclass(frozen=True)
class Resources:
    """Pack data every recogniser of one rule may use."""

    pack: Pack
    allow: AllowList
    persons: PersonFinder


@dataclass(frozen=True)
class Scope:
    """The field a recogniser looks at: its view and its kind (text, reply_to, attachments)."""

    view: FieldView
    kind: str


class Recogniser:
    """Base of all recognisers: settings, context rules and the person bonus."""

    NAME: ClassVar[str] = ""
    CONTEXT: ClassVar[tuple[ContextWords, ...]] = ()
    PERSON_DELTA: ClassVar[float] = 0.0
    VARIANTS: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def score_names(cls) -> frozenset[str]:
        """The names ``settings.scores`` may use for this recogniser."""
        return frozenset(cls.VARIANTS)

    def __init__(self, settings: RecogniserSettings, resources: Resources) -> None:
        self.settings = settings
        self.resources = resources
        base = settings.context if settings.context is not None else list(self.CONTEXT)
        self.context: tuple[ContextWords, ...] = (*base, *settings.extra_context)
        delta = settings.person_delta
        self.person_delta = self.PERSON_DELTA if delta is None else delta
        for rule in self.context:
            resources.pack.word_list(rule.list)

    def analyse(self, scope: Scope, context: CheckContext) -> list[Result]:
        raise NotImplementedError

    def finish(self, scope: Scope, context: CheckContext, start: int, end: int, score: float,
               why: list[str]) -> Result:
        """Apply context words and the person bonus to a candidate."""
        score, fired = apply_context(context, scope, start, end, score, self.context)
        if self.person_delta and self.resources.persons.near(scope, context, start, end):
            score = max(0.0, min(1.0, score + self.person_delta))
            fired.append(f"person mentioned nearby({self.person_delta:+.2f})")
        return Result(start, end, score, "; ".join([self.NAME, *why, *fired]))


class PatternRecogniser(Recogniser):
    """Regexes with a starting score; :meth:`validate` raises, lowers or drops a match."""

    PATTERNS: ClassVar[tuple[Pattern, ...]] = ()
    TRIGGER: ClassVar[re.Pattern[str] | None] = None

    def __init__(self, settings: RecogniserSettings, resources: Resources) -> None:
        super().__init__(settings, resources)
        self.patterns = [(p.name, re.compile(p.regex, p.flags),
                          settings.scores.get(p.name, p.score)) for p in self.PATTERNS]

    @classmethod
    def score_names(cls) -> frozenset[str]:
        return frozenset((*cls.VARIANTS, *(pattern.name for pattern in cls.PATTERNS)))

    def score(self, name: str, default: float) -> float:
        return self.settings.scores.get(name, default)

    def analyse(self, scope: Scope, context: CheckContext) -> list[Result]:
        text = scope.view.text
        if self.TRIGGER is not None and not self.TRIGGER.search(text):
            return []
        results: list[Result] = []
        for name, regex, score in self.patterns:
            for count, match in enumerate(regex.finditer(text)):
                if count >= MAX_CANDIDATES:
                    break
                checked = self.validate(match, score, text)
                if checked is None:
                    continue
                start, end, value, why = checked
                results.append(self.finish(scope, context, start, end, value,
                                           [f"pattern {name}", why]))
        return results

    def validate(self, match: re.Match[str], score: float,
                 text: str) -> tuple[int, int, float, str] | None:
        """Span, score and reason for a match, or None to drop it."""
        return match.start(), match.end(), score, "no validation"
