"""Log in and out (local accounts and OIDC single sign-on) and choose the language."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import func, select
from starlette.datastructures import FormData

from wijzer.web.auth.passwords import verify_password
from wijzer.web.context import checked_form, field, redirect, render, safe_next, state
from wijzer.web.db.models import User
from wijzer.web.i18n import LANGS
from wijzer.web.services import audit

router = APIRouter()


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", next=safe_next(next))


@router.post("/login")
async def login(request: Request) -> Response:
    form = await checked_form(request)
    return await run_in_threadpool(_login, request, form)


def _login(request: Request, form: FormData) -> Response:
    app = state(request)
    username = field(form, "username", 200).lower()
    password = form.get("password")
    password = password if isinstance(password, str) else ""
    client = request.client.host if request.client else "?"
    keys = (f"user:{username}", f"ip:{client}")
    target = safe_next(field(form, "next", 500))
    if app.throttle.blocked(*keys):
        return render(request, "login.html", status=429, error="login.throttled",
                      username=username, next=target)
    with app.db.session() as session:
        user = session.scalars(select(User).where(func.lower(User.username) == username)).first()
        ok = verify_password(user.password_hash if user else None, password[:1000])
        if not ok or user is None or not user.active:
            app.throttle.failed(*keys)
            return render(request, "login.html", status=401, error="login.failed",
                          username=username, next=target)
        app.throttle.succeeded(*keys)
        audit.record(session, "user.login", user.id, detail="local")
        start_session(request, user)
    return redirect(target)


def start_session(request: Request, user: User) -> None:
    """A fresh session for ``user`` (no values survive from before the login)."""
    lang = request.session.get("lang", user.lang)
    request.session.clear()
    request.session.update({"uid": user.id, "lang": lang, "epoch": user.session_epoch})


@router.post("/logout")
async def logout(request: Request) -> Response:
    await checked_form(request)
    request.session.clear()
    return redirect("/login")


@router.post("/taal")
async def language(request: Request) -> Response:
    form = await checked_form(request)
    lang = field(form, "lang", 2)
    if lang in LANGS:
        request.session["lang"] = lang
        await run_in_threadpool(_remember_language, request, lang)
    return redirect(safe_next(field(form, "next", 500)))


def _remember_language(request: Request, lang: str) -> None:
    """Logged-in users keep their choice (their e-mails use it too)."""
    if not isinstance(request.session.get("uid"), int):
        return
    with state(request).db.session() as session:
        user = session.get(User, request.session["uid"])
        if user is not None:
            user.lang = lang


@router.get("/login/oidc")
def oidc_start(request: Request) -> Response:
    from wijzer.web.auth.oidc import authorization_redirect

    return authorization_redirect(request)


@router.get("/auth/oidc/callback")
def oidc_callback(request: Request, code: str = "", error: str = "") -> Response:
    from wijzer.web.auth.oidc import finish_login

    return finish_login(request, code, request.query_params.get("state", ""), error)
