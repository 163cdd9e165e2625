""""Mijn geschiedenis": upload a platform export, follow the background audit, read the
report (only its owner), download JSON/CSV, delete it. Nothing stays longer than needed."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response

from wijzer.web.auth.csrf import FORM_FIELD, csrf_valid
from wijzer.web.context import (
    CsrfFailed,
    NotFound,
    checked_form,
    lang_of,
    redirect,
    render,
    require_user,
    state,
)
from wijzer.web.db.models import AuditJob, User
from wijzer.web.services import history
from wijzer.web.services.streamupload import UploadRefused, receive, safe_name

router = APIRouter()
# the report's own policy (its styles are inline), sandboxed: no scripts, its own origin
REPORT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
              "frame-ancestors 'none'; sandbox")


def _user(request: Request) -> User:
    with state(request).db.session() as session:
        return require_user(request, session)


def _job(request: Request, user: User, job_id: str) -> AuditJob:
    job = history.get_for(state(request).db, user, job_id)
    if job is None:
        raise NotFound
    return job


def _page(request: Request, user: User, status: int = 200, error: str | None = None,
          **params: Any) -> Response:
    app = state(request)
    jobs = history.own(app.db, user)
    return render(request, "history.html", user, status=status, error=error,
                  error_params=params, jobs=jobs,
                  limit_mb=app.settings.max_export_bytes // 1_000_000,
                  keep=app.settings.audit_keep_minutes)


@router.get("/geschiedenis")
def history_page(request: Request) -> Response:
    app = state(request)
    user = _user(request)
    history.sweep(app.db, app.settings.data_dir)
    return _page(request, user)


@router.post("/geschiedenis")
async def upload(request: Request) -> Response:
    app = state(request)
    settings = app.settings
    user = await run_in_threadpool(_user, request)
    busy = [job for job in await run_in_threadpool(history.own, app.db, user)
            if job.status in ("queued", "running")]
    if busy:
        return _page(request, user, 409, "history.busy")
    folder = settings.audit_dir / secrets.token_hex(16)  # staging; the job gets its own id
    folder.mkdir(parents=True, mode=0o700)

    def before_file(fields: dict[str, str]) -> None:
        if not csrf_valid(request.session, fields.get(FORM_FIELD)):
            raise CsrfFailed

    try:
        received = await receive(request.stream(), request.headers.get("content-type", ""),
                                 folder, "export", settings.max_export_bytes, before_file)
    except UploadRefused as exc:
        history.remove_dir(folder)
        status = 413 if exc.code == "history.too_large" else 400
        return _page(request, user, status, exc.code, **exc.params)
    except BaseException:
        history.remove_dir(folder)
        raise
    if received.path is None:
        history.remove_dir(folder)
        if not csrf_valid(request.session, received.fields.get(FORM_FIELD)):
            raise CsrfFailed
        return _page(request, user, 400, "history.no_file")
    name = safe_name(received.filename)
    job_id = await run_in_threadpool(_start, request, user, received.path, name)
    history.remove_dir(folder)
    return redirect(f"/geschiedenis/{job_id}")


def _start(request: Request, user: User, uploaded: Path, name: str) -> str:
    app = state(request)
    job_id, paths = history.new_job(app.db, app.settings.data_dir, user, lang_of(request))
    export = paths.incoming / name
    uploaded.replace(export)
    history.start(app.db, app.settings.data_dir, job_id, export, name, app.settings.pack,
                  app.settings.audit_keep_minutes)
    return job_id


@router.get("/geschiedenis/{job_id}")
def job_page(request: Request, job_id: str) -> Response:
    user = _user(request)
    job = _job(request, user, job_id)
    return render(request, "history_job.html", user, job=job,
                  files=[name for name in history.REPORT_FILES if name != "report.html"],
                  keep=state(request).settings.audit_keep_minutes)


@router.get("/geschiedenis/{job_id}/status")
def job_status(request: Request, job_id: str) -> Response:
    user = _user(request)
    job = _job(request, user, job_id)
    return JSONResponse({"status": job.status, "done": job.done, "total": job.total,
                         "error": job.error}, headers={"Cache-Control": "no-store"})


@router.get("/geschiedenis/{job_id}/rapport")
def report_html(request: Request, job_id: str) -> Response:
    user = _user(request)
    job = _job(request, user, job_id)
    path = history.report_path(state(request).settings.data_dir, job, "report.html")
    if path is None:
        raise NotFound
    return FileResponse(path, media_type="text/html; charset=utf-8", headers={
        "Content-Security-Policy": REPORT_CSP, "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer"})


@router.get("/geschiedenis/{job_id}/bestand/{name}")
def report_file(request: Request, job_id: str, name: str) -> Response:
    user = _user(request)
    job = _job(request, user, job_id)
    path = history.report_path(state(request).settings.data_dir, job, name)
    if path is None:
        raise NotFound
    return FileResponse(path, media_type=history.REPORT_FILES[name], filename=name,
                        headers={"Cache-Control": "no-store"})


@router.post("/geschiedenis/{job_id}/verwijder")
async def delete_job(request: Request, job_id: str) -> Response:
    await checked_form(request)
    return await run_in_threadpool(_delete, request, job_id)


def _delete(request: Request, job_id: str) -> Response:
    app = state(request)
    user = _user(request)
    job = _job(request, user, job_id)
    history.delete(app.db, app.settings.data_dir, job)
    return redirect("/geschiedenis?verwijderd=1")
