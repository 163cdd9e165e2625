"""Parameters of the personal-data rule type and of each recogniser in it."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from wijzer.detectors.params import ContextWords, DetectorParams

RecogniserName = Literal["bsn", "iban", "phone", "email", "address", "plate", "health", "case",
                         "attachment"]
FieldName = Literal["text", "reply_to", "attachments"]
Score = Annotated[float, Field(ge=0.0, le=1.0)]


class RecogniserSettings(DetectorParams):
    """Overrides of one recogniser's class defaults; anything left out keeps its default.

    ``scores`` maps a pattern or variant name to its starting score (bsn:
    plain, grouped, invalid; iban: iban, compact; phone: mobile, fixed_line,
    work, ...; email: email, obfuscated, work, private; address: street,
    residence, number-first, postcode; plate: hyphenated, old-hyphenated,
    plain; attachment: anchor); ``context``
    replaces the default context rules, ``extra_context`` adds to them;
    ``lists`` maps sensitive word lists to their starting score (health, case,
    attachment); ``window`` is the distance in tokens between a person mention
    and a sensitive word; ``person_delta`` is added when a person is mentioned
    near an identifier. ``anchors`` and ``people`` (attachment) name the lists
    of data words and person nouns that count together ("namen van bewoners").
    """

    scores: dict[str, Score] = Field(default_factory=dict)
    context: list[ContextWords] | None = None
    extra_context: list[ContextWords] = Field(default_factory=list)
    lists: dict[str, Score] | None = None
    window: int | None = Field(default=None, ge=1, le=100)
    person_delta: float | None = Field(default=None, ge=-1.0, le=1.0)
    anchors: str | None = None
    people: str | None = None


class PersonalDataParams(DetectorParams):
    """Which recognisers run, on which fields, with which allow-lists."""

    recognisers: list[RecogniserName] = Field(min_length=1)
    fields: list[FieldName] = Field(default=["text"])
    settings: dict[RecogniserName, RecogniserSettings] = Field(default_factory=dict)
    allow: list[str] = Field(default=["pd-allow-contacts"])
    work: list[str] = Field(default=["pd-work-contacts"])
    first_names: str = "pd-first-names"
    max_results: int = Field(default=25, ge=1, le=1000)

    @model_validator(mode="after")
    def _known_scores(self) -> PersonalDataParams:
        from wijzer.detectors.pii.catalogue import RECOGNISERS

        for name, settings in self.settings.items():
            known = RECOGNISERS[name].score_names()
            unknown = sorted(set(settings.scores) - known)
            if unknown:
                raise ValueError(f"settings.{name}.scores: unknown {', '.join(unknown)}; "
                                 f"known: {', '.join(sorted(known)) or 'none'}")
        return self
