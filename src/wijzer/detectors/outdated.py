"""Rule type ``outdated.v1``: an old date in a post that presents it as new or upcoming."""

from __future__ import annotations

import datetime as dt
import re
from typing import ClassVar, Literal

from pydantic import Field

from wijzer.detectors.base import CheckContext, Hit
from wijzer.detectors.framing import SentenceCues
from wijzer.detectors.params import DetectorParams
from wijzer.pack.model import Pack
from wijzer.text.dates import DateMention, find_absolute_dates, lead_word

_DIGIT = re.compile(r"\d")


class Cue(DetectorParams):
    """Words that frame a date as news, a call to action or something still to come.

    The cue counts for a date at least ``min_age_days`` old (a day given) or
    ``min_age_days_period`` old (a month, season or quarter; a bare year counts
    once it has passed). ``scope: post`` also counts cues in other sentences,
    minus the detector's ``distance_penalty``; ``requires`` names a list that
    must also occur in the date's sentence.
    """

    list: str
    score: float = Field(ge=0.0, le=1.0)
    min_age_days: int = Field(ge=0, default=60)
    min_age_days_period: int = Field(ge=0, default=60)
    scope: Literal["post", "sentence"] = "post"
    requires: str | None = None


class OutdatedParams(DetectorParams):
    cues: list[Cue] = Field(min_length=1)
    lookback: str | None = None
    lookback_delta: float = Field(ge=-1.0, le=0.0, default=-0.6)
    past: str | None = None
    past_delta: float = Field(ge=-1.0, le=0.0, default=-0.3)
    participles: bool = True
    not_participles: str | None = None
    ongoing_leads: str | None = None
    period_nouns: str | None = None
    year_delta: float = Field(ge=-1.0, le=0.0, default=-0.1)
    distance_penalty: float = Field(ge=0.0, le=1.0, default=0.1)
    near_year_days: int = Field(ge=0, le=183, default=92)
    max_dates: int = Field(ge=1, default=200)


class OutdatedDetector:
    """Flags a date well before the post date when the post frames it as current."""

    type_name: ClassVar[str] = "outdated.v1"
    Params = OutdatedParams

    def __init__(self, params: OutdatedParams, pack: Pack) -> None:
        self.params = params
        for name in (*(c.list for c in params.cues), *(c.requires for c in params.cues),
                     params.lookback, params.past):
            if name:
                pack.word_list(name)
        self.ongoing = frozenset(pack.lines(params.ongoing_leads) if params.ongoing_leads else ())
        self.period_nouns = frozenset(
            pack.lines(params.period_nouns) if params.period_nouns else ())
        self.not_participles = frozenset(
            pack.lines(params.not_participles) if params.not_participles else ())

    def detect(self, context: CheckContext) -> list[Hit]:
        text = context.post.text
        if not _DIGIT.search(text):
            return []
        reference = context.reference_date
        dates = [d for d in find_absolute_dates(text, reference, self.params.near_year_days,
                                                self.params.max_dates)
                 if d.last < reference and self._is_candidate(text, d)]
        if not dates:
            return []
        cues = SentenceCues(context.text, context.pack)
        hits = [self._judge(text, d, reference, cues) for d in dates]
        return [hit for hit in hits if hit is not None]

    def _is_candidate(self, text: str, date: DateMention) -> bool:
        """Not the start of something still going on ("sinds 2021"), nor the period a
        report covers ("de cijfers van 2024")."""
        if date.lead in self.ongoing:
            return False
        if date.precision == "year" and date.lead:
            return lead_word(text, date.start) not in self.period_nouns
        return True

    def _judge(self, text: str, date: DateMention, reference: dt.date,
               cues: SentenceCues) -> Hit | None:
        p = self.params
        age = (reference - date.last).days
        sentence = cues.sentence_of(date.start)
        best = self._best_cue(date, age, sentence, cues)
        if best is None:
            return None
        score, notes = best
        if date.precision == "year":
            score += p.year_delta
            notes.append(f"bare year({p.year_delta:+.2f})")
        if (marker := self._past_marker(sentence, cues)) is not None:
            score += p.past_delta
            notes.append(f"past tense '{marker}'({p.past_delta:+.2f})")
        if p.lookback and (back := cues.first(p.lookback)) is not None:
            score += p.lookback_delta
            notes.append(f"look back '{back.entry}'({p.lookback_delta:+.2f})")
        score = round(max(0.0, min(1.0, score)), 3)
        if score <= 0.0:
            return None
        year_note = "" if date.year_given else f", no year given so read as {date.last.year}"
        explanation = (f"{date.precision} ending {date.last.isoformat()} is {age} days before "
                       f"the post date {reference.isoformat()}{year_note}; " + "; ".join(notes))
        return Hit(date.start, date.end, score, "text", explanation)

    def _best_cue(self, date: DateMention, age: int, sentence: int,
                  cues: SentenceCues) -> tuple[float, list[str]] | None:
        """The strongest cue that frames a date this old as current."""
        best: tuple[float, list[str]] | None = None
        for cue in self.params.cues:
            needed = (cue.min_age_days if date.precision == "day" else 1
                      if date.precision == "year" else cue.min_age_days_period)
            if age < needed or (cue.requires and cues.first(cue.requires, sentence) is None):
                continue
            match, score = cues.first(cue.list, sentence), cue.score
            if match is None and cue.scope == "post":
                match, score = cues.first(cue.list), cue.score - self.params.distance_penalty
            if match is not None and (best is None or score > best[0]):
                best = (score, [f"{cue.list}:'{match.entry}'({score:.2f})"])
        return best

    def _past_marker(self, sentence: int, cues: SentenceCues) -> str | None:
        """A past-tense word in the date's sentence that is not part of a cue."""
        taken = [m for cue in self.params.cues for m in cues.matches(cue.list).get(sentence, ())]
        if self.params.past:
            for match in cues.matches(self.params.past).get(sentence, ()):
                if not any(m.start < match.end and match.start < m.end for m in taken):
                    return match.entry
        if not self.params.participles:
            return None
        return cues.participle(sentence, self.not_participles, taken)
