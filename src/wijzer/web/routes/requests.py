"""A request's pages: "Mijn verzoeken", the detail page with findings, conversation and
decision (shared with Team Communicatie), attachments and notifications."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from wijzer.web.context import (
    NotFound,
    checked_form,
    field,
    redirect,
    render,
    require_user,
    state,
    with_mails,
)
from wijzer.web.db.models import StoredAttachment, User
from wijzer.web.services import audit, notifications, submissions
from wijzer.web.services.checking import highlight_segments
from wijzer.web.services.notifications import PendingMail
from wijzer.web.services.reviews import DECISIONS
from wijzer.web.services.uploads import CONTENT_TYPES

router = APIRouter()


@router.get("/verzoeken")
def my_requests(request: Request) -> Response:
    with state(request).db.session() as session:
        user = require_user(request, session)
        items = submissions.own(session, user)
        return render(request, "mine.html", user, items=items)


@router.get("/verzoeken/{submission_id}")
def detail(request: Request, submission_id: int) -> Response:
    with state(request).db.session() as session:
        user = require_user(request, session)
        return detail_response(request, session, user, submission_id)


def detail_response(request: Request, session: Session, user: User, submission_id: int,
            status: int = 200, **extra: Any) -> Response:
    try:
        submission = submissions.get_for(session, user, submission_id)
    except submissions.AccessDenied:
        raise NotFound from None
    report = submissions.report_of(submission)
    segments = highlight_segments(submission.text, report["findings"]) if report else []
    notifications.mark_read(session, user.id, submission.id)
    events = audit.events_for(session, submission.id) if submissions.is_reviewer(user) else []
    return render(request, "detail.html", user, status=status, s=submission, report=report,
                  segments=segments, decisions=list(DECISIONS), events=events,
                  reviewer=submissions.is_reviewer(user), **extra)


@router.post("/verzoeken/{submission_id}/bericht")
async def add_message(request: Request, submission_id: int) -> Response:
    form = await checked_form(request)
    return await run_in_threadpool(_add_message, request, submission_id, form)


def _add_message(request: Request, submission_id: int, form: FormData) -> Response:
    app = state(request)
    body = field(form, "body", submissions.QUESTION_LIMIT + 1)
    with app.db.session() as session:
        user = require_user(request, session)
        try:
            submission = submissions.get_for(session, user, submission_id)
        except submissions.AccessDenied:
            raise NotFound from None
        if not body or len(body) > submissions.QUESTION_LIMIT:
            return detail_response(request, session, user, submission_id, status=400,
                           error="message.invalid")
        submissions.add_message(session, user, submission, body)
        mails: list[PendingMail] = []
        # the author hears of a reviewer's message; the reviewer who decided, of the author's
        recipient = submission.author if user.id != submission.author_id else submission.decided_by
        if recipient is not None and recipient.id != user.id:
            mail = notifications.notify(session, recipient, "message", submission.id,
                                        app.settings.base_url)
            mails = [mail] if mail else []
    return with_mails(request, redirect(f"/verzoeken/{submission_id}#gesprek"), mails)


@router.get("/bijlagen/{attachment_id}")
def attachment(request: Request, attachment_id: int) -> Response:
    app = state(request)
    with app.db.session() as session:
        user = require_user(request, session)
        stored = session.get(StoredAttachment, attachment_id)
        if stored is None:
            raise NotFound
        try:
            submissions.get_for(session, user, stored.submission_id)
        except submissions.AccessDenied:
            raise NotFound from None
        path = Path(app.settings.upload_dir) / stored.stored_name
        media_type = CONTENT_TYPES.get(stored.image_format, "application/octet-stream")
    if not path.is_file():
        raise NotFound
    return FileResponse(path, media_type=media_type,
                        headers={"Content-Disposition": "attachment",
                                 "Cache-Control": "private, no-store"})


@router.get("/meldingen")
def notification_page(request: Request) -> Response:
    with state(request).db.session() as session:
        user = require_user(request, session)
        items = notifications.for_user(session, user.id)
        page = render(request, "notifications.html", user, items=items)
        notifications.mark_read(session, user.id)
        return page
