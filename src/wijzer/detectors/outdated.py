"""Rule type ``outdated.v1``: an old date in a post that presents it as new or upcoming."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from wijzer.detectors.base import CheckContext, Hit
from wijzer.detectors.framing import SentenceCues
from wijzer.detectors.outdated_params import Cue, OutdatedParams
from wijzer.pack.model import Pack
from wijzer.text.date_patterns import lead_word
from wijzer.text.dates import DateMention, find_absolute_dates

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
        names = (*(c.list for c in params.cues), *(c.requires for c in params.cues),
                 params.lookback, params.past)
        for name in names:
            if name:
                pack.word_list(name)  # a missing list is a pack error at load time
        self.cues = sorted(params.cues, key=lambda cue: -cue.score)
        self.cue_lists = tuple(dict.fromkeys(cue.list for cue in params.cues))
        self.ongoing = self._data(pack, params.ongoing_leads)
        self.ignored = self._data(pack, params.ignore_leads)
        self.period_nouns = tuple(self._data(pack, params.period_nouns))
        self.not_past = self._data(pack, params.not_past)

    @staticmethod
    def _data(pack: Pack, name: str | None) -> frozenset[str]:
        return frozenset(word.lower() for word in pack.lines(name)) if name else frozenset()

    def detect(self, context: CheckContext) -> list[Hit]:
        text = context.post.text
        reference = context.reference_date
        dates = [d for d in find_absolute_dates(text, reference, self.params.near_year_days,
                                                self.params.max_dates)
                 if d.last < reference and self._is_candidate(text, d, reference)]
        if not dates:
            return []
        cues = SentenceCues(context.text, context.pack, self.cue_lists, self.params.past,
                            self.not_past)
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
        covered = noun.endswith(self.period_nouns) if self.period_nouns else False
        return not (covered and year >= reference.year - 1)

    def _judge(self, date: DateMention, reference: dt.date, cues: SentenceCues) -> Hit | None:
        p = self.params
        age = (reference - date.last).days
        sentence = cues.sentence_of(date.start)
        best: tuple[float, str] | None = None
        for cue in self.cues:  # strongest first: stop when no cue left can do better
            if best is not None and best[0] >= cue.score:
                break
            scored = self._cue_score(cue, date, age, sentence, cues)
            if scored is not None and (best is None or scored[0] > best[0]):
                best = scored
        if best is None:
            return None
        score, note = best
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
        if age < needed or date.precision not in cue.precisions:
            return None
        if date.lead in self.ongoing and (not cue.ongoing or date.precision in _YEARS):
            return None  # "sinds 2021 werk ik": still going on
        if cue.requires and cues.in_clause(cue.requires, sentence) is None:
            return None
        span = (date.start, date.end)
        match, score = cues.in_clause(cue.list, sentence, span), cue.score
        if match is None and cue.scope == "post":
            match = cues.first(cue.list, None, span)
            score = cue.score - self.params.distance_penalty
        if match is None:
            return None
        note = f"{cue.list}:'{match.entry}'({score:.2f})"
        marker = (cues.past_tense(sentence, date.start if cue.participles == "adjacent" else None,
                                  cue.participles == "sentence") if cue.damped else None)
        if marker:
            score += self.params.past_delta
            note += f"; past tense '{marker}'({self.params.past_delta:+.2f})"
        return score, note
