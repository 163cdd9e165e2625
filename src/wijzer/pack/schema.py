"""The shape of a policy pack's files; unknown keys are errors."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from wijzer.domain import LocalText, Severity

CATEGORY_IDS = (
    "tone", "harm_organisation", "confidential", "spokesperson", "political", "speculation",
    "personal_data", "quoting_colleague", "copyright", "unmarked_opinion", "media_inquiry",
    "outdated",
)
HISTORY_CATEGORY_IDS = ("dosage", "focus")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    nl: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def local(self) -> LocalText:
        return LocalText(nl=self.nl, en=self.en)


class CategorySpec(Strict):
    severity: Severity
    title: Text
    history: bool = False


class PlatformSpec(Strict):
    name: str
    max_chars: int = Field(gt=0)
    typical_hashtags: int = Field(ge=0, default=3)
    note: Text | None = None


class SubjectSpec(Strict):
    """A subject for the history audit's focus (rule 7): its title and its word list."""

    title: Text
    list: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    work: bool = True  # one of the organisation's own fields, not a private topic


class PackFile(Strict):
    """``pack.yml``: identity, categories, verdict advice and settings."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    name: Text
    version: str
    organisation: str
    contact: Text
    default_language: Literal["nl", "en"] = "nl"
    max_text_chars: int = Field(gt=0, default=10_000)
    categories: dict[str, CategorySpec]
    verdict_advice: dict[Literal["green", "orange", "red"], Text]
    suppress: dict[str, list[str]] = Field(default_factory=dict)
    platforms: dict[str, PlatformSpec]
    settings: dict[str, Any] = Field(default_factory=dict)
    subjects: dict[str, SubjectSpec] = Field(default_factory=dict)


class SourceRef(Strict):
    """Where in the guideline an entry comes from."""

    kind: Literal["rule", "rule_point", "integrity_code", "protocol", "checklist", "advice",
                  "introduction"]
    rule: int | None = None
    point: int | None = None
    question: int | None = None
    quote: str = Field(min_length=1)


class GuidelineEntry(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9.-]*$")
    title: Text
    explanation: Text
    source: SourceRef
    related: list[str] = Field(default_factory=list)


class GuidelineFile(Strict):
    title: Text
    source_document: str
    entries: list[GuidelineEntry]


class ExampleAttachment(Strict):
    type: str = "image"
    credit: str | None = None
    note: str | None = None


class Example(Strict):
    text: str
    platform: str = "linkedin"
    reply_to: str | None = None
    posted_at: str | None = None
    attachments: list[ExampleAttachment] = Field(default_factory=list)


class Examples(Strict):
    flag: list[str | Example] = Field(min_length=1)
    passes: list[str | Example] = Field(min_length=1, alias="pass")


class RuleDoc(Strict):
    what: Text
    why: Text
    instead: Text


class RuleFile(Strict):
    """``rules/<category>/<name>.yml``: one rule; its id is derived from the path."""

    type: str
    category: str
    guidelines: list[str] = Field(min_length=1)
    severity: Severity | None = None
    threshold: float = Field(ge=0.0, le=1.0, default=0.5)
    # A fallback rule reports only when no other rule of its category found something,
    # so one problem is not explained twice (the classifier backs up the specific rules).
    fallback: bool = False
    message: Text
    suggestion: Text | None = None
    doc: RuleDoc
    params: dict[str, Any] = Field(default_factory=dict)
    examples: Examples
