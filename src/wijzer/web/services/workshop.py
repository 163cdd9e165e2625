"""The workshop (self-scan and quiz) for the web: the pure :mod:`wijzer.learn` API with its
state in the browser session (ids and answers only), and the shared anonymous summaries."""

from __future__ import annotations

import datetime as dt
import json
import threading
import weakref
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijzer.learn import selfscan, share
from wijzer.learn.quiz import QuizItem, QuizSession, item_bank
from wijzer.learn.workshop import load_workshop
from wijzer.pack.schema import WorkshopFile
from wijzer.web.db.models import SharedSummary, utcnow
from wijzer.web.services.checking import CheckService

SCAN_KEY = "selfscan"  # session: {"answers": [[question id, [option ids]], ...], "shared": bool}
QUIZ_KEY = "quiz"  # session: QuizSession.to_dict() plus "shared"
MAX_AGGREGATED = 50_000  # newest summaries read for the totals

_banks: weakref.WeakKeyDictionary[CheckService, list[QuizItem]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def spec(checks: CheckService) -> WorkshopFile:
    return load_workshop(checks.pack)


def bank(checks: CheckService) -> list[QuizItem]:
    """The quiz's item bank, built once per checker (it checks every rule example)."""
    with _lock:
        found = _banks.get(checks)
        if found is None:
            found = item_bank(checks.checker, spec(checks).quiz)
            _banks[checks] = found
        return found


def scan_answers(state: dict[str, Any] | None) -> selfscan.Answers:
    """The self-scan answers kept in the session (anything malformed counts as none)."""
    answers: selfscan.Answers = {}
    if not isinstance(state, dict) or not isinstance(state.get("answers"), list):
        return answers
    for pair in state["answers"]:
        if (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)
                and isinstance(pair[1], list) and all(isinstance(o, str) for o in pair[1])):
            answers[pair[0]] = pair[1]
    return answers


def scan_state(answers: selfscan.Answers, shared: bool = False) -> dict[str, Any]:
    return {"answers": [[key, value] for key, value in answers.items()], "shared": shared}


def restore_quiz(checks: CheckService, state: Any) -> QuizSession | None:
    """The quiz in the session, or None when there is none or it no longer fits the pack."""
    if not isinstance(state, dict):
        return None
    try:
        return QuizSession.from_dict(state, bank(checks))
    except (KeyError, TypeError, ValueError):
        return None


def store_summary(session: Session, kind: str, summary: dict[str, Any]) -> None:
    """Keep an anonymous summary: no user id, no time of day."""
    session.add(SharedSummary(kind=kind, summary_json=json.dumps(summary, ensure_ascii=False),
                              shared_on=utcnow().date()))


def totals(session: Session, since: dt.date | None = None) -> dict[str, Any]:
    """:func:`wijzer.learn.share.aggregate` over the shared summaries (groups of >= 5 only)."""
    query = select(SharedSummary.summary_json).order_by(SharedSummary.id.desc())
    if since is not None:
        query = query.where(SharedSummary.shared_on >= since)
    rows = session.scalars(query.limit(MAX_AGGREGATED))
    return share.aggregate(_loads(raw) for raw in rows)


def _loads(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None
