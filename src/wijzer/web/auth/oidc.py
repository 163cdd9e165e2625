"""OpenID Connect single sign-on (authorization code flow), e.g. Microsoft Entra ID.

The provider is configured by its issuer URL; endpoints and signing keys come from its
discovery document. The id_token is verified (signature, issuer, audience, expiry, nonce)
and the configured group claim decides the role.
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import urlencode

import httpx
import jwt
from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import select

from wijzer.web.context import redirect, render, state
from wijzer.web.db.models import User
from wijzer.web.services import audit
from wijzer.web.settings import ROLES, Settings

RANK = {role: index for index, role in enumerate(ROLES)}


def _discovery(settings: Settings) -> dict[str, Any]:
    url = settings.oidc_issuer.rstrip("/") + "/.well-known/openid-configuration"
    response = httpx.get(url, timeout=10)
    response.raise_for_status()
    data: dict[str, Any] = response.json()
    return data


def _redirect_uri(settings: Settings) -> str:
    return settings.base_url.rstrip("/") + "/auth/oidc/callback"


def authorization_redirect(request: Request) -> Response:
    settings = state(request).settings
    if not settings.oidc_enabled:
        return redirect("/login")
    try:
        config = _discovery(settings)
    except (httpx.HTTPError, ValueError):
        return render(request, "login.html", status=502, error="login.oidc_unavailable")
    request.session["oidc_state"] = secrets.token_urlsafe(24)
    request.session["oidc_nonce"] = secrets.token_urlsafe(24)
    query = urlencode({"response_type": "code", "client_id": settings.oidc_client_id,
                       "redirect_uri": _redirect_uri(settings), "scope": settings.oidc_scopes,
                       "state": request.session["oidc_state"],
                       "nonce": request.session["oidc_nonce"]})
    return redirect(f"{config['authorization_endpoint']}?{query}")


def role_for(claims: dict[str, Any], settings: Settings) -> str:
    """The highest role any of the user's groups maps to, else the default role."""
    groups = claims.get(settings.oidc_group_claim) or []
    if isinstance(groups, str):
        groups = [groups]
    mapping = settings.role_map()
    roles = [mapping[g] for g in groups if isinstance(g, str) and g in mapping]
    return max(roles, key=RANK.__getitem__) if roles else settings.oidc_default_role


def finish_login(request: Request, code: str, returned_state: str, error: str) -> Response:
    app = state(request)
    settings = app.settings
    expected_state = request.session.pop("oidc_state", None)
    nonce = request.session.pop("oidc_nonce", None)
    if (not settings.oidc_enabled or error or not code or not expected_state
            or not secrets.compare_digest(str(expected_state), returned_state)):
        return render(request, "login.html", status=400, error="login.oidc_failed")
    try:
        claims = _verified_claims(settings, code, str(nonce))
    except (httpx.HTTPError, jwt.PyJWTError, KeyError, ValueError):
        return render(request, "login.html", status=400, error="login.oidc_failed")
    subject = f"{claims['iss']}|{claims['sub']}"
    role = role_for(claims, settings)
    with app.db.session() as session:
        user = session.scalars(select(User).where(User.oidc_subject == subject)).first()
        if user is None:
            user = User(username=f"sso-{secrets.token_hex(6)}", oidc_subject=subject,
                        role=role, lang=settings.default_lang, active=True)
            session.add(user)
        if not user.active:
            return render(request, "login.html", status=403, error="login.failed")
        user.role = role
        user.display_name = str(claims.get("name") or "")[:200]
        user.email = str(claims.get("email") or claims.get("preferred_username") or "")[:254]
        session.flush()
        audit.record(session, "user.login", user.id, detail=f"oidc role={role}")
        from wijzer.web.routes.auth import start_session

        start_session(request, user)
    return redirect("/")


def _verified_claims(settings: Settings, code: str, nonce: str) -> dict[str, Any]:
    config = _discovery(settings)
    response = httpx.post(config["token_endpoint"], timeout=10, data={
        "grant_type": "authorization_code", "code": code,
        "redirect_uri": _redirect_uri(settings), "client_id": settings.oidc_client_id,
        "client_secret": settings.oidc_client_secret})
    response.raise_for_status()
    id_token = response.json()["id_token"]
    signing_key = jwt.PyJWKClient(config["jwks_uri"]).get_signing_key_from_jwt(id_token)
    claims: dict[str, Any] = jwt.decode(
        id_token, signing_key.key, algorithms=["RS256", "ES256"],
        audience=settings.oidc_client_id, issuer=config["issuer"],
        options={"require": ["exp", "iat", "sub", "iss", "aud"]})
    if not secrets.compare_digest(str(claims.get("nonce", "")), nonce):
        raise ValueError("nonce")
    return claims
