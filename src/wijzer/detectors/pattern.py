"""Rule type ``pattern.v1``: regular expressions, with context."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from pydantic import Field, field_validator

from wijzer.detectors.base import CheckContext, Hit
from wijzer.detectors.context import adjust, field_view
from wijzer.detectors.params import ContextWords, DetectorParams
from wijzer.pack.model import Pack


class PatternParams(DetectorParams):
    patterns: list[str] = Field(min_length=1)
    field: Literal["text", "reply_to", "attachments"] = "text"
    case_sensitive: bool = False
    score: float = Field(ge=0.0, le=1.0, default=0.8)
    context: list[ContextWords] = Field(default_factory=list)
    # A cheap pre-check: the patterns only run on a field that contains one of these
    # strings (case-insensitive). Every match of every pattern must contain one of them.
    requires_any: list[str] = Field(default_factory=list)

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from exc
        return patterns


class PatternDetector:
    """Flags matches of regular expressions; nearby words adjust the score."""

    type_name: ClassVar[str] = "pattern.v1"
    Params = PatternParams

    def __init__(self, params: PatternParams, pack: Pack) -> None:
        self.params = params
        flags = 0 if params.case_sensitive else re.IGNORECASE
        self.regexes = [re.compile(pattern, flags) for pattern in params.patterns]
        self.required = tuple(word.casefold() for word in params.requires_any)
        for rule in params.context:
            pack.word_list(rule.list)

    def detect(self, context: CheckContext) -> list[Hit]:
        view = field_view(context, self.params.field)
        if self.required:
            folded = view.text.casefold()
            if not any(word in folded for word in self.required):
                return []
        hits = []
        for regex in self.regexes:
            for match in regex.finditer(view.text):
                if match.end() == match.start():
                    continue
                score, fired = adjust(context, view, match.start(), match.end(),
                                      self.params.score, self.params.context)
                explanation = "; ".join([f"pattern {regex.pattern!r}", *fired])
                hits.append(Hit(match.start(), match.end(), score, self.params.field,
                                explanation))
        return hits
