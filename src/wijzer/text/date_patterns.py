"""Scanning text for date candidates, and the words just before them.

Every pattern starts at a digit or a month, season or quarter word, and is
only tried where such a word starts, so a text without dates is scanned
quickly; words before a match (a weekday, "in", "sinds", the name of an
edition) are looked up afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wijzer.text.calendar_words import MONTHS, SEASONS, WEEKDAYS, alternation

_YEAR = r"(?:19|20)\d\d(?!\d)"
_ANY_YEAR = rf"(?:{_YEAR}|['’]\d\d(?!\d))"
_MONTH = alternation(list(MONTHS))

CANDIDATES = re.compile(rf"""
  (?<![\w/.-])(?P<iso_y>{_YEAR})-(?P<iso_m>\d\d?)-(?P<iso_d>\d\d?)(?!\d)
| (?<![\w/.,-])(?P<num_d>\d\d?)(?P<sep>[-/.])(?P<num_m>\d\d?)(?P=sep)(?P<num_y>\d{{4}}|\d\d)
  (?!\d|[-/.]\d)
| (?<![\w.,])(?P<dm_d>\d\d?)(?:ste|de|st|nd|rd|th|e)?\.?\s?(?:of\s|van\s)?(?P<dm_m>{_MONTH})\b\.?
  (?:,?\s?(?P<dm_y>{_ANY_YEAR}))?
| (?<![\w/.,-])(?P<by>{_YEAR})(?![-–—/.,:]\d|['’]s)
| (?<!\w)(?P<m>{_MONTH})\b\.?
  (?:\s(?P<md_d>\d\d?)(?:st|nd|rd|th)?(?![\d:]|[.,]\d)(?:,?\s?(?P<md_y>{_YEAR}))?
  |\s?,?\s?(?P<my_y>{_ANY_YEAR}))?
| (?<!\w)(?P<se_s>(?:{alternation(list(SEASONS))})[^\W\d_]*)(?:\s(?:van|of))?\s(?P<se_y>{_YEAR})
| (?<!\w)(?:q(?P<q_n>[1-4])|(?P<q_w>eerste|tweede|derde|vierde|first|second|third|fourth|[1-4]e)
  \s(?:kwartaal|quarter)(?:\s(?:van|of))?)\s(?P<q_y>{_YEAR})
""", re.VERBOSE)

# Where a candidate can start: a number, or a word that is a month, season or quarter word.
ANCHOR = re.compile(r"\d+|[^\W\d_]+")
ANCHOR_WORDS = frozenset({*MONTHS, "q", "eerste", "tweede", "derde", "vierde", "first", "second",
                          "third", "fourth"})
SEASON_PREFIXES = tuple(SEASONS)

WEEKDAY_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(list(WEEKDAYS))}),?\s(?:de\s|the\s)?$")
YEAR_HINT = re.compile(
    r"(?<!\w)(?:(vorig|afgelopen|last)|(dit|this)|(volgend|komend|next))\s(?:jaar|year)\b"
    r"[^.!?\n]*$")

PREP_YEAR = frozenset({
    "in", "van", "uit", "sinds", "sedert", "anno", "tijdens", "begin", "eind", "medio", "vanaf",
    "per", "rond", "omstreeks", "voor", "from", "of", "for", "since", "during", "early", "late",
    "mid", "around", "back in"})
PREP_MONTH = frozenset({
    "in", "van", "uit", "sinds", "sedert", "tijdens", "begin", "eind", "medio", "vanaf", "tot",
    "per", "of", "since", "during", "early", "late", "mid", "until", "from", "this", "next",
    "last", "vorige", "afgelopen", "komende", "volgende", "deze"})
QUARTER_WORDS = {"eerste": 1, "first": 1, "1e": 1, "tweede": 2, "second": 2, "2e": 2,
                 "derde": 3, "third": 3, "3e": 3, "vierde": 4, "fourth": 4, "4e": 4}


def candidates(low: str) -> Iterator[re.Match[str]]:
    """Matches of the date patterns, tried only where a number or calendar word starts."""
    done = 0
    for anchor in ANCHOR.finditer(low):
        start = anchor.start()
        word = anchor.group()
        if start < done or not (word[0].isdigit() or word in ANCHOR_WORDS
                                or word.startswith(SEASON_PREFIXES)):
            continue
        match = CANDIDATES.match(low, start)
        if match is not None:
            done = match.end()
            yield match


def lead_word(text: str, start: int) -> str:
    """The word just before ``start`` (lower case), skipping spaces, commas and "(";
    "" when there is none."""
    low = max(0, start - 24)
    end = start
    while end > low and (text[end - 1].isspace() or text[end - 1] in ",("):
        end -= 1
    begin = end
    while begin > low and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:end].lower()


def word_before(low: str, start: int) -> tuple[str, int] | None:
    """The word right before ``start``, separated by one space (and maybe a quote):
    "in" in "in 2023", "zeeland" in "Staat van Zeeland 2021'"."""
    end = start - 1
    if end < 1 or not low[end].isspace():
        return None
    if low[end - 1] in "'’\"":
        end -= 1
    begin, limit = end, max(0, end - 40)
    while begin > limit and low[begin - 1].isalpha():
        begin -= 1
    if begin == end or (begin > 0 and (low[begin - 1].isalnum() or low[begin - 1] in "'’_")):
        return None
    word = low[begin:end]
    if word == "in" and low[max(0, begin - 5):begin] == "back ":
        return "back in", begin - 5
    return word, begin


def lower_same_length(text: str) -> str:
    """Lower case with the same length, so offsets stay valid ("İ" is left alone)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
