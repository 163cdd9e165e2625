"""Fixtures for the web app: a database (SQLite, and PostgreSQL when one runs on this
machine), the app on top of it, users and a logged-in TestClient."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from wijzer.web.app import create_app
from wijzer.web.auth.passwords import hash_password
from wijzer.web.db.migrate import upgrade
from wijzer.web.db.models import User
from wijzer.web.db.session import Database
from wijzer.web.services.checking import CheckService
from wijzer.web.settings import Settings

PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "een-lang-wachtwoord"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def _postgres_reason() -> str | None:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        return f"PostgreSQL not reachable at 127.0.0.1:5432 ({type(exc).__name__})"
    return None


def _pg_url(name: str) -> str:
    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def _admin(statement: str) -> None:
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(statement))
    engine.dispose()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated PostgreSQL database used as template; dropped at the end of the session."""
    reason = _postgres_reason()
    if reason:
        pytest.skip(reason)
    name = f"wijzer_tpl_{secrets.token_hex(4)}"
    _admin(f'CREATE DATABASE "{name}"')
    engine = create_engine(_pg_url(name))
    upgrade(engine)
    engine.dispose()
    yield name
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database for one test."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'wijzer.sqlite3'}"
        engine = create_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url
        return
    template = request.getfixturevalue("pg_template")
    name = f"wijzer_test_{secrets.token_hex(4)}"
    _admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield _pg_url(name)
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def checks() -> CheckService:
    return CheckService("zeeland")


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=db_url,
                    secret_key=secrets.token_hex(32), base_url="http://testserver")


@pytest.fixture
def make_app(checks: CheckService) -> Iterator[object]:
    apps: list[FastAPI] = []

    def build(settings: Settings, **changes: object) -> FastAPI:
        app = create_app(replace(settings, **changes), checks=checks)
        apps.append(app)
        return app
    yield build
    for app in apps:
        app.state.wijzer.db.dispose()


@pytest.fixture
def app(make_app, settings: Settings) -> FastAPI:  # type: ignore[no-untyped-def]
    built: FastAPI = make_app(settings)
    return built


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


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def employee(app: FastAPI, client: TestClient) -> TestClient:
    add_user(app, "anna", email="anna@example.org")
    login(client, "anna")
    return client


@pytest.fixture
def reviewer(app: FastAPI) -> Iterator[TestClient]:
    add_user(app, "carla", role="communicatie", email="carla@example.org")
    with TestClient(app) as test_client:
        login(test_client, "carla")
        yield test_client
