"""Parameters of the ``outdated.v1`` rule type."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from wijzer.detectors.params import DetectorParams

Precision = Literal["day", "month", "season", "quarter", "year", "label"]


class Cue(DetectorParams):
    """Words that frame a date as news, a call to action or something still to come.

    The cue counts for a date at least ``min_age_days`` old (a day given) or
    ``min_age_days_period`` old (a month, season or quarter; a bare year counts
    once it has passed). ``scope: post`` also counts cues in other sentences,
    minus the detector's ``distance_penalty``; ``requires`` names a list that
    must also occur in the date's sentence. Past tense in the date's sentence
    lowers the score when ``damped``; so does a Dutch past participle anywhere in
    the sentence (``participles: sentence``), right before the date
    ("ontvangen op 4 juni", ``adjacent``) or ``never`` ("wordt geopend op").
    ``ongoing`` lets the cue count for a day or month after "sinds"/"since".
    ``precisions``: the kinds of date the cue applies to.
    """

    list: str
    score: float = Field(ge=0.0, le=1.0)
    min_age_days: int = Field(ge=0, default=60)
    min_age_days_period: int = Field(ge=0, default=60)
    scope: Literal["post", "sentence"] = "post"
    requires: str | None = None
    damped: bool = True
    participles: Literal["sentence", "adjacent", "never"] = "adjacent"
    ongoing: bool = False
    precisions: tuple[Precision, ...] = ("day", "month", "season", "quarter", "year", "label")


class OutdatedParams(DetectorParams):
    """Cues, suppressing words and score adjustments.

    ``lookback`` (a word list anywhere in the post) and ``past`` (a word list in
    the date's sentence) lower the score. Data files: ``ongoing_leads`` (words
    such as "sinds" that start an ongoing period), ``ignore_leads`` (words such
    as "geboren" after which a date is never news), ``period_nouns`` (a year
    after "jaarverslag" is the period covered) and ``not_past`` (words shaped
    like a Dutch past form that are not one).
    A bare year gets ``year_delta``, last year's after a preposition also
    ``last_year_delta``; a year naming an edition ("Fietsvierdaagse 2023") counts
    up to ``max_label_age_years`` back. ``near_year_days``: how close the
    previous or next year must be to win for a date written without a year.
    """

    cues: list[Cue] = Field(min_length=1)
    lookback: str | None = None
    lookback_delta: float = Field(ge=-1.0, le=0.0, default=-0.6)
    past: str | None = None
    past_delta: float = Field(ge=-1.0, le=0.0, default=-0.3)
    not_past: str | None = None
    ongoing_leads: str | None = None
    ignore_leads: str | None = None
    period_nouns: str | None = None
    year_delta: float = Field(ge=-1.0, le=0.0, default=-0.1)
    last_year_delta: float = Field(ge=-1.0, le=0.0, default=-0.15)
    max_label_age_years: int = Field(ge=1, default=10)
    distance_penalty: float = Field(ge=0.0, le=1.0, default=0.1)
    near_year_days: int = Field(ge=0, le=183, default=92)
    max_dates: int = Field(ge=1, default=200)
