"""Submissions: drafts put before Team Communicatie and press questions; who may see what."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from wijzer.web.db.models import (
    Message,
    StoredAttachment,
    Submission,
    SubmissionFinding,
    User,
    utcnow,
)
from wijzer.web.services import audit

STATUSES = ("open", "approved", "changes", "rejected")
KINDS = ("draft", "press", "question")
REVIEWER_ROLES = ("communicatie", "beheerder")
QUESTION_LIMIT = 5_000  # characters of a question, comment or message


class AccessDenied(Exception):
    """The user may not see or change this submission (shown as 404, never as 403)."""


@dataclass
class NewDraft:
    text: str
    platform: str
    reply_to: str | None
    question: str
    report: dict[str, Any]
    idempotency_key: str
    attachments: list[StoredAttachment] = field(default_factory=list)


@dataclass
class NewPressQuestion:
    medium: str
    journalist: str
    question: str
    deadline: dt.date | None
    idempotency_key: str


def is_reviewer(user: User) -> bool:
    return user.role in REVIEWER_ROLES


def _existing(session: Session, author: User, key: str) -> Submission | None:
    query = select(Submission).where(Submission.author_id == author.id,
                                     Submission.idempotency_key == key)
    return session.scalars(query).first()


def _insert(session: Session, author: User, submission: Submission) -> tuple[Submission, bool]:
    """Insert once per idempotency key: a second identical submit returns the first."""
    found = _existing(session, author, submission.idempotency_key)
    if found is not None:
        return found, False
    try:
        with session.begin_nested():
            session.add(submission)
            session.flush()
    except IntegrityError:
        found = _existing(session, author, submission.idempotency_key)
        if found is None:
            raise
        return found, False
    audit.record(session, "submission.created", author.id, submission.id,
                 f"kind={submission.kind}")
    return submission, True


def create_draft(session: Session, author: User, draft: NewDraft) -> tuple[Submission, bool]:
    """The new submission and True, or the earlier one with the same key and False."""
    report = draft.report
    submission = Submission(
        kind="draft", author_id=author.id, status="open", priority=0, platform=draft.platform,
        text=draft.text, reply_to=draft.reply_to, question=draft.question,
        verdict=report.get("verdict"), report_json=json.dumps(report, ensure_ascii=False),
        idempotency_key=draft.idempotency_key)
    submission.findings = [SubmissionFinding(category=f["category"], rule=f["rule"],
                                             guidelines=" ".join(f["guidelines"]))
                           for f in report.get("findings", [])]
    submission.attachments = list(draft.attachments)
    return _insert(session, author, submission)


def create_press_question(session: Session, author: User,
                          press: NewPressQuestion) -> tuple[Submission, bool]:
    submission = Submission(
        kind="press", author_id=author.id, status="open", priority=1, question=press.question,
        medium=press.medium, journalist=press.journalist, deadline=press.deadline,
        idempotency_key=press.idempotency_key)
    return _insert(session, author, submission)


def create_question(session: Session, author: User, question: str,
                    idempotency_key: str) -> tuple[Submission, bool]:
    """A question to Team Communicatie that Wijzer could not answer itself (kind ``question``)."""
    submission = Submission(kind="question", author_id=author.id, status="open", priority=0,
                            question=question, idempotency_key=idempotency_key)
    return _insert(session, author, submission)


def get_for(session: Session, user: User, submission_id: int) -> Submission:
    """The submission if ``user`` may see it: its author, or Team Communicatie / beheerder."""
    query = select(Submission).where(Submission.id == submission_id).options(
        selectinload(Submission.attachments), selectinload(Submission.messages))
    submission = session.scalars(query).first()
    if submission is None or not (is_reviewer(user) or submission.author_id == user.id):
        raise AccessDenied(submission_id)
    return submission


def own(session: Session, user: User) -> list[Submission]:
    query = select(Submission).where(Submission.author_id == user.id)
    return list(session.scalars(query.order_by(Submission.created_at.desc(),
                                               Submission.id.desc())))


def queue(session: Session, status: str | None = None, platform: str | None = None,
          category: str | None = None, kind: str | None = None) -> list[Submission]:
    """Open work first: press questions before drafts, oldest first within each."""
    query = select(Submission).options(selectinload(Submission.author))
    if status in STATUSES:
        query = query.where(Submission.status == status)
    if platform:
        query = query.where(Submission.platform == platform)
    if kind in KINDS:
        query = query.where(Submission.kind == kind)
    if category:
        query = query.where(Submission.id.in_(select(SubmissionFinding.submission_id).where(
            SubmissionFinding.category == category)))
    order = (Submission.status != "open", Submission.priority.desc(), Submission.created_at,
             Submission.id)
    return list(session.scalars(query.order_by(*order).limit(500)))


def add_message(session: Session, user: User, submission: Submission, body: str) -> Message:
    message = Message(submission_id=submission.id, author_id=user.id, body=body)
    session.add(message)
    submission.updated_at = utcnow()
    audit.record(session, "message.added", user.id, submission.id)
    return message


def report_of(submission: Submission) -> dict[str, Any] | None:
    if not submission.report_json:
        return None
    data: dict[str, Any] = json.loads(submission.report_json)
    return data
