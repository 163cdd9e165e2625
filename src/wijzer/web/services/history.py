"""History audits of uploaded exports ("Mijn geschiedenis"): a job per upload, run in a
background thread with :func:`wijzer.audit.pipeline.audit_export`, for its owner only.

Files live in ``<data dir>/audits/<job id>/``: the export under ``in/`` (deleted as soon as
the scan ends, whatever the outcome) and the report files under ``out/`` (deleted by the
owner or when ``audit_keep_minutes`` have passed, see :func:`sweep`).
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from wijzer.audit.pipeline import audit_export
from wijzer.audit.report.files import render_files
from wijzer.audit.report.output import write_files
from wijzer.errors import WijzerError
from wijzer.pack.loader import load_pack
from wijzer.web.db.models import AuditJob, User, utcnow
from wijzer.web.db.session import Database

log = logging.getLogger("wijzer.web.history")
REPORT_FILES = {"report.html": "text/html", "report.json": "application/json",
                "posts.csv": "text/csv", "activity.csv": "text/csv"}
SCAN_DEADLINE = dt.timedelta(hours=6)  # a job not finished by then is swept away
PROGRESS_EVERY = 0.5  # seconds between progress writes to the database

SWEEP_EVERY = 60  # seconds between sweeps while the server runs
PROCESS_STARTED = utcnow()
_cancelled: set[str] = set()
_live: set[str] = set()  # jobs with a thread in this process
_cancel_lock = threading.Lock()


class Cancelled(Exception):
    """The owner deleted the job while it was running."""


@dataclass(frozen=True)
class JobPaths:
    root: Path

    @property
    def incoming(self) -> Path:
        return self.root / "in"

    @property
    def output(self) -> Path:
        return self.root / "out"


def audits_dir(data_dir: Path) -> Path:
    return data_dir / "audits"


def new_job(db: Database, data_dir: Path, user: User, lang: str) -> tuple[str, JobPaths]:
    """A queued job row and its (empty) folders."""
    job_id = secrets.token_hex(16)
    paths = JobPaths(audits_dir(data_dir) / job_id)
    paths.incoming.mkdir(parents=True, mode=0o700)
    with db.session() as session:
        session.add(AuditJob(id=job_id, user_id=user.id, status="queued", lang=lang, done=0,
                             expires_at=utcnow() + SCAN_DEADLINE))
    return job_id, paths


def get_for(db: Database, user: User, job_id: str) -> AuditJob | None:
    """The job if ``user`` owns it (nobody else, not even Team Communicatie)."""
    if not job_id.isalnum() or len(job_id) != 32:
        return None
    with db.session() as session:
        job = session.get(AuditJob, job_id)
        if job is None or job.user_id != user.id:
            return None
        session.expunge(job)
        return job


def own(db: Database, user: User) -> list[AuditJob]:
    with db.session() as session:
        jobs = list(session.scalars(select(AuditJob).where(AuditJob.user_id == user.id)
                                    .order_by(AuditJob.created_at.desc())))
        session.expunge_all()
        return jobs


def start(db: Database, data_dir: Path, job_id: str, export: Path, display_name: str,
          pack: str | None, keep_minutes: int) -> threading.Thread:
    """Run the audit in a background thread; the export is deleted when it ends."""
    thread = threading.Thread(target=run, name=f"audit-{job_id[:8]}", daemon=True,
                              args=(db, data_dir, job_id, export, display_name, pack,
                                    keep_minutes))
    thread.start()
    return thread


def run(db: Database, data_dir: Path, job_id: str, export: Path, display_name: str,
        pack: str | None, keep_minutes: int) -> None:
    """The job itself (also callable directly, e.g. in tests)."""
    paths = JobPaths(audits_dir(data_dir) / job_id)
    with _cancel_lock:
        _live.add(job_id)
    lang = _update(db, job_id, status="running") or "nl"
    last = 0.0

    def progress(done: int, total: int | None) -> None:
        nonlocal last
        if _is_cancelled(job_id):
            raise Cancelled
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY:
            last = now
            _update(db, job_id, done=done, total=total)

    try:
        report = audit_export(export, pack=pack, progress=progress, count_first=True)
        export.unlink(missing_ok=True)  # the upload goes first, before anything is written
        files = render_files(report, load_pack(pack), lang, {"html", "json", "csv"})
        write_files(paths.output, files)
        finished = utcnow()
        alive = _update(db, job_id, status="done", done=report.checked, finished_at=finished,
                        expires_at=finished + dt.timedelta(minutes=keep_minutes))
        if alive is None:  # deleted while it ran
            remove_files(data_dir, job_id)
    except Cancelled:
        remove_files(data_dir, job_id)
    except WijzerError as exc:
        exc.params = {**exc.params, **({"path": display_name} if "path" in exc.params else {})}
        _fail(db, data_dir, job_id, exc.message(lang), keep_minutes)
    except Exception as exc:  # never leave a job "running" or files behind
        log.error("audit job failed: %s", type(exc).__name__)
        _fail(db, data_dir, job_id, None, keep_minutes)
    finally:
        export.unlink(missing_ok=True)
        shutil.rmtree(paths.incoming, ignore_errors=True)
        with _cancel_lock:
            _cancelled.discard(job_id)
            _live.discard(job_id)


def _fail(db: Database, data_dir: Path, job_id: str, message: str | None,
          keep_minutes: int) -> None:
    remove_files(data_dir, job_id)
    finished = utcnow()
    _update(db, job_id, status="failed", error=message or "", finished_at=finished,
            expires_at=finished + dt.timedelta(minutes=keep_minutes))


def _update(db: Database, job_id: str, **values: object) -> str | None:
    """Change the job row; returns its language, or None when the row is gone."""
    with db.session() as session:
        job = session.get(AuditJob, job_id)
        if job is None:
            return None
        for name, value in values.items():
            if value is not None or name == "total":
                setattr(job, name, value)
        return job.lang


def _is_cancelled(job_id: str) -> bool:
    with _cancel_lock:
        return job_id in _cancelled


def delete(db: Database, data_dir: Path, job: AuditJob) -> None:
    """Delete a job now: its row and files; a running scan stops at its next progress call."""
    with _cancel_lock:
        if job.status in ("queued", "running"):
            _cancelled.add(job.id)
    with db.session() as session:
        found = session.get(AuditJob, job.id)
        if found is not None:
            session.delete(found)
    remove_files(data_dir, job.id)


def remove_files(data_dir: Path, job_id: str) -> None:
    shutil.rmtree(audits_dir(data_dir) / job_id, ignore_errors=True)


def sweep(db: Database, data_dir: Path, now: dt.datetime | None = None) -> int:
    """Delete expired jobs with their files, and folders no job row knows; returns how many."""
    moment = now or utcnow()
    with db.session() as session:
        expired = list(session.scalars(select(AuditJob).where(AuditJob.expires_at < moment)))
        for job in expired:
            session.delete(job)
        # a scan of an earlier server process was cut off by the restart
        orphans = list(session.scalars(select(AuditJob).where(
            AuditJob.status.in_(("queued", "running")),
            AuditJob.created_at < PROCESS_STARTED)))
        with _cancel_lock:
            orphans = [job for job in orphans if job.id not in _live]
        for job in orphans:
            job.status, job.error, job.finished_at = "failed", "", moment
            job.expires_at = moment + dt.timedelta(minutes=60)
        known = set(session.scalars(select(AuditJob.id)))
    for job in orphans:
        shutil.rmtree(JobPaths(audits_dir(data_dir) / job.id).incoming, ignore_errors=True)
    for job in expired:
        remove_files(data_dir, job.id)
    folder = audits_dir(data_dir)
    if folder.is_dir():
        for child in folder.iterdir():
            if child.name not in known and _older_than(child, moment, SCAN_DEADLINE):
                shutil.rmtree(child, ignore_errors=True)
    return len(expired)


def _older_than(path: Path, now: dt.datetime, age: dt.timedelta) -> bool:
    try:
        changed = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(tzinfo=None)
    except OSError:
        return False
    return now - changed > age


def report_path(data_dir: Path, job: AuditJob, name: str) -> Path | None:
    if job.status != "done" or name not in REPORT_FILES:
        return None
    path = JobPaths(audits_dir(data_dir) / job.id).output / name
    return path if path.is_file() else None


def remove_dir(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
