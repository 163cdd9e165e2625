"""Helpers for the web tests: PostgreSQL administration, users, logging in, CSRF tokens."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from wijzer.web.auth.passwords import hash_password
from wijzer.web.db.models import User
from wijzer.web.db.session import Database

PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "een-lang-wachtwoord"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def postgres_reason() -> str | None:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        return f"PostgreSQL not reachable at 127.0.0.1:5432 ({type(exc).__name__})"
    return None


def pg_url(name: str) -> str:
    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def pg_admin(statement: str) -> None:
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(statement))
    engine.dispose()


def add_user(app: FastAPI, username: str, role: str = "medewerker", email: str = "",
             password: str = PASSWORD) -> int:
    database: Database = app.state.wijzer.db
    with database.session() as session:
        user = User(username=username, role=role, email=email, display_name=username.title(),
                    password_hash=hash_password(password), lang="nl", active=True)
        session.add(user)
        session.flush()
        return user.id


def csrf_of(client: TestClient, path: str = "/login") -> str:
    match = CSRF.search(client.get(path).text)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> None:
    token = csrf_of(client)
    response = client.post("/login", data={"username": username, "password": password,
                                           "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303, response.text
