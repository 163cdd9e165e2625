"""Calendar arithmetic for date mentions: valid days, month and season spans, missing years."""

from __future__ import annotations

import calendar
import datetime as dt

from wijzer.text.calendar_words import SEASONS

_BACKWARD = frozenset({"last", "vorige", "afgelopen"})
_FORWARD = frozenset({"next", "komende", "volgende"})
_CURRENT = frozenset({"this", "deze"})
_FROM_NOW = frozenset({"per", "vanaf", "tot", "until", "from"})  # this month or a later one
_UP_TO_NOW = frozenset({"sinds", "sedert", "since"})  # this month or an earlier one


def day_or_none(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for impossible ones such as 31 February."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and dt.MINYEAR < year < dt.MAXYEAR):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def season_range(year: int, season: str) -> tuple[dt.date, dt.date]:
    """A season of ``year``; winter runs into the next year."""
    first_month, last_month = SEASONS[season]
    last_year = year + 1 if last_month < first_month else year
    return dt.date(year, first_month, 1), month_range(last_year, last_month)[1]


def distance(first: dt.date, last: dt.date, reference: dt.date) -> int:
    """Days between a span and the reference date (0 when it contains it)."""
    if first <= reference <= last:
        return 0
    return min(abs((first - reference).days), abs((last - reference).days))


def nearest_day(month: int, day: int, reference: dt.date, near_days: int) -> dt.date | None:
    """The year for a day without one: the reference year, unless the same day in
    the previous or next year lies within ``near_days`` and closer ("28 december"
    written on 5 January is last December)."""
    same = day_or_none(reference.year, month, day)
    if same is None:  # 29 February outside a leap year: the nearest leap year
        options = [d for y in range(reference.year - 4, reference.year + 5)
                   if (d := day_or_none(y, month, day)) is not None]
        return min(options, key=lambda d: abs((d - reference).days), default=None)
    best = same
    for year in (reference.year - 1, reference.year + 1):
        other = day_or_none(year, month, day)
        if other is None:
            continue
        gap = abs((other - reference).days)
        if gap <= near_days and gap < abs((best - reference).days):
            best = other
    return best


def nearest_month(month: int, reference: dt.date, modifier: str = "") -> int:
    """The year for a month without one: the nearest ("in maart" written in November
    is next March); "last June", "next June", "vanaf juni" and "sinds juni" look one
    way only."""
    if modifier in _CURRENT:
        return reference.year
    if modifier in _FROM_NOW:
        return reference.year if month >= reference.month else reference.year + 1
    if modifier in _UP_TO_NOW:
        return reference.year if month <= reference.month else reference.year - 1
    if modifier in _BACKWARD:
        return reference.year if month < reference.month else reference.year - 1
    if modifier in _FORWARD:
        return reference.year if month > reference.month else reference.year + 1
    return min((reference.year, reference.year - 1, reference.year + 1),
               key=lambda year: distance(*month_range(year, month), reference))


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping the day ("31 March" - 1 month = "28/29 February")."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, dt.MINYEAR), dt.MAXYEAR)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))
