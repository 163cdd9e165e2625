"""Dutch and English names of months, weekdays, seasons and small numbers."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2, "febr": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Short forms that are also ordinary words or names ("Jan", "may", "mar"): only a
# date when a day number and year stand next to them.
AMBIGUOUS_MONTHS = frozenset({"jan", "may", "mar", "maa"})

# Month names written out in full (safe to read as a month without a day number).
FULL_MONTHS = (*(name for name in MONTHS if len(name) >= 5 and name != "febr"),
               "mei", "may", "juni", "june", "juli", "july")

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Season -> (first month, last month); a last month below the first runs into the next year.
SEASONS: dict[str, tuple[int, int]] = {
    "lente": (3, 5), "voorjaar": (3, 5), "spring": (3, 5),
    "zomer": (6, 8), "summer": (6, 8),
    "najaar": (9, 11), "herfst": (9, 11), "autumn": (9, 11), "fall": (9, 11),
    "winter": (12, 2),
    "kerst": (12, 12), "christmas": (12, 12),
}

NUMBER_WORDS: dict[str, int] = {
    "een": 1, "één": 1, "a": 1, "an": 1, "one": 1,
    "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4, "four": 4, "vijf": 5, "five": 5,
    "zes": 6, "six": 6, "zeven": 7, "seven": 7, "acht": 8, "eight": 8, "negen": 9, "nine": 9,
    "tien": 10, "ten": 10, "elf": 11, "eleven": 11, "twaalf": 12, "twelve": 12,
    "enkele": 3, "paar": 2, "couple": 2, "few": 3,
}


# Words before a year that make it a count, an article or a preposition rather than
# the edition label of a name ("Fietsvierdaagse 2023", "jaarverslag 2022").
NOT_EDITION = frozenset({
    "de", "het", "een", "the", "a", "an", "onze", "ons", "mijn", "jouw", "uw", "hun", "haar",
    "zijn", "deze", "dit", "die", "dat", "our", "my", "your", "their", "his", "her", "its",
    "this", "that", "these", "those", "en", "and", "or", "of", "tot", "t", "m", "tm", "naar",
    "na", "om", "op", "met", "bij", "aan", "over", "per", "tegen", "rond", "voor", "to", "by",
    "before", "after", "around", "at", "on", "with", "about", "until", "till", "ruim", "bijna",
    "circa", "ca", "ongeveer", "zo'n", "meer", "dan", "minder", "than", "nearly", "almost",
    "some", "nummer", "number", "nr", "no", "kamer", "room", "postcode", "huisnummer", "bus",
    "lijn", "line", "route", "n", "s"
})


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation, longest first so that "januari" wins over "jan"."""
    return "|".join(sorted(words, key=len, reverse=True))
