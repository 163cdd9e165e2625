"""Answer a question about the guideline with :func:`wijzer.ask.answer.ask`, using the app's
shared checker (its findings on the question help to pick the guideline item)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wijzer.ask.answer import answer_to_dict, ask
from wijzer.ask.question import MAX_CHARS
from wijzer.errors import WijzerError
from wijzer.web.services.checking import CheckService

# Far above MAX_CHARS: longer input is refused with the same clear message, not parsed.
HARD_LIMIT = 100_000


@dataclass(frozen=True)
class AskProblem:
    """Why a question was not answered: a page text key and its parameters."""

    key: str
    params: dict[str, Any]
    code: str = ""  # for the API: the error code (``key`` when empty)

    @property
    def error(self) -> str:
        return self.code or self.key


def answer(checks: CheckService, question: str, lang: str) -> dict[str, Any] | AskProblem:
    """The answer as plain data (:func:`answer_to_dict` plus the contact), or the problem."""
    stripped = " ".join(question.split())
    if not stripped or not any(char.isalnum() for char in stripped):
        return AskProblem("ask.empty", {})
    if len(stripped) > MAX_CHARS:
        return AskProblem("ask.too_long", {"length": len(stripped), "limit": MAX_CHARS})
    try:
        result = ask(checks.pack, stripped, lang, checks.checker)
    except WijzerError as exc:
        return AskProblem("error.message", {"message": exc.message(lang)}, exc.code)
    data = answer_to_dict(result, checks.pack)
    data["contact"] = checks.pack.meta.contact.local().get(result.language)
    return data
