"""The JSON API: check, submissions, personal tokens, OpenAPI documentation."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from tests.web.helpers import csrf_of
from tests.web.test_flow import BAD_DRAFT


def _token(client: TestClient) -> str:
    page = client.post("/account/tokens", data={"csrf_token": csrf_of(client, "/account"),
                                                "name": "intranet"})
    match = re.search(r'id="new-token">(wz_[^<]+)<', page.text)
    assert match
    return match.group(1)


def test_check_with_token(employee: TestClient, app: FastAPI) -> None:
    token = _token(employee)
    with TestClient(app) as anonymous:
        response = anonymous.post("/api/v1/check", json={"text": BAD_DRAFT, "lang": "en"},
                                  headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        report = response.json()
        assert report["verdict"] == "red"
        finding = report["findings"][0]
        assert BAD_DRAFT[finding["start"]:finding["end"]] == finding["matched"]
        assert finding["guidelines"] and finding["message"]
        assert anonymous.post("/api/v1/check", json={"text": "x"}).status_code == 401
        bad = anonymous.post("/api/v1/check", json={"text": "x"},
                             headers={"Authorization": "Bearer wz_wrong"})
        assert bad.status_code == 401


def test_revoked_token_stops_working(employee: TestClient, app: FastAPI) -> None:
    token = _token(employee)
    page = employee.get("/account").text
    action = re.search(r'action="(/account/tokens/\d+/intrekken)"', page)
    assert action
    employee.post(action.group(1), data={"csrf_token": csrf_of(employee, "/account")})
    with TestClient(app) as anonymous:
        response = anonymous.post("/api/v1/check", json={"text": "Hallo"},
                                  headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401


def test_session_api_call_needs_csrf_header(employee: TestClient) -> None:
    assert employee.post("/api/v1/check", json={"text": "Hallo"}).status_code == 403
    response = employee.post("/api/v1/check", json={"text": "Hallo allemaal", "platform": "x"},
                             headers={"X-CSRF-Token": csrf_of(employee, "/schrijven")})
    assert response.status_code == 200
    assert response.json()["verdict"] == "green"


def test_check_input_errors(employee: TestClient) -> None:
    headers = {"X-CSRF-Token": csrf_of(employee, "/schrijven")}
    empty = employee.post("/api/v1/check", json={"text": "   "}, headers=headers)
    assert empty.status_code == 422 and empty.json()["error"] == "text.empty"
    platform = employee.post("/api/v1/check", json={"text": "Hoi", "platform": "myspace"},
                             headers=headers)
    assert platform.status_code == 422 and "myspace" in platform.json()["message"]
    broken = employee.post("/api/v1/check", content=b"{not json", headers={
        **headers, "content-type": "application/json"})
    assert broken.status_code == 422
    assert "{not json" not in broken.text
    wrong_type = employee.post("/api/v1/check", json={"text": 5}, headers=headers)
    assert wrong_type.status_code == 422


def test_submissions_api_idempotent(employee: TestClient, app: FastAPI) -> None:
    token = _token(employee)
    headers = {"Authorization": f"Bearer {token}"}
    with TestClient(app) as api:
        body = {"text": BAD_DRAFT, "question": "Mag dit?", "idempotency_key": "abc-1"}
        first = api.post("/api/v1/submissions", json=body, headers=headers)
        second = api.post("/api/v1/submissions", json=body, headers=headers)
        assert first.status_code == 201 and second.status_code == 200
        assert first.json()["id"] == second.json()["id"]
        assert first.json()["verdict"] == "red" and first.json()["status"] == "open"
        listing = api.get("/api/v1/submissions", headers=headers).json()
        assert [item["id"] for item in listing] == [first.json()["id"]]
        one = api.get(f"/api/v1/submissions/{first.json()['id']}", headers=headers)
        assert one.status_code == 200


def test_openapi_documents_the_api(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert "/api/v1/check" in schema["paths"] and "/api/v1/submissions" in schema["paths"]
    assert not any(path.startswith("/schrijven") for path in schema["paths"])
    docs = client.get("/api/docs")
    assert docs.status_code == 200
    assert "POST /api/v1/submissions" in docs.text and "idempotency_key" in docs.text
    assert "cdn" not in docs.text.lower()


def test_real_server_on_a_free_port(app: FastAPI) -> None:
    import httpx

    from wijzer.web.server import BackgroundServer

    with BackgroundServer(app) as server:
        response = httpx.get(f"{server.url}/login", timeout=10)
        assert response.status_code == 200 and 'id="login-submit"' in response.text


def test_app_factory_reads_the_environment(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wijzer.web.asgi import app_from_env

    monkeypatch.setenv("WIJZER_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("WIJZER_MAX_DRAFT_CHARS", "123")
    app = app_from_env()
    assert app.state.wijzer.settings.max_draft_chars == 123
    with TestClient(app) as client:
        assert client.get("/login").status_code == 200
    app.state.wijzer.db.dispose()
