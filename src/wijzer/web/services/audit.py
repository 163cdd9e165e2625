"""The audit trail: append-only records of every state change (ids and codes, no texts).

There is deliberately no update or delete function here, and no route that edits the trail;
the database refuses UPDATE and DELETE on the table as well (see the first migration).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijzer.web.db.models import AuditEvent


def record(session: Session, action: str, actor_id: int | None = None,
           submission_id: int | None = None, detail: str = "") -> None:
    session.add(AuditEvent(action=action, actor_id=actor_id, submission_id=submission_id,
                           detail=detail[:200]))


def events_for(session: Session, submission_id: int) -> list[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.submission_id == submission_id)
    return list(session.scalars(query.order_by(AuditEvent.id)))


def recent(session: Session, limit: int = 200) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)))
