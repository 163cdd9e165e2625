"""Fixtures for the web app: a database (SQLite, and PostgreSQL when one runs on this
machine), the app on top of it, users and a logged-in TestClient."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from tests.web.helpers import add_user, login, pg_admin, pg_url, postgres_reason

from wijzer.web.app import create_app
from wijzer.web.db.migrate import upgrade
from wijzer.web.services.checking import CheckService
from wijzer.web.settings import Settings


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated PostgreSQL database used as template; dropped at the end of the session."""
    reason = postgres_reason()
    if reason:
        pytest.skip(reason)
    name = f"wijzer_tpl_{secrets.token_hex(4)}"
    pg_admin(f'CREATE DATABASE "{name}"')
    engine = create_engine(pg_url(name))
    upgrade(engine)
    engine.dispose()
    yield name
    pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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
    pg_admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield pg_url(name)
    pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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
