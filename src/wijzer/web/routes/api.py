"""The JSON API (``/api/v1``), documented at ``/api/docs``. Authenticate with a personal
token (``Authorization: Bearer wz_...``) or, from the app's own pages, the session cookie
plus the ``X-CSRF-Token`` header."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Literal

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from wijzer.errors import WijzerError
from wijzer.web.auth.csrf import HEADER, csrf_valid
from wijzer.web.auth.tokens import token_hash
from wijzer.web.context import (
    CsrfFailed,
    LoginRequired,
    NotFound,
    current_user,
    state,
    with_mails,
)
from wijzer.web.db.models import ApiToken, Submission, User, utcnow
from wijzer.web.services import notifications, submissions

router = APIRouter(prefix="/api/v1", tags=["wijzer"])
TOKEN_TOUCH = dt.timedelta(hours=1)
MAX_API_CHARS = 20_000  # hard cap before the configurable draft limit gives its message


class CheckRequest(BaseModel):
    text: str = Field(max_length=MAX_API_CHARS, description="the draft post")
    platform: str = Field("linkedin", max_length=20)
    reply_to: str | None = Field(None, max_length=MAX_API_CHARS,
                                 description="the message being answered")
    lang: Literal["nl", "en"] = "nl"


class SubmissionRequest(CheckRequest):
    question: str = Field("", max_length=5_000, description="your question to Team Communicatie")
    idempotency_key: str | None = Field(None, max_length=64, pattern=r"^[A-Za-z0-9_-]*$",
                                        description="the same key twice creates one submission")


class AskRequest(BaseModel):
    question: str = Field(max_length=100_000, description="your question, in Dutch or English")
    lang: Literal["nl", "en"] = Field("nl", description="language when the question's is unclear")


class AskGuideline(BaseModel):
    id: str
    title: str
    explanation: str
    source: dict[str, Any]


class AskOut(BaseModel):
    question: str
    language: str
    answer: str = Field(description="the short answer, or the advice to ask Team Communicatie")
    faq_id: str | None
    score: float
    guidelines: list[AskGuideline] = Field(description="what it rests on, most important first")
    no_answer: bool
    contact: str


class SubmissionOut(BaseModel):
    id: int
    kind: str
    status: str
    platform: str | None
    verdict: str | None
    created_at: dt.datetime
    decided_at: dt.datetime | None
    decision_comment: str | None
    suggested_text: str | None


def _api_user(request: Request, session: Session, authorization: str | None,
              writing: bool) -> User:
    if authorization and authorization.lower().startswith("bearer "):
        digest = token_hash(authorization[7:].strip())
        token = session.scalars(select(ApiToken).where(
            ApiToken.token_hash == digest, ApiToken.revoked_at.is_(None))).first()
        user = session.get(User, token.user_id) if token else None
        if token is None or user is None or not user.active:
            raise LoginRequired
        now = utcnow()
        if token.last_used_at is None or now - token.last_used_at > TOKEN_TOUCH:
            token.last_used_at = now  # at most once an hour: no write on every call
        return user
    user = current_user(request, session)
    if user is None:
        raise LoginRequired
    if writing and not csrf_valid(request.session, request.headers.get(HEADER)):
        raise CsrfFailed
    return user


def _verify_checker(request: Request, authorization: str | None) -> None:
    """Who may check: as :func:`_api_user`, but a caller verified in the last seconds is
    not looked up again (see :mod:`wijzer.web.auth.callers`)."""
    app = state(request)
    key: tuple[Any, ...] | None = None
    if authorization and authorization.lower().startswith("bearer "):
        key = ("token", token_hash(authorization[7:].strip()))
    elif isinstance(request.session.get("uid"), int) and csrf_valid(
            request.session, request.headers.get(HEADER)):
        key = ("session", request.session["uid"], request.session.get("epoch"))
    if key is not None and app.callers.known(key):
        return
    with app.db.session() as session:
        _api_user(request, session, authorization, writing=True)
    if key is not None:
        app.callers.remember(key)


def _error(exc: WijzerError, lang: str) -> JSONResponse:
    return JSONResponse({"error": exc.code, "message": exc.message(lang)}, status_code=422)


def _too_long(lang: str, length: int, limit: int) -> JSONResponse:
    from wijzer.web.i18n import translate

    return JSONResponse({"error": "draft.too_long", "message": translate(
        "draft.too_long", lang, limit=limit, length=length)}, status_code=413)


docs_router = APIRouter()


@docs_router.get("/api/docs", include_in_schema=False)
def docs(request: Request) -> Any:
    """The API documentation from the OpenAPI schema, served without any CDN."""
    from wijzer.web.context import render

    schema = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, "summary": op.get("summary", ""),
         "description": op.get("description", ""),
         "body": _body_fields(schema, op), "responses": sorted(op.get("responses", {}))}
        for path, item in schema["paths"].items() for method, op in item.items()]
    return render(request, "api_docs.html", operations=operations)


def _body_fields(schema: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    ref = (op.get("requestBody", {}).get("content", {}).get("application/json", {})
           .get("schema", {}).get("$ref", ""))
    model = schema.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[-1], {})
    required = set(model.get("required", []))
    return [{"name": name, "type": spec.get("type") or "/".join(
                str(alt.get("type")) for alt in spec.get("anyOf", [])),
             "required": name in required, "description": spec.get("description", "")}
            for name, spec in model.get("properties", {}).items()]


@router.post("/check", summary="Check a draft post against the guideline")
def check(body: CheckRequest, request: Request,
          authorization: str | None = Header(None)) -> Any:
    """The traffic light, the findings with their character spans (for highlighting),
    the guideline items they cite and the advice, in Dutch or English."""
    app = state(request)
    _verify_checker(request, authorization)
    limit = app.settings.max_draft_chars
    if len(body.text) > limit or len(body.reply_to or "") > limit:
        return _too_long(body.lang, max(len(body.text), len(body.reply_to or "")), limit)
    try:
        return app.checks.check(body.text, body.platform, body.reply_to, lang=body.lang)
    except WijzerError as exc:
        return _error(exc, body.lang)


def _ask(request: Request, question: str, lang: str, authorization: str | None,
         writing: bool) -> Any:
    from wijzer.web.i18n import translate
    from wijzer.web.services import asking

    app = state(request)
    with app.db.session() as session:
        _api_user(request, session, authorization, writing=writing)
    result = asking.answer(app.checks, question, lang)
    if isinstance(result, asking.AskProblem):
        status = 413 if result.key == "ask.too_long" else 422
        return JSONResponse({"error": result.error, "message": translate(
            result.key, lang, **result.params)}, status_code=status)
    return result


@router.post("/ask", response_model=AskOut, summary="Ask a question about the guideline")
def ask_post(body: AskRequest, request: Request,
             authorization: str | None = Header(None)) -> Any:
    """The short answer and the guideline items it rests on (most important first), or
    ``no_answer: true`` with the advice to ask Team Communicatie. Questions are not stored."""
    return _ask(request, body.question, body.lang, authorization, writing=True)


@router.get("/ask", response_model=AskOut, summary="Ask a question (query parameter q)")
def ask_get(request: Request, q: str = Query(max_length=100_000), lang: Literal["nl", "en"] = "nl",
            authorization: str | None = Header(None)) -> Any:
    """The same as POST /api/v1/ask, with the question in ``q``."""
    return _ask(request, q, lang, authorization, writing=False)


def _out(submission: Submission) -> SubmissionOut:
    return SubmissionOut.model_validate(submission, from_attributes=True)


@router.get("/submissions", response_model=list[SubmissionOut],
            summary="Your own submissions, newest first")
def list_submissions(request: Request, authorization: str | None = Header(None)) -> Any:
    with state(request).db.session() as session:
        user = _api_user(request, session, authorization, writing=False)
        return [_out(s) for s in submissions.own(session, user)]


@router.get("/submissions/{submission_id}", response_model=SubmissionOut,
            summary="One of your submissions")
def get_submission(submission_id: int, request: Request,
                   authorization: str | None = Header(None)) -> Any:
    with state(request).db.session() as session:
        user = _api_user(request, session, authorization, writing=False)
        try:
            return _out(submissions.get_for(session, user, submission_id))
        except submissions.AccessDenied:
            raise NotFound from None


@router.post("/submissions", response_model=SubmissionOut, status_code=201,
             summary="Put a draft before Team Communicatie")
def create_submission(body: SubmissionRequest, request: Request,
                      authorization: str | None = Header(None)) -> Any:
    app = state(request)
    limit = app.settings.max_draft_chars
    if len(body.text) > limit or len(body.reply_to or "") > limit:
        return _too_long(body.lang, max(len(body.text), len(body.reply_to or "")), limit)
    try:
        report = app.checks.check(body.text, body.platform, body.reply_to, lang=body.lang)
    except WijzerError as exc:
        return _error(exc, body.lang)
    with app.db.session() as session:
        user = _api_user(request, session, authorization, writing=True)
        draft = submissions.NewDraft(
            text=body.text, platform=body.platform, reply_to=body.reply_to,
            question=body.question, report=report,
            idempotency_key=body.idempotency_key or uuid.uuid4().hex)
        submission, created = submissions.create_draft(session, user, draft)
        mails = (notifications.tell_reviewers(session, submission.id, app.settings.base_url)
                 if created else [])
        result = _out(submission)
    status = 201 if created else 200
    return with_mails(request, JSONResponse(result.model_dump(mode="json"), status_code=status),
                      mails)
