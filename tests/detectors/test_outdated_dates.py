"""Date finding for the ``outdated`` rule: absolute and relative dates, missing years, bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from wijzer.text.date_patterns import lead_word
from wijzer.text.dateranges import add_months, day_or_none, nearest_day, nearest_month
from wijzer.text.dates import DateMention, find_absolute_dates, find_dates
from wijzer.text.relative_dates import find_relative_dates

REF = dt.date(2025, 6, 10)
D = dt.date


def _only(text: str, reference: dt.date = REF) -> DateMention:
    found = find_dates(text, reference)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "span", "first", "last", "precision"), [
    ("Op 3 maart 2024 was het zover", "3 maart 2024", D(2024, 3, 3), D(2024, 3, 3), "day"),
    ("sinds 3 mrt. 2024", "3 mrt. 2024", D(2024, 3, 3), D(2024, 3, 3), "day"),
    ("op zaterdag 14 september 2024 is", "zaterdag 14 september 2024", D(2024, 9, 14),
     D(2024, 9, 14), "day"),
    ("Zaterdag, 14 september 2024", "Zaterdag, 14 september 2024", D(2024, 9, 14),
     D(2024, 9, 14), "day"),
    ("datum: 14-09-2024.", "14-09-2024", D(2024, 9, 14), D(2024, 9, 14), "day"),
    ("datum 14/9/2024", "14/9/2024", D(2024, 9, 14), D(2024, 9, 14), "day"),
    ("te zien vanaf 5.6.2023", "5.6.2023", D(2023, 6, 5), D(2023, 6, 5), "day"),
    ("ISO 2024-09-14 in a log", "2024-09-14", D(2024, 9, 14), D(2024, 9, 14), "day"),
    ("on 12 February 2025 we", "12 February 2025", D(2025, 2, 12), D(2025, 2, 12), "day"),
    ("on February 12, 2025 we", "February 12, 2025", D(2025, 2, 12), D(2025, 2, 12), "day"),
    ("June 3rd, 2025", "June 3rd, 2025", D(2025, 6, 3), D(2025, 6, 3), "day"),
    ("the 1st of June 2023", "1st of June 2023", D(2023, 6, 1), D(2023, 6, 1), "day"),
    ("den 22ste april 2023", "22ste april 2023", D(2023, 4, 22), D(2023, 4, 22), "day"),
    ("op 13 mei '24", "13 mei '24", D(2024, 5, 13), D(2024, 5, 13), "day"),
    ("American 9/14/2024", "9/14/2024", D(2024, 9, 14), D(2024, 9, 14), "day"),
    ("bron: bericht van maart 2024", "maart 2024", D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("in maart '24", "maart '24", D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("de zomer 2024 was warm", "zomer 2024", D(2024, 6, 1), D(2024, 8, 31), "season"),
    ("zomerdienstregeling 2024", "zomerdienstregeling 2024", D(2024, 6, 1), D(2024, 8, 31),
     "season"),
    ("in het voorjaar van 2023", "voorjaar van 2023", D(2023, 3, 1), D(2023, 5, 31), "season"),
    ("winter 2024", "winter 2024", D(2024, 12, 1), D(2025, 2, 28), "season"),
    ("Q1 2024 cijfers", "Q1 2024", D(2024, 1, 1), D(2024, 3, 31), "quarter"),
    ("het derde kwartaal van 2023", "derde kwartaal van 2023", D(2023, 7, 1), D(2023, 9, 30),
     "quarter"),
    ("in 2023 deden we", "in 2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("back in 2019 we", "back in 2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("het artikel van 2021", "van 2021", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("de Fietsvierdaagse 2023 sluit", "Fietsvierdaagse 2023", D(2023, 1, 1), D(2023, 12, 31),
     "label"),
    ("'Staat van Zeeland 2021'", "Zeeland 2021", D(2021, 1, 1), D(2021, 12, 31), "label"),
])
def test_absolute_forms(text: str, span: str, first: dt.date, last: dt.date,
                        precision: str) -> None:
    found = _only(text)
    assert text[found.start:found.end] == span
    assert (found.first, found.last, found.precision) == (first, last, precision)
    assert not found.relative


@pytest.mark.parametrize(("text", "span", "first", "last"), [
    ("vandaag", "vandaag", REF, REF),
    ("Vanavond om acht", "Vanavond", REF, REF),
    ("today", "today", REF, REF),
    ("gisteren", "gisteren", D(2025, 6, 9), D(2025, 6, 9)),
    ("yesterday", "yesterday", D(2025, 6, 9), D(2025, 6, 9)),
    ("morgen", "morgen", D(2025, 6, 11), D(2025, 6, 11)),
    ("deze week", "deze week", D(2025, 6, 9), D(2025, 6, 15)),
    ("this month", "this month", D(2025, 6, 1), D(2025, 6, 30)),
    ("vorige maand", "vorige maand", D(2025, 5, 1), D(2025, 5, 31)),
    ("vorig jaar", "vorig jaar", D(2024, 1, 1), D(2024, 12, 31)),
    ("last year", "last year", D(2024, 1, 1), D(2024, 12, 31)),
    ("twee jaar geleden", "twee jaar geleden", D(2023, 6, 10), D(2023, 6, 10)),
    ("3 weeks ago", "3 weeks ago", D(2025, 5, 20), D(2025, 5, 20)),
    ("een maand geleden", "een maand geleden", D(2025, 5, 10), D(2025, 5, 10)),
])
def test_relative_forms(text: str, span: str, first: dt.date, last: dt.date) -> None:
    found = _only(text)
    assert text[found.start:found.end] == span
    assert (found.first, found.last) == (first, last)
    assert found.relative and not found.year_given


def test_greeting_is_not_tomorrow() -> None:
    assert find_relative_dates("Goede morgen allemaal", REF) == []


@pytest.mark.parametrize("text", [
    "31 februari 2024", "30 februari", "29 februari 2023", "31 april 2024", "32 maart 2024",
    "0 mei 2024", "31-02-2024", "2024-13-01", "2024-02-30", "13/13/2024", "00-00-0000",
])
def test_impossible_dates_are_skipped(text: str) -> None:
    assert find_absolute_dates(text, REF) == []


def test_leap_day() -> None:
    assert _only("29 februari 2024").first == D(2024, 2, 29)
    assert _only("op 29 februari", D(2025, 3, 1)).first == D(2024, 2, 29)


@pytest.mark.parametrize("text", [
    "Bel 06-12345678", "versie 1.2.24", "om 9.00 uur", "Jan 5 keer gebeld", "you may 12 times",
    "de fiets van Jan", "ruim 2000 mensen", "the 2025 figures", "(2022)", "12.000 bezoekers",
    "postcode 4331 AB", "€ 2.024,00", "strategy 2023–2027", "zo'n 2000 deelnemers", "may 2024",
    "#zeeland2024", "https://zeeland.nl/2024-09-14-nieuws",
])
def test_not_dates(text: str) -> None:
    assert find_absolute_dates(text, REF) == []


@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("on 3 June", D(2025, 6, 10), D(2025, 6, 3)),
    ("op 3 juni", D(2025, 1, 10), D(2025, 6, 3)),
    ("28 december", D(2026, 1, 5), D(2025, 12, 28)),
    ("10 januari", D(2025, 12, 20), D(2026, 1, 10)),
    ("14 maart", D(2024, 11, 21), D(2024, 3, 14)),
    ("9 januari", D(2025, 10, 20), D(2026, 1, 9)),
    ("vorig jaar op 12 oktober", D(2025, 5, 20), D(2024, 10, 12)),
    ("volgend jaar op 2 februari", D(2025, 5, 20), D(2026, 2, 2)),
])
def test_missing_year_is_resolved_near_the_reference(text: str, reference: dt.date,
                                                     expected: dt.date) -> None:
    found = [m for m in find_dates(text, reference) if not m.relative]
    assert found[-1].first == expected
    assert not found[-1].year_given


@pytest.mark.parametrize(("text", "reference", "first"), [
    ("in maart", D(2026, 11, 13), D(2027, 3, 1)),
    ("van januari", D(2023, 5, 24), D(2023, 1, 1)),
    ("afgelopen juni", D(2025, 6, 3), D(2024, 6, 1)),
    ("next June", D(2025, 6, 3), D(2026, 6, 1)),
    ("in May", D(2025, 6, 3), D(2025, 5, 1)),
    ("Per december rijden er", D(2023, 5, 23), D(2023, 12, 1)),
    ("vanaf januari", D(2025, 6, 3), D(2026, 1, 1)),
    ("sinds september", D(2025, 6, 3), D(2024, 9, 1)),
])
def test_month_without_year(text: str, reference: dt.date, first: dt.date) -> None:
    found = _only(text, reference)
    assert found.first == first and found.precision == "month"


def test_lead_words() -> None:
    assert _only("sinds 2021 werk ik").lead == "sinds"
    assert _only("aanmelden kan tot 1 december 2024").lead == "tot"
    assert _only("geboren (3-8-1961)").lead == "geboren"
    assert lead_word("", 0) == "" and lead_word("   ", 3) == ""


def test_calendar_helpers() -> None:
    assert day_or_none(2024, 2, 30) is None and day_or_none(0, 1, 1) is None
    assert day_or_none(2024, 2, 29) == D(2024, 2, 29)
    assert nearest_day(2, 29, D(2025, 6, 1), 92) == D(2024, 2, 29)
    assert nearest_month(1, D(2025, 11, 4)) == 2026
    assert add_months(D(2024, 3, 31), -1) == D(2024, 2, 29)
    assert add_months(D(2024, 1, 31), 13) == D(2025, 2, 28)


@pytest.mark.parametrize("text", [
    "", " ", "\x00\x01", "🎉" * 500, "İ" * 50 + " 3 maart 2024", "é\u0301" * 300 + " in 2023",
    "((((((((((", "2024" * 5000, "1 " * 20000, "-/-/." * 3000, "\u200b3\u200bmaart\u200b2024",
    "３ maart ２０２４", "mei" * 10000, "in " * 10000 + "2023",
])
def test_hostile_input_does_not_crash(text: str) -> None:
    for mention in find_dates(text, REF):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.first <= mention.last


def test_offsets_survive_case_folding_that_changes_length() -> None:
    text = "İİİ op 3 maart 2024"
    found = _only(text)
    assert text[found.start:found.end] == "3 maart 2024"


def test_huge_text_with_thousands_of_numbers() -> None:
    # How the time grows with size is measured in benchmarks/bench_hostile.py.
    unit = "Op 12 mei 2023 kwamen 1234 mensen, tel 06-12345678, in 2019 en 14/9/2024. "
    found = find_dates(unit * 2000, REF)
    assert len(found) == 3 * 2000


def test_relative_and_absolute_do_not_overlap() -> None:
    text = "Vandaag, 3 maart 2024, en vorig jaar in 2023 en morgen"
    found = find_dates(text, REF)
    assert [text[m.start:m.end] for m in found] == [
        "Vandaag", "3 maart 2024", "vorig jaar", "in 2023", "morgen"]


def test_limit_stops_early() -> None:
    assert len(find_absolute_dates("in 2019 " * 1000, REF, limit=10)) == 10
