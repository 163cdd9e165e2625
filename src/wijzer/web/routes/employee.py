"""Pages for employees: write a draft with live findings, submit it, report a press question."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData, UploadFile

from wijzer.errors import WijzerError
from wijzer.web.context import (
    checked_form,
    current_user,
    field,
    lang_of,
    redirect,
    render,
    require_user,
    state,
    with_mails,
)
from wijzer.web.services import notifications, submissions
from wijzer.web.services.checking import highlight_segments
from wijzer.web.services.notifications import PendingMail
from wijzer.web.services.uploads import SOURCES, SavedImage, save_image

router = APIRouter()


@router.get("/")
def home(request: Request) -> Response:
    with state(request).db.session() as session:
        user = current_user(request, session)
    if user is None:
        return redirect("/login")
    return redirect("/communicatie" if submissions.is_reviewer(user) else "/schrijven")


def _write_context(request: Request, values: dict[str, str] | None = None,
                   **extra: Any) -> dict[str, Any]:
    checks = state(request).checks
    values = values or {}
    values.setdefault("idempotency_key", uuid.uuid4().hex)
    return {"platforms": checks.platforms(), "questions": checks.side_questions(),
            "sources": list(SOURCES), "values": values,
            "max_images": state(request).settings.max_images,
            "max_chars": state(request).settings.max_draft_chars, **extra}


@router.get("/schrijven")
def write_page(request: Request) -> Response:
    with state(request).db.session() as session:
        user = require_user(request, session)
    return render(request, "write.html", user, **_write_context(request))


@router.post("/schrijven")
async def write_post(request: Request) -> Response:
    form = await checked_form(request)
    return await run_in_threadpool(_write, request, form)


def _write(request: Request, form: FormData) -> Response:
    app = state(request)
    settings = app.settings
    lang = lang_of(request)
    values = {name: field(form, name, settings.max_draft_chars + 1)
              for name in ("text", "platform", "reply_to", "question", "idempotency_key")}
    with app.db.session() as session:
        user = require_user(request, session)

    def again(error: str, status: int = 400, **params: Any) -> Response:
        return render(request, "write.html", user, status=status, error=error,
                      error_params=params, **_write_context(request, values))

    if len(values["text"]) > settings.max_draft_chars:
        raw = form.get("text")
        values["text"] = raw.strip() if isinstance(raw, str) else ""  # keep it to shorten
        return again("draft.too_long", 413, limit=settings.max_draft_chars,
                     length=len(raw.strip()) if isinstance(raw, str) else 0)
    if not values["text"]:
        return again("draft.empty")
    if values["platform"] not in app.checks.pack.meta.platforms:
        return again("draft.platform")
    if len(values["reply_to"]) > settings.max_draft_chars:
        return again("draft.reply_too_long", 413, limit=settings.max_draft_chars)
    if not values["idempotency_key"].isalnum() or len(values["idempotency_key"]) > 64:
        values["idempotency_key"] = uuid.uuid4().hex
    submitting = form.get("action") == "submit"
    saved: list[SavedImage] = []
    try:
        saved = _save_images(request, form, lang)
        report = app.checks.check(values["text"], values["platform"], values["reply_to"],
                                  tuple(s.attachment for s in saved), lang)
        if not submitting:
            # a check only: the images were read for it and are not kept
            _discard(saved)
            return render(request, "write.html", user, report=report,
                          images_checked=len(saved),
                          segments=highlight_segments(values["text"], report["findings"]),
                          **_write_context(request, values))
        draft = submissions.NewDraft(
            text=values["text"], platform=values["platform"],
            reply_to=values["reply_to"] or None,
            question=values["question"][:submissions.QUESTION_LIMIT],
            report=report, idempotency_key=values["idempotency_key"],
            attachments=[s.stored for s in saved])
        mails: list[PendingMail] = []
        with app.db.session() as session:
            user = require_user(request, session)
            submission, created = submissions.create_draft(session, user, draft)
            if created:
                mails = notifications.tell_reviewers(session, submission.id, app.settings.base_url)
            submission_id = submission.id
    except WijzerError as exc:
        _discard(saved)
        return again("error.message", 400, message=exc.message(lang))
    except BaseException:
        _discard(saved)
        raise
    if not created:
        _discard(saved)
    return with_mails(request, redirect(f"/verzoeken/{submission_id}"), mails)


def _save_images(request: Request, form: FormData, lang: str) -> list[SavedImage]:
    settings = state(request).settings
    saved: list[SavedImage] = []
    try:
        for index in range(1, settings.max_images + 1):
            upload = form.get(f"image_{index}")
            if not isinstance(upload, UploadFile) or not upload.filename:
                continue
            saved.append(save_image(settings.upload_dir, upload.file, upload.filename,
                                    field(form, f"source_{index}", 30),
                                    field(form, f"credit_{index}", 300),
                                    settings.max_upload_bytes, lang))
    except BaseException:
        _discard(saved)
        raise
    return saved


def _discard(saved: list[SavedImage]) -> None:
    for image in saved:
        image.path.unlink(missing_ok=True)


@router.get("/pers")
def press_page(request: Request) -> Response:
    with state(request).db.session() as session:
        user = require_user(request, session)
    return render(request, "press.html", user, values={"idempotency_key": uuid.uuid4().hex})


@router.post("/pers")
async def press_post(request: Request) -> Response:
    form = await checked_form(request)
    return await run_in_threadpool(_press, request, form)


def _press(request: Request, form: FormData) -> Response:
    app = state(request)
    values = {name: field(form, name, limit) for name, limit in (
        ("medium", 200), ("journalist", 200), ("question", submissions.QUESTION_LIMIT + 1),
        ("deadline", 20), ("idempotency_key", 64))}
    with app.db.session() as session:
        user = require_user(request, session)
        problem = None
        deadline: dt.date | None = None
        if not values["question"] or not values["medium"]:
            problem = "press.missing"
        elif len(values["question"]) > submissions.QUESTION_LIMIT:
            problem = "press.too_long"
        elif values["deadline"]:
            try:
                deadline = dt.date.fromisoformat(values["deadline"])
            except ValueError:
                problem = "press.deadline_invalid"
        if problem:
            return render(request, "press.html", user, status=400, error=problem,
                          values=values)
        key = values["idempotency_key"]
        press = submissions.NewPressQuestion(
            medium=values["medium"], journalist=values["journalist"],
            question=values["question"], deadline=deadline,
            idempotency_key=key if key.isalnum() else uuid.uuid4().hex)
        submission, created = submissions.create_press_question(session, user, press)
        mails = (notifications.tell_reviewers(session, submission.id, app.settings.base_url)
                 if created else [])
        submission_id = submission.id
    return with_mails(request, redirect(f"/verzoeken/{submission_id}"), mails)
