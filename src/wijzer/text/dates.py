"""Find dates in Dutch and English text, with offsets, resolved against a reference date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from wijzer.text.calendar_words import AMBIGUOUS_MONTHS, FULL_MONTHS, MONTHS, NOT_EDITION, SEASONS
from wijzer.text.date_patterns import (
    PREP_MONTH,
    PREP_YEAR,
    QUARTER_WORDS,
    WEEKDAY_BEFORE,
    YEAR_HINT,
    candidates,
    lead_word,
    lower_same_length,
    word_before,
)
from wijzer.text.dateranges import (
    day_or_none,
    month_range,
    nearest_day,
    nearest_month,
    season_range,
)


@dataclass(frozen=True)
class DateMention:
    """A date or period in a text: where it is and which days it covers.

    ``precision`` is ``day``, ``week``, ``month``, ``quarter``, ``season``, ``year``
    ("in 2023") or ``label`` (a year naming an edition: "Fietsvierdaagse 2023").
    ``year_given`` is false when the year was inferred from the reference date;
    ``relative`` marks expressions such as "gisteren" or "last year"; ``lead`` is
    the lower-case word that introduces the date ("in", "sinds", "op"), or "".
    """

    start: int
    end: int
    first: dt.date
    last: dt.date
    precision: str
    year_given: bool = True
    relative: bool = False
    lead: str = ""


def find_absolute_dates(text: str, reference: dt.date, near_days: int = 92,
                        limit: int | None = None) -> list[DateMention]:
    """Calendar dates and periods; a missing year is the nearest sensible one."""
    low = lower_same_length(text)
    found: list[DateMention] = []
    for match in candidates(low):
        mention = _mention(text, low, match, reference, near_days)
        if mention is not None:
            found.append(mention)
            if limit is not None and len(found) >= limit:
                break
    return found


def find_dates(text: str, reference: dt.date, near_days: int = 92,
               limit: int | None = None) -> list[DateMention]:
    """Absolute and relative dates in order of appearance."""
    from wijzer.text.relative_dates import find_relative_dates

    absolute = find_absolute_dates(text, reference, near_days, limit)
    relative: list[DateMention] = []
    index = 0  # both lists run left to right: one sweep drops overlaps
    for mention in find_relative_dates(text, reference, limit):
        while index < len(absolute) and absolute[index].end <= mention.start:
            index += 1
        if index == len(absolute) or absolute[index].start >= mention.end:
            relative.append(mention)
    return sorted(absolute + relative, key=lambda m: m.start)


def _mention(text: str, low: str, match: re.Match[str], reference: dt.date,
             near_days: int) -> DateMention | None:
    g = {key: value for key, value in match.groupdict().items() if value is not None}
    start, end = match.span()
    if "by" in g or ("m" in g and "md_d" not in g and "my_y" not in g):
        return _lone(text, low, g, start, end, reference)
    parsed = _parse(text, g, start, reference, near_days, low)
    if parsed is None:
        return None
    if "dm_d" in g or "md_d" in g:
        weekday = WEEKDAY_BEFORE.search(low, max(0, start - 16), start)
        start = weekday.start() if weekday else start
    return DateMention(start, end, *parsed, lead=lead_word(text, start))


def _lone(text: str, low: str, g: dict[str, str], start: int, end: int,
          reference: dt.date) -> DateMention | None:
    """A year or a month on its own: a date only after a preposition ("in 2023", "in juni")
    or, for a year, as the edition in a name ("Fietsvierdaagse 2023")."""
    before = word_before(low, start)
    if before is None:
        return None
    word, begin = before
    if "by" in g:
        if word in PREP_YEAR:
            return DateMention(begin, end, *_whole_year(int(g["by"]), "year"), lead=word)
        if word in NOT_EDITION:
            return None
        return DateMention(begin, end, *_whole_year(int(g["by"]), "label"), lead=word)
    month_word = text[start:start + len(g["m"])]
    if word not in PREP_MONTH or g["m"] not in FULL_MONTHS or _ambiguous(month_word):
        return None
    month = MONTHS[g["m"]]
    year = _year_hint(low, start, reference) or nearest_month(month, reference, word)
    return DateMention(begin, start + len(g["m"]), *month_range(year, month), "month", False,
                       lead=word)


Parsed = tuple[dt.date, dt.date, str, bool]


def _parse(text: str, g: dict[str, str], start: int, reference: dt.date, near_days: int,
           low: str) -> Parsed | None:
    if "iso_y" in g:
        return _day(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
    if "num_y" in g:
        return _numeric(g)
    if "dm_d" in g:
        return _day_month(g["dm_m"], g["dm_d"], g.get("dm_y"), reference, near_days, low, start)
    if "m" in g:
        month_word = text[start:start + len(g["m"])]
        if "my_y" in g:
            if month_word[0].islower() and g["m"] in {"may", "mar"}:
                return None
            return (*month_range(_year(g["my_y"]), MONTHS[g["m"]]), "month", True)
        if g.get("md_y") is None and _ambiguous(month_word):
            return None
        return _day_month(g["m"], g["md_d"], g.get("md_y"), reference, near_days, low, start)
    if "se_s" in g:
        season = next(name for name in SEASONS if g["se_s"].startswith(name))
        return (*season_range(int(g["se_y"]), season), "season", True)
    quarter = int(g["q_n"]) if "q_n" in g else QUARTER_WORDS[g["q_w"]]
    year = int(g["q_y"])
    return dt.date(year, 3 * quarter - 2, 1), month_range(year, 3 * quarter)[1], "quarter", True


def _day_month(month_word: str, day_text: str, year_text: str | None, reference: dt.date,
               near_days: int, low: str, start: int) -> Parsed | None:
    month, day = MONTHS[month_word], int(day_text)
    if year_text is not None:
        return _day(_year(year_text), month, day)
    hint = _year_hint(low, start, reference)
    found = (day_or_none(hint, month, day) if hint
             else nearest_day(month, day, reference, near_days))
    return (found, found, "day", False) if found else None


def _year_hint(low: str, start: int, reference: dt.date) -> int | None:
    """"vorig jaar op 12 oktober": the year a yearless date just after such words means."""
    found = YEAR_HINT.search(low, max(0, start - 40), start)
    if found is None:
        return None
    return reference.year + (-1 if found.group(1) else 0 if found.group(2) else 1)


def _whole_year(year: int, precision: str) -> Parsed:
    return dt.date(year, 1, 1), dt.date(year, 12, 31), precision, True


def _numeric(g: dict[str, str]) -> Parsed | None:
    raw_year = g["num_y"]
    if len(raw_year) == 2 and g["sep"] == ".":
        return None  # "1.2.24" is more likely a version number than a date
    day, month = int(g["num_d"]), int(g["num_m"])
    if month > 12 >= day:
        day, month = month, day  # American month/day order
    return _day(_year(raw_year), month, day)


def _day(year: int, month: int, day: int) -> Parsed | None:
    found = day_or_none(year, month, day)
    if found is None or not 1900 <= year <= 2100:
        return None
    return found, found, "day", True


def _year(raw: str) -> int:
    digits = int(raw.lstrip("'’"))
    if len(raw.lstrip("'’")) == 4:
        return digits
    return 2000 + digits if digits < 70 else 1900 + digits


def _ambiguous(month_word: str) -> bool:
    """"Jan" (a name), "may" and "mar" (words) are months only next to a day or year."""
    lower = month_word.lower()
    return lower in AMBIGUOUS_MONTHS and (lower == "jan" or month_word[0].islower())
