"""Build the ASGI app for given settings: ``create_app(load_settings(...))``."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import InterfaceError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wijzer.web.auth.callers import VerifiedCallers
from wijzer.web.auth.throttle import LoginThrottle
from wijzer.web.context import (
    CsrfFailed,
    Forbidden,
    LoginRequired,
    NotFound,
    lang_of,
    redirect,
    render,
)
from wijzer.web.db.session import Database
from wijzer.web.i18n import translate
from wijzer.web.services.checking import CheckService
from wijzer.web.services.mail import Mailer
from wijzer.web.settings import PLACEHOLDER_SECRET, Settings

HERE = Path(__file__).resolve().parent
log = logging.getLogger("wijzer.web")
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                "script-src 'self'; frame-ancestors 'none'; form-action 'self'"
                                "; base-uri 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


@dataclass
class AppState:
    settings: Settings
    db: Database
    checks: CheckService
    throttle: LoginThrottle
    mailer: Mailer
    templates: Jinja2Templates
    callers: VerifiedCallers = field(default_factory=VerifiedCallers)


def create_app(settings: Settings, checks: CheckService | None = None,
               database: Database | None = None) -> FastAPI:
    """The web app. Does not touch the database until the first request.

    Migrations are run by ``wijzer serve`` / ``wijzer db upgrade``, not here, so tests and
    embedders decide themselves (see :func:`wijzer.web.db.migrate.upgrade`).
    """
    settings.validate()
    settings.upload_dir.mkdir(parents=True, exist_ok=True)
    settings.audit_dir.mkdir(parents=True, exist_ok=True)
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Few threads: checks are CPU-bound, more threads only add memory and latency.
        to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        sweeper = asyncio.create_task(_sweep_audits(_app))
        yield
        sweeper.cancel()

    app = FastAPI(title="Wijzer API", version="1", docs_url=None, lifespan=lifespan,
                  redoc_url=None, openapi_url="/api/openapi.json")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.wijzer = AppState(
        settings=settings, db=database or Database(settings.effective_database_url),
        checks=checks or CheckService(settings.pack),
        throttle=LoginThrottle(settings.login_max_failures, settings.login_window_seconds),
        mailer=Mailer(settings), templates=templates)
    secret = settings.secret_key
    if secret == PLACEHOLDER_SECRET:  # development only (validate() refuses it in production)
        secret = secrets.token_hex(32)
    app.add_middleware(SessionMiddleware, secret_key=secret,
                       session_cookie="wijzer_session", max_age=settings.session_max_age,
                       same_site="lax", https_only=settings.cookies_secure)

    app.add_middleware(GuardMiddleware,
                       max_body=settings.max_upload_bytes * settings.max_images + 2_000_000,
                       large_bodies={"/geschiedenis": settings.max_export_bytes + 1_000_000})
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _add_error_handlers(app)
    from wijzer.web.routes import register

    register(app)
    return app


async def _sweep_audits(app: FastAPI) -> None:
    """Delete expired history audits (their reports) while the server runs."""
    from wijzer.web.services import history

    app_state: AppState = app.state.wijzer
    while True:
        await asyncio.sleep(history.SWEEP_EVERY)
        try:
            await to_thread.run_sync(history.sweep, app_state.db, app_state.settings.data_dir)
        except Exception as exc:  # e.g. the database is away: try again next time
            log.error("audit sweep failed: %s", type(exc).__name__)


class _BodyTooLarge(Exception):
    """The request body grew past the limit while it was being read."""


class GuardMiddleware:
    """Pure ASGI: refuses bodies over ``max_body`` by Content-Length (413) before anything
    reads them, and adds the security headers to every response."""

    def __init__(self, app: ASGIApp, max_body: int,
                 large_bodies: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_body = max_body
        self.large_bodies = large_bodies or {}  # exact path -> its own limit (uploads)
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_body = self.large_bodies.get(scope["path"], self.max_body)
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > max_body:
                await _too_large(scope)(scope, receive, send)
                return
        received = 0
        started = False

        async def limited_receive() -> Message:
            # a body without Content-Length (chunked) is counted as it arrives
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_body:
                    raise _BodyTooLarge
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    header for header in self.headers if header[0] not in present]
            await send(message)
        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _BodyTooLarge:
            if not started:
                await _too_large(scope)(scope, receive, send)


def _too_large(scope: Scope) -> Response:
    # the session is not read at this layer, so the message comes in both languages
    code = "history.too_large_plain" if scope["path"] == "/geschiedenis" else "error.too_large"
    message = f"{translate(code, 'nl')} / {translate(code, 'en')}"
    headers = dict(SECURITY_HEADERS)
    if scope["path"].startswith("/api/"):
        return JSONResponse({"error": "too_large", "message": message}, status_code=413,
                            headers=headers)
    return HTMLResponse(f"<!doctype html><title>413</title><p>{message}</p>", status_code=413,
                        headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def error(request: Request, status: int, code: str) -> Response:
        message = translate(f"error.{code}", lang_of(request))
        if is_api(request):
            return JSONResponse({"error": code, "message": message}, status_code=status)
        return render(request, "error.html", status=status, title=message, code=code)

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _exc: LoginRequired) -> Response:
        if is_api(request):
            return error(request, 401, "unauthorized")
        return redirect(f"/login?next={request.url.path}")

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, _exc: Forbidden) -> Response:
        return error(request, 403, "forbidden")

    @app.exception_handler(NotFound)
    async def not_found(request: Request, _exc: NotFound) -> Response:
        return error(request, 404, "not_found")

    @app.exception_handler(CsrfFailed)
    async def csrf_failed(request: Request, _exc: CsrfFailed) -> Response:
        return error(request, 403, "csrf")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method"}.get(exc.status_code, "invalid")
        response = error(request, exc.status_code, code)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if is_api(request):
            return JSONResponse({"error": "invalid", "message": translate(
                "error.invalid", lang_of(request)), "detail": _safe_errors(exc)},
                status_code=422)
        return error(request, 400, "invalid")

    async def database_down(request: Request, exc: Exception) -> Response:
        log.error("database unavailable: %s", type(exc).__name__)
        response = error(request, 503, "database")
        response.headers["Retry-After"] = "30"
        return response

    app.add_exception_handler(OperationalError, database_down)
    app.add_exception_handler(InterfaceError, database_down)


def _safe_errors(exc: RequestValidationError) -> list[dict[str, object]]:
    """Validation errors without the submitted values (they may be personal data)."""
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
