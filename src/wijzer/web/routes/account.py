"""The user's own account: language and personal API tokens."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from wijzer.web.auth.tokens import new_token, token_hash
from wijzer.web.context import checked_form, field, redirect, render, require_user, state
from wijzer.web.db.models import ApiToken, utcnow
from wijzer.web.services import audit

router = APIRouter()


def _tokens(session: Session, user_id: int) -> list[ApiToken]:
    query = select(ApiToken).where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None))
    return list(session.scalars(query.order_by(ApiToken.id)))


@router.get("/account")
def account(request: Request) -> Response:
    with state(request).db.session() as session:
        user = require_user(request, session)
        return render(request, "account.html", user, tokens=_tokens(session, user.id))


@router.post("/account/tokens")
async def create_token(request: Request) -> Response:
    form = await checked_form(request)
    return await run_in_threadpool(_create_token, request, form)


def _create_token(request: Request, form: FormData) -> Response:
    name = field(form, "name", 100) or "API"
    token = new_token()
    with state(request).db.session() as session:
        user = require_user(request, session)
        session.add(ApiToken(user_id=user.id, name=name, prefix=token[:8],
                             token_hash=token_hash(token)))
        audit.record(session, "token.created", user.id)
        session.flush()
        return render(request, "account.html", user, tokens=_tokens(session, user.id),
                      new_token=token)


@router.post("/account/tokens/{token_id}/intrekken")
async def revoke_token(request: Request, token_id: int) -> Response:
    await checked_form(request)

    def revoke() -> None:
        with state(request).db.session() as session:
            user = require_user(request, session)
            token = session.get(ApiToken, token_id)
            if token is not None and token.user_id == user.id and token.revoked_at is None:
                token.revoked_at = utcnow()
                audit.record(session, "token.revoked", user.id)
    await run_in_threadpool(revoke)
    return redirect("/account")
