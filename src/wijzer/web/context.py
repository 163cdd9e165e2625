"""What every page handler needs: the user, CSRF-checked forms, rendering, access errors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.background import BackgroundTask
from starlette.datastructures import FormData

from wijzer.web.auth.csrf import FORM_FIELD, csrf_token, csrf_valid
from wijzer.web.db.models import User
from wijzer.web.i18n import LANGS, translate

if TYPE_CHECKING:
    from wijzer.web.app import AppState
    from wijzer.web.services.mail import Mailer
    from wijzer.web.services.notifications import PendingMail


class LoginRequired(Exception):
    """No (valid) session: the page handler redirects to the login page."""


class Forbidden(Exception):
    """Logged in but the role does not allow this page."""


class CsrfFailed(Exception):
    """A form without the session's CSRF token."""


class NotFound(Exception):
    """Unknown or not visible: both look the same to the user."""


@dataclass(frozen=True)
class NavItem:
    """One entry of the main navigation; areas register theirs in :data:`NAV`."""

    href: str
    text_key: str
    roles: tuple[str, ...] = ("medewerker", "communicatie", "beheerder")


NAV: list[NavItem] = [
    NavItem("/schrijven", "nav.write"),
    NavItem("/vraag", "nav.ask"),
    NavItem("/workshop", "nav.workshop"),
    NavItem("/geschiedenis", "nav.history"),
    NavItem("/pers", "nav.press"),
    NavItem("/verzoeken", "nav.mine"),
    NavItem("/communicatie", "nav.queue", ("communicatie", "beheerder")),
    NavItem("/communicatie/statistiek", "nav.stats", ("communicatie", "beheerder")),
    NavItem("/communicatie/audit", "nav.audit", ("communicatie", "beheerder")),
    NavItem("/account", "nav.account"),
]


def state(request: Request) -> AppState:
    app_state: AppState = request.app.state.wijzer
    return app_state


def lang_of(request: Request) -> str:
    lang = request.session.get("lang") if "session" in request.scope else None
    return lang if lang in LANGS else state(request).settings.default_lang


def current_user(request: Request, session: Session) -> User | None:
    user_id = request.session.get("uid")
    if not isinstance(user_id, int):
        return None
    user = session.get(User, user_id)
    if user is None or not user.active or request.session.get("epoch") != user.session_epoch:
        request.session.clear()
        return None
    return user


def require_user(request: Request, session: Session, roles: tuple[str, ...] = ()) -> User:
    user = current_user(request, session)
    if user is None:
        raise LoginRequired
    if roles and user.role not in roles:
        raise Forbidden
    from wijzer.web.services.notifications import unread_count

    request.state.unread = unread_count(session, user.id)
    return user


async def checked_form(request: Request) -> FormData:
    """The posted form, after checking its CSRF token; files are limited by the settings."""
    settings = state(request).settings
    form = await request.form(max_files=settings.max_images + 1, max_fields=100)
    token = form.get(FORM_FIELD)
    if not csrf_valid(request.session, token if isinstance(token, str) else None):
        raise CsrfFailed
    return form


def field(form: FormData, name: str, limit: int = 10_000) -> str:
    """A text field of the form, stripped of surrounding space and cut to ``limit``."""
    value = form.get(name)
    return value.strip()[:limit] if isinstance(value, str) else ""


def translator(lang: str) -> Callable[..., str]:
    def t(key: str, **params: Any) -> str:
        return translate(key, lang, **params)
    return t


def render(request: Request, template: str, user: User | None = None, status: int = 200,
           **context: Any) -> HTMLResponse:
    app_state = state(request)
    lang = lang_of(request)
    nav = [item for item in NAV if user is not None and user.role in item.roles]
    response = app_state.templates.TemplateResponse(request, template, {
        "t": translator(lang), "lang": lang, "user": user, "nav": nav,
        "csrf_field": FORM_FIELD, "csrf": csrf_token(request.session),
        "path": request.url.path, "settings": app_state.settings,
        "unread": getattr(request.state, "unread", 0), **context}, status_code=status)
    return response


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def safe_next(value: str | None) -> str:
    """A local path to return to after login; anything else goes to the start page."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


def with_mails(request: Request, response: Response, mails: list[PendingMail]) -> Response:
    """Send ``mails`` after the response went out (the change is committed by then)."""
    mailer = state(request).mailer
    if mails and mailer.enabled:
        response.background = BackgroundTask(_send_all, mailer, mails)
    return response


def _send_all(mailer: Mailer, mails: list[PendingMail]) -> None:
    for mail in mails:
        mailer.send(mail.to, mail.subject, mail.body)
