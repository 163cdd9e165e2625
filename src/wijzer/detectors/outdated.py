"""Rule type ``outdated.v1``: an old date in a post that presents it as new or upcoming."""

from __future__ import annotations

import datetime as dt
import re
from typing import ClassVar

from wijzer.detectors.base import CheckContext, Hit
from wijzer.detectors.framing import SentenceCues
from wijzer.detectors.outdated_params import Cue, OutdatedParams
from wijzer.pack.model import Pack
from wijzer.text.dates import DateMention, find_absolute_dates, lead_word

_DIGIT = re.compile(r"\d")
_YEARS = ("year", "label")


class OutdatedDetector:
    """Flags a date well before the post date when the post frames it as current.

    A cue (fresh news, a call to action, future tense) must fit the date's age;
    past tense near the date and look-back words anywhere lower the score.
    """

    type_name: ClassVar[str] = "outdated.v1"
    Params = OutdatedParams

    def __init__(self, params: OutdatedParams, pack: Pack) -> None:
        self.params = params
        for name in (*(c.list for c in params.cues), *(c.requires for c in params.cues),
                     params.lookback, params.past):
            if name:
                pack.word_list(name)
        self.ongoing = self._data(pack, params.ongoing_leads)
        self.ignored = self._data(pack, params.ignore_leads)
        self.period_nouns = self._data(pack, params.period_nouns)
        self.not_past = self._data(pack, params.not_past)

    @staticmethod
    def _data(pack: Pack, name: str | None) -> frozenset[str]:
        return frozenset(word.lower() for word in pack.lines(name)) if name else frozenset()

    def detect(self, context: CheckContext) -> list[Hit]:
        text = context.post.text
        if not _DIGIT.search(text):
            return []
        reference = context.reference_date
        dates = [d for d in find_absolute_dates(text, reference, self.params.near_year_days,
                                                self.params.max_dates)
                 if d.last < reference and self._is_candidate(text, d, reference)]
        if not dates:
            return []
        cues = SentenceCues(context.text, context.pack, self.not_past)
        hits = (self._judge(d, reference, cues) for d in dates)
        return [hit for hit in hits if hit is not None]

    def _is_candidate(self, text: str, date: DateMention, reference: dt.date) -> bool:
        """Not a birth date, an old edition label, nor the year a report covers."""
        if date.lead in self.ignored or lead_word(text, date.start) in self.ignored:
            return False
        if date.precision not in _YEARS:
            return True
        year = date.first.year
        if date.precision == "label" and reference.year - year > self.params.max_label_age_years:
            return False
        noun = date.lead if date.precision == "label" else lead_word(text, date.start)
        return not (noun in self.period_nouns and year >= reference.year - 1)

    def _judge(self, date: DateMention, reference: dt.date, cues: SentenceCues) -> Hit | None:
        p = self.params
        age = (reference - date.last).days
        sentence = cues.sentence_of(date.start)
        scored = [s for cue in p.cues if (s := self._cue_score(cue, date, age, sentence, cues))]
        if not scored:
            return None
        score, note = max(scored)
        notes = [note]
        if date.precision in _YEARS:
            score += p.year_delta
            notes.append(f"bare year({p.year_delta:+.2f})")
            if date.precision == "year" and date.first.year == reference.year - 1:
                score += p.last_year_delta
                notes.append(f"last year({p.last_year_delta:+.2f})")
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

    def _cue_score(self, cue: Cue, date: DateMention, age: int, sentence: int,
                   cues: SentenceCues) -> tuple[float, str] | None:
        """How strongly this cue frames a date of this age as current, if at all."""
        needed = (cue.min_age_days if date.precision == "day" else 1
                  if date.precision in _YEARS else cue.min_age_days_period)
        if age < needed or date.precision not in cue.precisions or (
                date.lead in self.ongoing and not cue.ongoing):
            return None
        if cue.requires and cues.first(cue.requires, sentence) is None:
            return None
        span = (date.start, date.end)
        match, score = cues.first(cue.list, sentence, span), cue.score
        if match is None and cue.scope == "post":
            match = cues.first(cue.list, None, span)
            score = cue.score - self.params.distance_penalty
        if match is None:
            return None
        note = f"{cue.list}:'{match.entry}'({score:.2f})"
        marker = self._past_marker(cue, date, sentence, cues) if cue.damped else None
        if marker:
            score += self.params.past_delta
            note += f"; past tense '{marker}'({self.params.past_delta:+.2f})"
        return score, note

    def _past_marker(self, cue: Cue, date: DateMention, sentence: int,
                     cues: SentenceCues) -> str | None:
        """A past-tense word in the date's sentence that is not part of a cue."""
        taken = [m for c in self.params.cues for m in cues.matches(c.list).get(sentence, ())]
        if self.params.past:
            for match in cues.matches(self.params.past).get(sentence, ()):
                if not any(m.start < match.end and match.start < m.end for m in taken):
                    return match.entry
        return cues.past_form(sentence, taken, date.start, cue.participle_damped)
