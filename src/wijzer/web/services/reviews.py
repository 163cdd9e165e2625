"""Decisions of Team Communicatie, with optimistic concurrency: one of two reviewers wins."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from wijzer.web.db.models import Submission, User, utcnow
from wijzer.web.services import audit

DECISIONS = {"akkoord": "approved", "aanpassen": "changes", "niet_plaatsen": "rejected"}


class Conflict(Exception):
    """Someone else changed the submission since the reviewer opened it."""


def decide(session: Session, reviewer: User, submission: Submission, decision: str,
           comment: str, suggested_text: str | None, expected_version: int) -> None:
    """Record the decision if nobody changed the submission since ``expected_version``.

    The check and the write are one UPDATE ... WHERE version = expected, so two reviewers
    deciding at the same moment cannot both succeed on any database.
    """
    status = DECISIONS[decision]
    now = utcnow()
    result = session.execute(
        update(Submission)
        .where(Submission.id == submission.id, Submission.version == expected_version)
        .values(status=status, decision_comment=comment,
                suggested_text=suggested_text if decision == "aanpassen" else None,
                decided_at=now, decided_by_id=reviewer.id, updated_at=now,
                version=Submission.version + 1)
        .execution_options(synchronize_session=False))
    if getattr(result, "rowcount", 0) != 1:
        raise Conflict(submission.id)
    audit.record(session, "submission.decided", reviewer.id, submission.id,
                 f"status={submission.status}->{status}")
    session.refresh(submission)
