"""In-app notifications, and the e-mails that go with them once the change is committed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from wijzer.web.db.models import Notification, User, utcnow
from wijzer.web.i18n import translate


@dataclass(frozen=True)
class PendingMail:
    to: str
    subject: str
    body: str


def notify(session: Session, user: User, kind: str, submission_id: int | None,
           base_url: str) -> PendingMail | None:
    """Store a notification for ``user``; the mail to send after commit, if they have an address.

    ``kind`` is a catalogue key under ``notify.`` (e.g. ``decided``, ``message``, ``new``).
    """
    session.add(Notification(user_id=user.id, submission_id=submission_id, kind=kind))
    if not user.email:
        return None
    lang = user.lang
    link = f"{base_url.rstrip('/')}/verzoeken/{submission_id}" if submission_id else base_url
    subject = translate(f"notify.{kind}", lang, id=submission_id)
    body = translate("notify.mail_body", lang, subject=subject, link=link)
    return PendingMail(user.email, subject, body)


def unread_count(session: Session, user_id: int) -> int:
    query = select(func.count()).select_from(Notification).where(
        Notification.user_id == user_id, Notification.read_at.is_(None))
    return int(session.scalar(query) or 0)


def for_user(session: Session, user_id: int, limit: int = 50) -> list[Notification]:
    query = select(Notification).where(Notification.user_id == user_id)
    return list(session.scalars(query.order_by(Notification.id.desc()).limit(limit)))


def mark_read(session: Session, user_id: int, submission_id: int | None = None) -> None:
    """Mark the user's notifications read: all, or those about one submission."""
    query = update(Notification).where(Notification.user_id == user_id,
                                       Notification.read_at.is_(None))
    if submission_id is not None:
        query = query.where(Notification.submission_id == submission_id)
    session.execute(query.values(read_at=utcnow()))


def tell_reviewers(session: Session, submission_id: int, base_url: str) -> list[PendingMail]:
    """Notify every active member of Team Communicatie of a new request."""
    reviewers = session.scalars(select(User).where(
        User.role == "communicatie", User.active.is_(True)))
    mails = [notify(session, reviewer, "new", submission_id, base_url) for reviewer in reviewers]
    return [mail for mail in mails if mail is not None]
