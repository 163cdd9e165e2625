"""Workshop: the self-scan "Hoe actief ben jij op social media?" and the quiz "mag dit?".

The state lives in the signed session cookie (question ids and answers only), so results
stay with the person; sharing an anonymous summary with Team Communicatie is an explicit click.
"""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData

from wijzer.learn import selfscan, share
from wijzer.learn.messages import LearnError
from wijzer.learn.quiz import QuizSession, select
from wijzer.web.context import checked_form, field, lang_of, redirect, render, require_user, state
from wijzer.web.db.models import User
from wijzer.web.services import submissions, workshop
from wijzer.web.services.workshop import QUIZ_KEY, SCAN_KEY

router = APIRouter()


def _user(request: Request, roles: tuple[str, ...] = ()) -> User:
    with state(request).db.session() as session:
        return require_user(request, session, roles)


def _number(form: FormData) -> int:
    raw = field(form, "number", 5)
    return int(raw) if raw.isdigit() else 0


@router.get("/workshop")
def overview(request: Request) -> Response:
    user = _user(request)
    spec = workshop.spec(state(request).checks)
    return render(request, "workshop.html", user, spec=spec)


# ---- self-scan ------------------------------------------------------------------------------

@router.get("/workshop/zelfscan")
def scan_page(request: Request) -> Response:
    return _scan_page(request, _user(request))


def _scan_page(request: Request, user: User, status: int = 200, error: str | None = None,
               **params: Any) -> Response:
    checks = state(request).checks
    spec = workshop.spec(checks).selfscan
    stored = request.session.get(SCAN_KEY)
    answers = workshop.scan_answers(stored)
    shared = isinstance(stored, dict) and stored.get("shared") is True
    context: dict[str, Any] = {"spec": spec, "count": len(spec.questions), "shared": shared,
                               "entries": checks.pack.entries}
    if len(answers) >= len(spec.questions):
        try:
            context["result"] = selfscan.result(spec, answers)
        except LearnError:  # the pack changed under a saved scan: start again
            request.session.pop(SCAN_KEY, None)
            answers = {}
    if "result" not in context:
        context["number"] = len(answers) + 1
        context["question"] = spec.questions[len(answers)]
    return render(request, "selfscan.html", user, status=status, error=error,
                  error_params=params, **context)


@router.post("/workshop/zelfscan")
async def scan_answer(request: Request) -> Response:
    form = await checked_form(request)
    user = _user(request)
    spec = workshop.spec(state(request).checks).selfscan
    answers = workshop.scan_answers(request.session.get(SCAN_KEY))
    number, expected = _number(form), len(answers) + 1
    if not 1 <= number <= len(spec.questions):
        return _scan_page(request, user, 400, "workshop.no_such_question",
                          number=number or "?", count=len(spec.questions))
    if number < expected:
        return _scan_page(request, user, 409, "workshop.answered_twice", number=number)
    if number > expected:
        return _scan_page(request, user, 409, "workshop.out_of_order", number=number,
                          expected=expected)
    asked = spec.questions[number - 1]
    chosen = [value[:40] for value in form.getlist("choice") if isinstance(value, str)][:20]
    try:
        answers[asked.id] = selfscan.validate_choice(spec, asked.id, chosen)
    except LearnError as exc:
        return _scan_page(request, user, 400, "error.message", message=exc.message(
            lang_of(request)))
    request.session[SCAN_KEY] = workshop.scan_state(answers)
    return redirect("/workshop/zelfscan")


@router.post("/workshop/zelfscan/opnieuw")
async def scan_restart(request: Request) -> Response:
    return await _restart(request, SCAN_KEY, "/workshop/zelfscan")


@router.post("/workshop/zelfscan/delen")
async def scan_share(request: Request) -> Response:
    await checked_form(request)
    return await run_in_threadpool(_scan_share, request)


def _scan_share(request: Request) -> Response:
    app = state(request)
    user = _user(request)
    spec = workshop.spec(app.checks).selfscan
    stored = request.session.get(SCAN_KEY)
    answers = workshop.scan_answers(stored)
    if isinstance(stored, dict) and stored.get("shared") is True:
        return _scan_page(request, user, 409, "workshop.already_shared")
    try:
        result = selfscan.result(spec, answers)
    except LearnError:
        return _scan_page(request, user, 409, "workshop.not_finished")
    with app.db.session() as session:
        workshop.store_summary(session, "selfscan", share.selfscan_summary(app.checks.pack,
                                                                            result))
    request.session[SCAN_KEY] = workshop.scan_state(answers, shared=True)
    return redirect("/workshop/zelfscan?gedeeld=1")


# ---- quiz -----------------------------------------------------------------------------------

@router.get("/workshop/quiz")
def quiz_page(request: Request) -> Response:
    user = _user(request)
    return _quiz_page(request, user)


def _quiz_page(request: Request, user: User, status: int = 200, error: str | None = None,
               **params: Any) -> Response:
    app = state(request)
    spec = workshop.spec(app.checks).quiz
    stored = request.session.get(QUIZ_KEY)
    quiz = workshop.restore_quiz(app.checks, stored)
    context: dict[str, Any] = {"spec": spec, "quiz": quiz, "entries": app.checks.pack.entries}
    if quiz is not None:
        assert isinstance(stored, dict)
        context["shared"] = stored.get("shared") is True
        last = len(quiz.answers)
        if last and stored.get("feedback") == last:
            context["feedback"] = (quiz.items[last - 1], quiz.answers[last - 1])
        context["results"] = list(zip(quiz.items, quiz.answers, strict=False))
    return render(request, "quiz.html", user, status=status, error=error, error_params=params,
                  **context)


def _save_quiz(request: Request, quiz: QuizSession, **extra: Any) -> None:
    request.session[QUIZ_KEY] = {**quiz.to_dict(), **extra}


@router.post("/workshop/quiz/start")
async def quiz_start(request: Request) -> Response:
    await checked_form(request)
    return await run_in_threadpool(_quiz_start, request)


def _quiz_start(request: Request) -> Response:
    checks = state(request).checks
    user = _user(request)
    seed = secrets.randbelow(2**31)
    try:
        items = select(workshop.bank(checks), workshop.spec(checks).quiz.questions, seed)
    except LearnError as exc:
        return _quiz_page(request, user, 500, "error.message",
                          message=exc.message(lang_of(request)))
    _save_quiz(request, QuizSession(items, seed))
    return redirect("/workshop/quiz")


@router.post("/workshop/quiz")
async def quiz_answer(request: Request) -> Response:
    form = await checked_form(request)
    return await run_in_threadpool(_quiz_answer, request, form)


def _quiz_answer(request: Request, form: FormData) -> Response:
    checks = state(request).checks
    user = _user(request)
    quiz = workshop.restore_quiz(checks, request.session.get(QUIZ_KEY))
    if quiz is None:
        return _quiz_page(request, user, 409, "workshop.no_quiz")
    said = field(form, "answer", 5)
    if said not in ("yes", "no"):
        return _quiz_page(request, user, 400, "workshop.yes_or_no")
    try:
        quiz.answer(_number(form), said == "yes")
    except LearnError as exc:
        return _quiz_page(request, user, 409, "error.message",
                          message=exc.message(lang_of(request)))
    _save_quiz(request, quiz, feedback=len(quiz.answers))
    return redirect("/workshop/quiz#feedback")


@router.post("/workshop/quiz/opnieuw")
async def quiz_restart(request: Request) -> Response:
    return await _restart(request, QUIZ_KEY, "/workshop/quiz")


async def _restart(request: Request, key: str, page: str) -> Response:
    """Forget the session's self-scan or quiz (after a valid form) and show it afresh."""
    await checked_form(request)
    _user(request)
    request.session.pop(key, None)
    return redirect(page)


@router.post("/workshop/quiz/delen")
async def quiz_share(request: Request) -> Response:
    await checked_form(request)
    return await run_in_threadpool(_quiz_share, request)


def _quiz_share(request: Request) -> Response:
    app = state(request)
    user = _user(request)
    stored = request.session.get(QUIZ_KEY)
    quiz = workshop.restore_quiz(app.checks, stored)
    if quiz is None or not quiz.finished:
        return _quiz_page(request, user, 409, "workshop.not_finished")
    if isinstance(stored, dict) and stored.get("shared") is True:
        return _quiz_page(request, user, 409, "workshop.already_shared")
    with app.db.session() as session:
        workshop.store_summary(session, "quiz", share.quiz_summary(app.checks.pack, quiz))
    _save_quiz(request, quiz, shared=True)
    return redirect("/workshop/quiz?gedeeld=1")


# ---- Team Communicatie: anonymous totals ----------------------------------------------------

@router.get("/communicatie/workshop")
def totals_page(request: Request) -> Response:
    app = state(request)
    with app.db.session() as session:
        user = require_user(request, session, submissions.REVIEWER_ROLES)
        totals = workshop.totals(session)
    spec = workshop.spec(app.checks).selfscan
    return render(request, "workshop_totals.html", user, totals=totals,
                  profiles={p.id: p.title for p in spec.profiles},
                  tips={tip.id: tip.text for tip in spec.tips},
                  min_group=share.MIN_GROUP, category_title=app.checks.category_title)
