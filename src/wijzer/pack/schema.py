"""The shape of a policy pack's files; unknown keys are errors."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from wijzer.domain import LocalText, Severity
from wijzer.pack.yamlfile import Location

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


# A problem with an id in a pack data file: where, what kind of id, the id, and whether it is
# "unknown" (refers to nothing) or a "duplicate".
Reference = tuple[Location, str, str, Literal["unknown", "duplicate"]]


def _duplicates(prefix: Location, kind: str, ids: list[str]) -> list[Reference]:
    seen: set[str] = set()
    found: list[Reference] = []
    for index, value in enumerate(ids):
        if value in seen:
            found.append(((*prefix, index, "id"), kind, value, "duplicate"))
        seen.add(value)
    return found


def _unknown(where: Location, kind: str, ids: list[str], known: set[str]) -> list[Reference]:
    return [((*where, index), kind, value, "unknown")
            for index, value in enumerate(ids) if value not in known]


class PackDataFile(Strict):
    """An extra data file of a pack, read on first use by ``loader.load_pack_data``."""

    def problems(self, guideline_ids: set[str]) -> list[Reference]:
        """Ids that refer to nothing or occur twice; the loader names file and line."""
        return []


class ChecklistAdvice(Strict):
    """What to do after an honest "no" or "not sure": wait, adjust or consult."""

    action: Literal["wait", "adjust", "consult"]
    text: Text


class ChecklistQuestion(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    guidelines: list[str] = Field(min_length=1)
    question: Text
    if_no: ChecklistAdvice
    if_unsure: ChecklistAdvice


class ChecklistFile(PackDataFile):
    """``checklist.yml``: the questions to ask oneself before posting, with advice per answer."""

    intro: Text
    all_yes: Text
    questions: list[ChecklistQuestion] = Field(min_length=1)

    def problems(self, guideline_ids: set[str]) -> list[Reference]:
        """Duplicate question ids and unknown guideline ids."""
        found = _duplicates(("questions",), "question id", [q.id for q in self.questions])
        for index, question in enumerate(self.questions):
            found += _unknown(("questions", index, "guidelines"), "guideline id",
                              question.guidelines, guideline_ids)
        return found


class ScanOption(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    label: Text
    scores: dict[str, int] = Field(default_factory=dict)
    tips: list[str] = Field(default_factory=list)


class ScanQuestion(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    question: Text
    multiple: bool = False
    options: list[ScanOption] = Field(min_length=2)


class ScanProfile(Strict):
    """A profile applies when every named score reaches its minimum; the first match wins."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: Text
    description: Text
    minimum: dict[str, int] = Field(default_factory=dict)
    tips: list[str] = Field(default_factory=list)


class ScanTip(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    text: Text
    guidelines: list[str] = Field(min_length=1)


class SelfScanSpec(Strict):
    title: Text
    intro: Text
    questions: list[ScanQuestion] = Field(min_length=1)
    profiles: list[ScanProfile] = Field(min_length=1)
    tips: list[ScanTip] = Field(min_length=1)


class QuizSpec(Strict):
    title: Text
    intro: Text
    questions: int = Field(ge=2, le=50, default=8)
    pass_explanation: Text  # {topic}: the subject the post comes close to


class WorkshopFile(PackDataFile):
    """``workshop.yml``: the self-scan "how active are you?" and the "mag dit?" quiz."""

    selfscan: SelfScanSpec
    quiz: QuizSpec

    def problems(self, guideline_ids: set[str]) -> list[Reference]:
        """Duplicate ids, unknown guideline ids and unknown tip ids."""
        scan = self.selfscan
        tips = {tip.id for tip in scan.tips}
        found = _duplicates(("selfscan", "questions"), "question id",
                            [q.id for q in scan.questions])
        found += _duplicates(("selfscan", "profiles"), "profile id", [p.id for p in scan.profiles])
        found += _duplicates(("selfscan", "tips"), "tip id", [tip.id for tip in scan.tips])
        for index, tip in enumerate(scan.tips):
            found += _unknown(("selfscan", "tips", index, "guidelines"), "guideline id",
                              tip.guidelines, guideline_ids)
        for q_index, question in enumerate(scan.questions):
            where: Location = ("selfscan", "questions", q_index, "options")
            found += _duplicates(where, "option id", [o.id for o in question.options])
            for o_index, option in enumerate(question.options):
                found += _unknown((*where, o_index, "tips"), "tip id", option.tips, tips)
        for p_index, profile in enumerate(scan.profiles):
            found += _unknown(("selfscan", "profiles", p_index, "tips"), "tip id",
                              profile.tips, tips)
        return found
