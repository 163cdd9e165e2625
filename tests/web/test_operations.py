"""Mail, audit trail, statistics, retention, database outages, OIDC, settings, language, logs."""

from __future__ import annotations

import datetime as dt
import logging
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from aiosmtpd.controller import Controller
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text, update
from sqlalchemy.exc import DBAPIError
from tests.web.helpers import add_user, csrf_of, login, postgres_reason
from tests.web.servers import TcpProxy, TestIdentityProvider, free_port
from tests.web.test_flow import BAD_DRAFT, submit_draft
from tests.web.test_security import png_bytes

from wijzer.cli.main import main
from wijzer.web.db.migrate import current_revision, head_revision
from wijzer.web.db.models import Submission
from wijzer.web.settings import Settings, load_settings


def decide(reviewer: TestClient, submission_id: int, decision: str = "akkoord") -> None:
    path = f"/verzoeken/{submission_id}"
    page = reviewer.get(path).text
    version = re.search(r'name="version" value="(\d+)"', page)
    assert version
    response = reviewer.post(f"{path}/besluit", data={
        "csrf_token": csrf_of(reviewer, path), "decision": decision, "comment": "Prima",
        "version": version.group(1)}, follow_redirects=False)
    assert response.status_code == 303


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], str]] = []

    async def handle_DATA(self, _server, _session, envelope) -> str:  # type: ignore[no-untyped-def]
        self.messages.append((envelope.rcpt_tos, envelope.content.decode("utf-8", "replace")))
        return "250 OK"


def test_mail_sent_over_smtp(make_app, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        app = make_app(settings, smtp_enabled=True, smtp_host="127.0.0.1",
                       smtp_port=controller.port)
        add_user(app, "anna", email="anna@example.org")
        add_user(app, "carla", role="communicatie", email="carla@example.org")
        with TestClient(app) as employee, TestClient(app) as reviewer:
            login(employee, "anna")
            login(reviewer, "carla")
            submission_id = submit_draft(employee)
            decide(reviewer, submission_id)
    finally:
        controller.stop()
    recipients = [rcpt for rcpts, _ in inbox.messages for rcpt in rcpts]
    assert recipients == ["carla@example.org", "anna@example.org"]
    body = inbox.messages[1][1]
    assert f"/verzoeken/{submission_id}" in body
    assert "idioot" not in body


def test_mail_off_by_default_and_failure_harmless(employee: TestClient,
                                                  reviewer: TestClient) -> None:
    assert not Settings().smtp_enabled
    decide(reviewer, submit_draft(employee))


def test_audit_trail_is_append_only(app: FastAPI, employee: TestClient,
                                    reviewer: TestClient) -> None:
    submission_id = submit_draft(employee)
    decide(reviewer, submission_id)
    page = reviewer.get("/communicatie/audit").text
    assert "submission.created" in page and "submission.decided" in page
    assert "Carla (" in page and "Anna (" in page
    engine = app.state.wijzer.db.engine
    for statement in ("UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError), engine.begin() as connection:
            connection.execute(text(statement))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_events")).scalar() >= 3
    from wijzer.web.routes import account, api, auth, employee, review

    methods = {(route.path, method) for module in (account, api, auth, employee, review)
               for route in module.router.routes for method in getattr(route, "methods", ())}
    assert {m for p, m in methods if "audit" in p} == {"GET"}
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        assert reviewer.request(method, "/communicatie/audit").status_code == 405


def test_statistics_and_csv(employee: TestClient, reviewer: TestClient) -> None:
    decide(reviewer, submit_draft(employee))
    page = reviewer.get("/communicatie/statistiek")
    assert page.status_code == 200 and page.text.count("<svg") == 4
    assert "tone/insults" in page.text
    csv = reviewer.get("/communicatie/statistiek.csv")
    assert csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.splitlines()
    assert lines[0].startswith("section,key")
    assert any(line.startswith("rule,tone/insults,") for line in lines)
    assert BAD_DRAFT not in csv.text


def test_statistics_count_questions_apart_from_drafts(employee: TestClient,
                                                     reviewer: TestClient) -> None:
    submit_draft(employee)
    for number in range(2):
        sent = employee.post("/vraag/team", data={
            "csrf_token": csrf_of(employee, "/vraag"), "question": f"Mag ik vraag {number}?",
            "idempotency_key": f"q{number}"}, follow_redirects=False)
        assert sent.status_code == 303
    csv = reviewer.get("/communicatie/statistiek.csv").text.splitlines()
    assert csv[0].split(",")[2:] == ["drafts", "press_questions", "median_hours_to_answer",
                                     "employee_questions"]
    week = next(line.split(",") for line in csv if line.startswith("week,"))
    assert (week[2], week[3], week[5]) == ("1", "0", "2")
    page = reviewer.get("/communicatie/statistiek").text
    assert "<td>1</td><td>0</td><td>2</td>" in page


def test_retention_command_deletes_old_requests(app: FastAPI, settings: Settings,
                                                employee: TestClient) -> None:
    response = employee.post("/schrijven", data={
        "csrf_token": csrf_of(employee, "/schrijven"), "text": "Oude foto", "platform": "x",
        "action": "submit", "idempotency_key": "old", "source_1": "own"},
        files={"image_1": ("a.png", png_bytes(), "image/png")}, follow_redirects=False)
    old_id = int(response.headers["location"].rsplit("/", 1)[1])
    new_id = submit_draft(employee, key="new")
    with app.state.wijzer.db.session() as session:
        session.execute(update(Submission).where(Submission.id == old_id).values(
            created_at=dt.datetime(2020, 1, 1)))
    assert len(list(settings.upload_dir.iterdir())) == 1
    status = main(["db", "prune", "--database-url", settings.database_url,
                   "--data-dir", str(settings.data_dir)])
    assert status == 0
    assert list(settings.upload_dir.iterdir()) == []
    assert employee.get(f"/verzoeken/{old_id}").status_code == 404
    assert employee.get(f"/verzoeken/{new_id}").status_code == 200


def test_database_unreachable_gives_503(make_app, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    app = make_app(settings, database_url=f"postgresql+psycopg://postgres@127.0.0.1:"
                                          f"{free_port()}/nothing")
    with TestClient(app) as client:
        response = client.post("/login", data={"username": "a", "password": "b",
                                               "csrf_token": csrf_of(client)})
        assert response.status_code == 503
        assert "niet bereikbaar" in response.text
        assert response.headers["retry-after"] == "30"


def test_database_outage_and_recovery(make_app, tmp_path: Path, checks) -> None:  # type: ignore[no-untyped-def]
    reason = postgres_reason()
    if reason:
        pytest.skip(reason)
    from tests.web.helpers import pg_admin, pg_url

    from wijzer.web.db.migrate import upgrade

    name = f"wijzer_outage_{free_port()}"
    pg_admin(f'CREATE DATABASE "{name}"')
    proxy = TcpProxy(("127.0.0.1", 5432))
    proxy.start()
    try:
        url = pg_url(name).replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
        engine = create_engine(url)
        upgrade(engine)
        engine.dispose()
        app = make_app(Settings(data_dir=tmp_path, database_url=url, secret_key="k" * 40))
        add_user(app, "anna")
        with TestClient(app) as client:
            login(client, "anna")
            token = csrf_of(client, "/pers")
            proxy.stop()
            assert client.get("/verzoeken").status_code == 503
            down = client.post("/pers", data={"csrf_token": token, "medium": "PZC",
                                              "question": "Vraag?", "idempotency_key": "p1"})
            assert down.status_code == 503
            upload = client.post("/schrijven", data={
                "csrf_token": token, "text": "Foto", "platform": "x", "action": "submit",
                "idempotency_key": "u1", "source_1": "own"},
                files={"image_1": ("a.png", png_bytes(), "image/png")})
            assert upload.status_code == 503
            assert list((tmp_path / "uploads").iterdir()) == []
            proxy.start()
            assert client.get("/verzoeken").status_code == 200
            assert "Je hebt nog niets voorgelegd" in client.get("/verzoeken").text
    finally:
        proxy.stop()
        app.state.wijzer.db.dispose()
        pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_oidc_login_maps_group_to_role(make_app, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    idp = TestIdentityProvider()
    try:
        app = make_app(settings, oidc_enabled=True, oidc_issuer=idp.issuer,
                       oidc_client_id=idp.client_id, oidc_client_secret="s",
                       oidc_role_map="grp-comm=communicatie,grp-all=medewerker")
        with TestClient(app) as client:
            assert "Inloggen met Microsoft Entra ID" in client.get("/login").text
            start = client.get("/login/oidc", follow_redirects=False)
            query = parse_qs(urlparse(start.headers["location"]).query)
            assert query["client_id"] == [idp.client_id]
            idp.grant("code-1", query["nonce"][0], name="Carla <b>", email="c@example.org",
                      groups=["grp-all", "grp-comm"])
            done = client.get(f"/auth/oidc/callback?code=code-1&state={query['state'][0]}",
                              follow_redirects=False)
            assert done.status_code == 303
            queue = client.get("/communicatie")
            assert queue.status_code == 200 and "Carla &lt;b&gt;" in queue.text
        with TestClient(app) as client:
            start = client.get("/login/oidc", follow_redirects=False)
            query = parse_qs(urlparse(start.headers["location"]).query)
            idp.grant("code-2", "wrong-nonce")
            bad = client.get(f"/auth/oidc/callback?code=code-2&state={query['state'][0]}")
            assert bad.status_code == 400
            assert client.get("/auth/oidc/callback?code=x&state=forged").status_code == 400
            assert client.get("/schrijven", follow_redirects=False).status_code == 303
    finally:
        idp.close()


def test_english_pages(employee: TestClient) -> None:
    employee.post("/taal", data={"csrf_token": csrf_of(employee, "/schrijven"), "lang": "en",
                                 "next": "/schrijven"})
    page = employee.get("/schrijven").text
    assert '<html lang="en">' in page and "Write a post" in page


def test_no_post_text_in_logs(employee: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    submit_draft(employee, text="Geheimzinnige zin over de wethouder", question="Vraagje X")
    employee.post("/api/v1/check", json={"text": "Geheimzinnige zin twee"},
                  headers={"X-CSRF-Token": csrf_of(employee, "/schrijven")})
    assert "Geheimzinnige" not in caplog.text and "Vraagje X" not in caplog.text


def test_migrations_reach_head(app: FastAPI) -> None:
    assert current_revision(app.state.wijzer.db.engine) == head_revision() == "0003"


def test_migrations_match_the_models(app: FastAPI, settings: Settings) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from wijzer.web.db.models import Base

    with app.state.wijzer.db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    assert main(["db", "upgrade", "--database-url", settings.database_url,
                 "--data-dir", str(settings.data_dir)]) == 0


def test_settings_refuse_placeholder_secret_in_production(tmp_path: Path) -> None:
    from wijzer.errors import UsageError

    with pytest.raises(UsageError) as error:
        Settings(mode="production").validate()
    assert "WIJZER_SECRET_KEY" in error.value.message("nl")
    Settings(mode="production", secret_key="s" * 40).validate()
    config = tmp_path / "wijzer.toml"
    config.write_text('retention_days = 30\nsmtp_enabled = true\n', encoding="utf-8")
    loaded = load_settings(config, environ={"WIJZER_RETENTION_DAYS": "10",
                                            "WIJZER_DATA_DIR": str(tmp_path)})
    assert loaded.retention_days == 10 and loaded.smtp_enabled
    assert loaded.data_dir == tmp_path
    config.write_text('nonsense = 1\n', encoding="utf-8")
    with pytest.raises(UsageError):
        load_settings(config, environ={})
    with pytest.raises(UsageError):
        load_settings(None, environ={"WIJZER_SMTP_PORT": "abc"})


def test_serve_refuses_placeholder_in_production(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("WIJZER_MODE", "production")
    assert main(["serve", "--data-dir", str(tmp_path)]) == 2
    assert "WIJZER_SECRET_KEY" in capsys.readouterr().err


def test_users_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path)]
    monkeypatch.setenv("WIJZER_NEW_PASSWORD", "kort")
    assert main(["users", "add", "piet", *data]) == 2
    monkeypatch.setenv("WIJZER_NEW_PASSWORD", "lang-genoeg-wachtwoord")
    assert main(["users", "add", "piet", "--role", "communicatie", *data]) == 0
    assert main(["users", "add", "piet", *data]) == 2
    assert main(["users", "add", "bad name!", *data]) == 2
    assert main(["users", "set", "piet", "--role", "beheerder", *data]) == 0
    assert main(["users", "set", "niemand", "--role", "beheerder", *data]) == 2
    capsys.readouterr()
    assert main(["users", "list", *data]) == 0
    assert "piet\tbeheerder" in capsys.readouterr().out
    assert main(["db", "upgrade", *data]) == 0


def test_check_command_does_not_load_the_web_stack() -> None:
    code = ("import sys; from wijzer.cli.main import build_parser; build_parser('nl'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('fastapi', 'sqlalchemy', 'starlette', 'alembic') or m.startswith('wijzer.web')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_unreachable_database_at_serve_start(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/none"
    assert main(["db", "upgrade", "--database-url", url, "--data-dir", str(tmp_path)]) == 2
    assert "niet bereikbaar" in capsys.readouterr().err


