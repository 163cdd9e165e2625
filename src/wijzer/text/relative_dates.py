"""Relative date expressions ("gisteren", "vorige maand", "two years ago") with offsets."""

from __future__ import annotations

import datetime as dt
import re

from wijzer.text.calendar_words import NUMBER_WORDS, alternation
from wijzer.text.date_patterns import lead_word
from wijzer.text.dateranges import add_months, month_range
from wijzer.text.dates import DateMention

_DAYS = {
    "vandaag": 0, "today": 0, "vanavond": 0, "tonight": 0, "vanochtend": 0, "vanmorgen": 0,
    "vanmiddag": 0, "vannacht": 0, "gisteren": -1, "yesterday": -1, "gisteravond": -1,
    "eergisteren": -2, "morgen": 1, "tomorrow": 1, "morgenavond": 1, "overmorgen": 2,
}
_PAST = frozenset({"vorige", "vorig", "last", "afgelopen", "past"})
_NEXT = frozenset({"volgende", "volgend", "komende", "komend", "next", "coming"})
_UNITS = {"dag": "day", "dagen": "day", "day": "day", "days": "day",
          "week": "week", "weken": "week", "weeks": "week",
          "maand": "month", "maanden": "month", "month": "month", "months": "month",
          "jaar": "year", "jaren": "year", "year": "year", "years": "year"}
_PATTERN = re.compile(rf"""\b(?:
  (?P<day>{alternation(list(_DAYS))}|this\s(?:morning|afternoon|evening))
| (?P<mod>deze|dit|vorige|vorig|afgelopen|volgende|volgend|komende|komend|this|last|past|next
  |coming)\s(?P<unit>week|weekend|maand|jaar|month|year)
| (?P<num>\d{{1,3}}|{alternation(list(NUMBER_WORDS))})\s(?P<unit_ago>{alternation(list(_UNITS))})
  \s(?:geleden|ago)
)\b""", re.IGNORECASE | re.VERBOSE)


def find_relative_dates(text: str, reference: dt.date,
                        limit: int | None = None) -> list[DateMention]:
    """Expressions whose date depends on the day of posting."""
    found: list[DateMention] = []
    for match in _PATTERN.finditer(text):
        span = _resolve(match, reference)
        if span is None:
            continue
        first, last, precision = span
        found.append(DateMention(match.start(), match.end(), first, last, precision,
                                 year_given=False, relative=True,
                                 lead=lead_word(text, match.start())))
        if limit is not None and len(found) >= limit:
            break
    return found


def _resolve(match: re.Match[str], reference: dt.date) -> tuple[dt.date, dt.date, str] | None:
    word = (match.group("day") or "").lower()
    if word:
        if word == "morgen" and lead_word(match.string, match.start()) in {"goede", "goeie"}:
            return None  # "goede morgen" is a greeting
        day = reference + dt.timedelta(days=_DAYS.get(word, 0))
        return day, day, "day"
    if match.group("mod"):
        return _period(match.group("mod").lower(), match.group("unit").lower(), reference)
    number = match.group("num").lower()
    count = int(number) if number.isdigit() else NUMBER_WORDS[number]
    unit = _UNITS[match.group("unit_ago").lower()]
    if unit == "day":
        day = reference - dt.timedelta(days=count)
    elif unit == "week":
        day = reference - dt.timedelta(weeks=count)
    else:
        day = add_months(reference, -count * (12 if unit == "year" else 1))
    return day, day, "day"


def _period(modifier: str, unit: str, reference: dt.date) -> tuple[dt.date, dt.date, str]:
    step = -1 if modifier in _PAST else 1 if modifier in _NEXT else 0
    if unit in {"week", "weekend"}:
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=step)
        if unit == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "week"
        return monday, monday + dt.timedelta(days=6), "week"
    if unit in {"maand", "month"}:
        shifted = add_months(reference, step)
        first, last = month_range(shifted.year, shifted.month)
        return first, last, "month"
    year = reference.year + step
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
