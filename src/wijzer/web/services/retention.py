"""Retention: delete submissions older than the setting, with their files and conversation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wijzer.web.db.models import StoredAttachment, Submission, utcnow
from wijzer.web.services import audit


def prune(session: Session, upload_dir: Path, days: int,
          now: dt.datetime | None = None) -> int:
    """Delete submissions created more than ``days`` days ago; returns how many.

    Findings, messages, notifications and attachments go with them (foreign keys cascade);
    the files are removed after the rows. The audit trail keeps its (text-free) records.
    """
    cutoff = (now or utcnow()) - dt.timedelta(days=days)
    ids = list(session.scalars(select(Submission.id).where(Submission.created_at < cutoff)))
    if not ids:
        return 0
    names = list(session.scalars(select(StoredAttachment.stored_name).where(
        StoredAttachment.submission_id.in_(ids))))
    session.execute(delete(Submission).where(Submission.id.in_(ids)))
    audit.record(session, "retention.pruned", None, None, f"count={len(ids)} days={days}")
    session.flush()
    for name in names:
        (upload_dir / name).unlink(missing_ok=True)
    return len(ids)
