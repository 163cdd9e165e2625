"""The pack's ``faq.yml``: schema, lazy loading and validation against the guideline."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError, field_validator

from wijzer.domain import LocalText
from wijzer.errors import PackError, bilingual
from wijzer.pack.loader import validation_error
from wijzer.pack.model import Pack
from wijzer.pack.schema import Strict, Text
from wijzer.pack.yamlfile import YamlError, line_for, load_yaml

FAQ_FILE = "faq.yml"


class Alternatives(Strict):
    """Other ways people ask the same question, per language."""

    nl: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)


class FaqItem(Strict):
    """One curated question with its answer and the guideline entries it rests on."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    question: Text
    answer: Text
    guidelines: list[str] = Field(min_length=1)
    alternatives: Alternatives

    def phrasings(self) -> list[tuple[str, str]]:
        """Every (language, text) way of asking this question."""
        return ([("nl", self.question.nl), ("en", self.question.en)]
                + [("nl", text) for text in self.alternatives.nl]
                + [("en", text) for text in self.alternatives.en])


class RankerSettings(Strict):
    """The learned ranker (``wijzer train-ask``): its model file and how much its vote counts.

    A document's score is ``(1 - weight) * retrieval + weight * probability``; the no-answer
    thresholds below apply to that mixed score (the FAQ's own ones when left out).
    ``max_none``: no answer either when the model gives "the guideline does not answer this"
    more than this probability, however well some document matches.
    """

    model: str = Field(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_./-]*$")
    weight: float = Field(ge=0.0, le=1.0)
    min_score: float | None = Field(ge=0.0, le=1.0, default=None)
    min_score_social_media: float | None = Field(ge=0.0, le=1.0, default=None)
    max_none: float = Field(gt=0.0, le=1.0, default=1.0)

    @field_validator("model")
    @classmethod
    def _inside_pack(cls, value: str) -> str:
        if ".." in value.split("/"):
            raise ValueError("the model file must lie inside the pack")
        return value

    def threshold(self, social_media: bool) -> float | None:
        """The lowest mixed score that still gets an answer, if the ranker sets its own."""
        if social_media and self.min_score_social_media is not None:
            return self.min_score_social_media
        return self.min_score


class FaqFile(Strict):
    """``faq.yml``: the no-answer thresholds and the questions."""

    min_score: float = Field(ge=0.0, le=1.0, default=0.3)
    # A question that names a platform or a post is about social media: the guideline covers
    # it, so a weaker match still answers it better than "no answer" would.
    min_score_social_media: float | None = Field(ge=0.0, le=1.0, default=None)
    ranker: RankerSettings | None = None
    questions: list[FaqItem] = Field(min_length=1)

    def threshold(self, social_media: bool) -> float:
        """The lowest score that still gets an answer."""
        if social_media and self.min_score_social_media is not None:
            return self.min_score_social_media
        return self.min_score

    def item(self, faq_id: str) -> FaqItem | None:
        return next((item for item in self.questions if item.id == faq_id), None)


def load_faq(pack: Pack) -> FaqFile:
    """The pack's FAQ, read and validated on first use (not when the pack loads)."""
    return _load(pack.root / FAQ_FILE, tuple(pack.entries))


@lru_cache(maxsize=8)
def _load(path: Path, entry_ids: tuple[str, ...]) -> FaqFile:
    if not path.is_file():
        raise PackError(path, 1, bilingual("file.missing", path=path.name))
    try:
        data, lines = load_yaml(path)
    except YamlError as exc:
        raise PackError(path, exc.line, LocalText(exc.problem, exc.problem)) from None
    try:
        faq = FaqFile.model_validate(data)
    except ValidationError as exc:
        raise validation_error(path, exc, lines) from None
    seen: set[str] = set()
    for index, item in enumerate(faq.questions):
        if item.id in seen:
            raise PackError(path, line_for(lines, ("questions", index, "id")),
                            bilingual("pack.duplicate_ref", kind="FAQ id", value=item.id))
        seen.add(item.id)
        for position, guideline in enumerate(item.guidelines):
            if guideline not in entry_ids:
                where = ("questions", index, "guidelines", position)
                raise PackError(path, line_for(lines, where),
                                bilingual("pack.unknown_ref", kind="guideline id",
                                          value=guideline))
    return faq
