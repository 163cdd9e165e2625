"""Pages for Team Communicatie: the queue, decisions, statistics and the audit trail."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from markupsafe import Markup
from sqlalchemy import select
from starlette.datastructures import FormData

from wijzer.web.context import (
    NotFound,
    checked_form,
    field,
    lang_of,
    redirect,
    render,
    require_user,
    state,
    with_mails,
)
from wijzer.web.db.models import User
from wijzer.web.i18n import translate
from wijzer.web.routes.requests import detail_response
from wijzer.web.services import audit, notifications, reviews, stats, submissions

router = APIRouter()
REVIEWERS = submissions.REVIEWER_ROLES


@router.get("/communicatie")
def queue(request: Request, status: str = "open", platform: str = "", category: str = "",
          kind: str = "") -> Response:
    app = state(request)
    with app.db.session() as session:
        user = require_user(request, session, REVIEWERS)
        items = submissions.queue(session, status or None, platform or None, category or None,
                                  kind or None)
        categories = [(key, app.checks.category_title(key, lang_of(request)))
                      for key in app.checks.pack.meta.categories]
        return render(request, "queue.html", user, items=items,
                      filters={"status": status, "platform": platform, "category": category,
                               "kind": kind},
                      statuses=submissions.STATUSES, platforms=app.checks.platforms(),
                      categories=categories)


@router.post("/verzoeken/{submission_id}/besluit")
async def decide(request: Request, submission_id: int) -> Response:
    form = await checked_form(request)
    return await run_in_threadpool(_decide, request, submission_id, form)


def _decide(request: Request, submission_id: int, form: FormData) -> Response:
    app = state(request)
    decision = field(form, "decision", 20)
    comment = field(form, "comment", submissions.QUESTION_LIMIT)
    suggested = field(form, "suggested_text", app.settings.max_draft_chars)
    version = field(form, "version", 12)
    with app.db.session() as session:
        user = require_user(request, session, REVIEWERS)
        try:
            submission = submissions.get_for(session, user, submission_id)
        except submissions.AccessDenied:
            raise NotFound from None
        if decision not in reviews.DECISIONS or not version.isdigit():
            return detail_response(request, session, user, submission_id, status=400,
                           error="decision.invalid")
        if decision == "aanpassen" and not suggested:
            return detail_response(request, session, user, submission_id, status=400,
                           error="decision.suggestion_missing")
        try:
            reviews.decide(session, user, submission, decision, comment, suggested or None,
                           int(version))
        except reviews.Conflict:
            session.rollback()
            return detail_response(request, session, user, submission_id, status=409,
                           error="decision.conflict")
        mail = notifications.notify(session, submission.author, "decided", submission.id,
                                    app.settings.base_url)
    return with_mails(request, redirect(f"/verzoeken/{submission_id}"), [mail] if mail else [])


@router.get("/communicatie/statistiek")
def statistics_page(request: Request) -> Response:
    app = state(request)
    lang = lang_of(request)
    with app.db.session() as session:
        user = require_user(request, session, REVIEWERS)
        data = stats.compute(session)
    t = translate
    charts = {
        "weeks": Markup(stats.bar_chart(
            [(f"{w.week}", float(w.total)) for w in data.weeks[-12:]],
            t("stats.per_week", lang))),
        "rules": Markup(stats.bar_chart([(r, float(c)) for r, c in data.top_rules],
                                        t("stats.top_rules", lang))),
        "guidelines": Markup(stats.bar_chart([(g, float(c)) for g, c in data.top_guidelines],
                                             t("stats.top_guidelines", lang))),
        "hours": Markup(stats.bar_chart(
            [(w.week, w.median_hours) for w in data.weeks[-12:] if w.median_hours is not None],
            t("stats.hours", lang))),
    }
    return render(request, "stats.html", user, data=data, charts=charts)


@router.get("/communicatie/statistiek.csv")
def statistics_csv(request: Request) -> Response:
    app = state(request)
    with app.db.session() as session:
        require_user(request, session, REVIEWERS)
        data = stats.compute(session)
    return Response(stats.to_csv(data), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="wijzer-statistiek.csv"'})


@router.get("/communicatie/audit")
def audit_page(request: Request) -> Response:
    app = state(request)
    with app.db.session() as session:
        user = require_user(request, session, REVIEWERS)
        events = audit.recent(session)
        ids = {event.actor_id for event in events if event.actor_id is not None}
        names = {u.id: u.label for u in session.scalars(select(User).where(User.id.in_(ids)))}
        return render(request, "audit.html", user, events=events, names=names)


@router.post("/meldingen/gelezen")
async def notifications_read(request: Request) -> Response:
    await checked_form(request)

    def mark() -> None:
        with state(request).db.session() as session:
            user = require_user(request, session)
            notifications.mark_read(session, user.id)
    await run_in_threadpool(mark)
    return redirect("/meldingen")
