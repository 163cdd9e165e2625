""""Vraag het Wijzer": a question about the guideline, the answer with the items it rests on,
or no answer and a prefilled question to Team Communicatie."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData

from wijzer.web.context import (
    checked_form,
    field,
    lang_of,
    redirect,
    render,
    require_user,
    state,
    with_mails,
)
from wijzer.web.services import asking, notifications, submissions

router = APIRouter()


@router.get("/vraag")
def ask_page(request: Request) -> Response:
    with state(request).db.session() as session:
        user = require_user(request, session)
    return render(request, "ask.html", user, question="")


@router.post("/vraag")
async def ask_post(request: Request) -> Response:
    form = await checked_form(request)
    return await run_in_threadpool(_ask, request, form)


def _ask(request: Request, form: FormData) -> Response:
    app = state(request)
    question = field(form, "question", asking.HARD_LIMIT + 1)
    with app.db.session() as session:
        user = require_user(request, session)
    result = asking.answer(app.checks, question, lang_of(request))
    if isinstance(result, asking.AskProblem):
        status = 413 if result.key == "ask.too_long" else 400
        return render(request, "ask.html", user, status=status, error=result.key,
                      error_params=result.params, question=question[:asking.HARD_LIMIT])
    return render(request, "ask.html", user, question=question, answer=result,
                  idempotency_key=uuid.uuid4().hex)


@router.post("/vraag/team")
async def to_team(request: Request) -> Response:
    form = await checked_form(request)
    return await run_in_threadpool(_to_team, request, form)


def _to_team(request: Request, form: FormData) -> Response:
    app = state(request)
    question = field(form, "question", submissions.QUESTION_LIMIT + 1)
    key = field(form, "idempotency_key", 64)
    with app.db.session() as session:
        user = require_user(request, session)
        if not question or len(question) > submissions.QUESTION_LIMIT:
            return render(request, "ask.html", user, status=400, error="ask.team_invalid",
                          question=question[:submissions.QUESTION_LIMIT])
        submission, created = submissions.create_question(
            session, user, question, key if key.isalnum() else uuid.uuid4().hex)
        mails = (notifications.tell_reviewers(session, submission.id, app.settings.base_url)
                 if created else [])
        submission_id = submission.id
    return with_mails(request, redirect(f"/verzoeken/{submission_id}"), mails)
