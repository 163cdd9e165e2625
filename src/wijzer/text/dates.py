"""Find dates in Dutch and English text, with offsets, resolved against a reference date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from wijzer.text.calendar_words import (
    AMBIGUOUS_MONTHS,
    FULL_MONTHS,
    MONTHS,
    NOT_EDITION,
    SEASONS,
    WEEKDAYS,
    alternation,
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


_YEAR = r"(?:19|20)\d\d(?!\d)"
_ANY_YEAR = rf"(?:{_YEAR}|['’]\d\d(?!\d))"
_MONTH = alternation(list(MONTHS))
_FULL = alternation(list(FULL_MONTHS))
_WEEKDAY = alternation(list(WEEKDAYS))
_PREP_YEAR = (r"in|van|uit|sinds|sedert|anno|tijdens|begin|eind|medio|vanaf|per|rond|omstreeks|"
              r"voor|from|of|for|since|during|early|late|mid|around|back\s+in")
_PREP_MONTH = (r"in|van|uit|sinds|sedert|tijdens|begin|eind|medio|vanaf|tot|per|of|since|during|"
               r"early|late|mid|until|from|this|next|last|vorige|afgelopen|komende|volgende|deze")
_PATTERN = re.compile(rf"""
  (?<![\w/.-])(?P<iso_y>{_YEAR})-(?P<iso_m>\d\d?)-(?P<iso_d>\d\d?)(?!\d)
| (?<![\w/.,-])(?P<num_d>\d\d?)(?P<sep>[-/.])(?P<num_m>\d\d?)(?P=sep)(?P<num_y>\d{{4}}|\d\d)
  (?!\d|[-/.]\d)
| (?:\b(?P<dm_wd>{_WEEKDAY}),?\s+(?:de\s+|the\s+)?)?(?<![\w.,])(?P<dm_d>\d\d?)
  (?:ste|de|st|nd|rd|th|e)?\.?\s?(?:of\s+|van\s+)?(?P<dm_m>{_MONTH})\b\.?
  (?:,?\s?(?P<dm_y>{_ANY_YEAR}))?
| (?:\b(?P<md_wd>{_WEEKDAY}),?\s+)?\b(?P<md_m>{_MONTH})\b\.?\s(?P<md_d>\d\d?)(?:st|nd|rd|th)?
  (?![\d:]|[.,]\d)(?:,?\s?(?P<md_y>{_YEAR}))?
| \b(?P<my_m>{_MONTH})\b\.?\s?,?\s?(?P<my_y>{_ANY_YEAR})
| \b(?P<se_s>(?:{alternation(list(SEASONS))})[^\W\d_]*)(?:\s(?:van|of))?\s(?P<se_y>{_YEAR})
| \b(?:Q(?P<q_n>[1-4])|(?P<q_w>eerste|tweede|derde|vierde|first|second|third|fourth|[1-4]e)
  \s(?:kwartaal|quarter)(?:\s(?:van|of))?)\s(?P<q_y>{_YEAR})
| \b(?P<py_p>{_PREP_YEAR})\s(?P<py_y>{_YEAR})(?![-–—/.,]\d)
| \b(?P<pm_p>{_PREP_MONTH})\s(?P<pm_m>{_FULL})\b(?!\.?\s?,?\s?['’]?\d)
| \b(?P<ed_w>[^\W\d_][^\W_]*)['’"]?\s(?P<ed_y>{_YEAR})(?![-–—/.,:]\d|['’]s)
""", re.IGNORECASE | re.VERBOSE)
_YEAR_HINT = re.compile(
    r"\b(?:(vorig|afgelopen|last)|(dit|this)|(volgend|komend|next))\s(?:jaar|year)\b[^.!?\n]*$",
    re.IGNORECASE)
_LEAD = re.compile(r"([^\W\d_]+)[\s,(]*$")
_QUARTER_WORDS = {"eerste": 1, "first": 1, "1e": 1, "tweede": 2, "second": 2, "2e": 2,
                  "derde": 3, "third": 3, "3e": 3, "vierde": 4, "fourth": 4, "4e": 4}


def find_absolute_dates(text: str, reference: dt.date, near_days: int = 92,
                        limit: int | None = None) -> list[DateMention]:
    """Calendar dates and periods; a missing year is the nearest sensible one."""
    found: list[DateMention] = []
    for match in _PATTERN.finditer(text):
        mention = _mention(match, reference, near_days)
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
    taken = [(m.start, m.end) for m in absolute]
    relative = [m for m in find_relative_dates(text, reference, limit)
                if not any(s < m.end and m.start < e for s, e in taken)]
    return sorted(absolute + relative, key=lambda m: m.start)


def lead_word(text: str, start: int) -> str:
    """The word just before ``start`` (lower case), or ""."""
    found = _LEAD.search(text, max(0, start - 24), start)
    return found.group(1).lower() if found else ""


def _mention(match: re.Match[str], reference: dt.date, near_days: int) -> DateMention | None:
    groups = {key: value for key, value in match.groupdict().items() if value is not None}
    parsed = _parse(groups, reference, near_days, _year_hint(match, reference))
    if parsed is None:
        return None
    first, last, precision, year_given = parsed
    lead = (groups.get("py_p") or groups.get("pm_p") or groups.get("ed_w") or "").lower()
    return DateMention(match.start(), match.end(), first, last, precision, year_given,
                       lead=" ".join(lead.split()) or lead_word(match.string, match.start()))


Parsed = tuple[dt.date, dt.date, str, bool]


def _parse(g: dict[str, str], reference: dt.date, near_days: int,
           hint: int | None) -> Parsed | None:
    if "iso_y" in g:
        return _day(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
    if "num_y" in g:
        return _numeric(g)
    if "dm_d" in g or "md_d" in g:
        return _day_month(g, "dm" if "dm_d" in g else "md", reference, near_days, hint)
    if "my_m" in g:
        if g["my_m"].lower() != "jan" and _ambiguous(g["my_m"]):
            return None
        return (*month_range(_year(g["my_y"]), MONTHS[g["my_m"].lower()]), "month", True)
    if "se_s" in g:
        season = next(name for name in SEASONS if g["se_s"].lower().startswith(name))
        return (*season_range(int(g["se_y"]), season), "season", True)
    if "q_y" in g:
        quarter = int(g["q_n"]) if "q_n" in g else _QUARTER_WORDS[g["q_w"].lower()]
        year = int(g["q_y"])
        return dt.date(year, 3 * quarter - 2, 1), month_range(year, 3 * quarter)[1], "quarter", True
    if "py_y" in g:
        return _whole_year(int(g["py_y"]), "year")
    if "pm_m" in g:
        if _ambiguous(g["pm_m"]):
            return None
        month = MONTHS[g["pm_m"].lower()]
        year = hint or nearest_month(month, reference, near_days, g["pm_p"].lower())
        return (*month_range(year, month), "month", False)
    if g["ed_w"].lower() in NOT_EDITION:
        return None
    return _whole_year(int(g["ed_y"]), "label")


def _day_month(g: dict[str, str], key: str, reference: dt.date, near_days: int,
               hint: int | None) -> Parsed | None:
    month_word, year = g[f"{key}_m"], g.get(f"{key}_y")
    if key == "md" and year is None and _ambiguous(month_word):
        return None
    month, day = MONTHS[month_word.lower()], int(g[f"{key}_d"])
    if year is not None:
        return _day(_year(year), month, day)
    found = (day_or_none(hint, month, day) if hint
             else nearest_day(month, day, reference, near_days))
    return (found, found, "day", False) if found else None


def _year_hint(match: re.Match[str], reference: dt.date) -> int | None:
    """"vorig jaar op 12 oktober": the year a yearless date just after such words means."""
    found = _YEAR_HINT.search(match.string, max(0, match.start() - 40), match.start())
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
