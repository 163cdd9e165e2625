"""Read a yes / no / not-sure answer in Dutch or English, forgivingly."""

from __future__ import annotations

from enum import StrEnum

from wijzer.learn.messages import LearnError, shown


class Reply(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


_WORDS: dict[str, Reply] = {}
for _reply, _words in (
    (Reply.YES, "ja j yes y jep jawel zeker yep ok oke okay klopt"),
    (Reply.NO, "nee n no nope neen niet not"),
    (Reply.UNSURE, "weet niet|weetniet|weet ik niet|twijfel|misschien|geen idee|?|"
                   "not sure|unsure|maybe|don't know|dont know|dunno"),
):
    for _word in _words.split("|" if "|" in _words else " "):
        _WORDS[_word] = _reply


def parse_reply(value: str, allow_unsure: bool = True) -> Reply:
    """``Reply`` for "ja", "Nee", "weet niet", "yes", "not sure", ...; anything else is an error."""
    key = " ".join(value.casefold().replace("’", "'").split()).strip(" .!")
    reply = _WORDS.get(key) if len(key) <= 40 else None
    if reply is None or (reply is Reply.UNSURE and not allow_unsure):
        raise LearnError("answer.invalid", value=shown(value),
                         choices="answer.yes_no_unsure" if allow_unsure else "answer.yes_no")
    return reply


def parse_replies(value: str, expected: int, allow_unsure: bool = True) -> list[Reply]:
    """A comma-separated list of exactly ``expected`` replies ("ja,ja,nee,weet niet,ja")."""
    parts = [part for part in value.split(",")]
    if len(parts) != expected:
        raise LearnError("answers.count", expected=expected, given=len(parts))
    return [parse_reply(part, allow_unsure) for part in parts]
