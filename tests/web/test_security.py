"""CSRF, access denial, escaping, size limits, uploads, throttling, concurrency."""

from __future__ import annotations

import io
import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from PIL import Image
from tests.web.helpers import PASSWORD, add_user, csrf_of, login
from tests.web.test_flow import BAD_DRAFT, submit_draft


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, format="PNG")
    return out.getvalue()


def test_forms_without_csrf_token_are_refused(app: FastAPI, employee: TestClient) -> None:
    for path, data in (("/schrijven", {"text": "Hallo", "platform": "x", "action": "submit"}),
                       ("/pers", {"medium": "PZC", "question": "Vraag"}),
                       ("/logout", {}), ("/account/tokens", {"name": "t"})):
        response = employee.post(path, data=data)
        assert response.status_code == 403, path
        response = employee.post(path, data={**data, "csrf_token": "wrong"})
        assert response.status_code == 403, path
    assert "Je hebt nog niets voorgelegd" in employee.get("/verzoeken").text


def test_login_form_needs_csrf(app: FastAPI, client: TestClient) -> None:
    add_user(app, "dirk")
    response = client.post("/login", data={"username": "dirk", "password": PASSWORD})
    assert response.status_code == 403


def test_employee_sees_only_own_submissions(app: FastAPI, employee: TestClient) -> None:
    submission_id = submit_draft(employee)
    add_user(app, "eva")
    with TestClient(app) as other:
        login(other, "eva")
        assert other.get(f"/verzoeken/{submission_id}").status_code == 404
        assert BAD_DRAFT not in other.get(f"/verzoeken/{submission_id}").text
        assert other.get("/verzoeken/99999").status_code == 404
        response = other.post(f"/verzoeken/{submission_id}/bericht", data={
            "csrf_token": csrf_of(other, "/verzoeken"), "body": "hallo"})
        assert response.status_code == 404
        assert other.get("/communicatie").status_code == 403
        assert other.get("/communicatie/statistiek").status_code == 403
        assert other.get("/communicatie/audit").status_code == 403
        response = other.post(f"/verzoeken/{submission_id}/besluit", data={
            "csrf_token": csrf_of(other, "/verzoeken"), "decision": "akkoord", "version": "1"})
        assert response.status_code == 403
        assert other.get(f"/api/v1/submissions/{submission_id}").status_code == 404
        assert other.get("/api/v1/submissions").json() == []


def test_two_reviewers_one_wins(app: FastAPI, employee: TestClient,
                                reviewer: TestClient) -> None:
    submission_id = submit_draft(employee)
    add_user(app, "frank", role="communicatie")
    with TestClient(app) as second:
        login(second, "frank")
        path = f"/verzoeken/{submission_id}"
        forms = []
        for client in (reviewer, second):
            page = client.get(path).text
            version = re.search(r'name="version" value="(\d+)"', page)
            assert version
            forms.append((client, csrf_of(client, path), version.group(1)))
        results = []
        for (client, token, version), decision in zip(forms, ("akkoord", "niet_plaatsen"),
                                                      strict=True):
            results.append(client.post(f"{path}/besluit", data={
                "csrf_token": token, "decision": decision, "comment": decision,
                "version": version}, follow_redirects=False))
        assert results[0].status_code == 303
        assert results[1].status_code == 409
        assert "net beoordeeld" in results[1].text
    page = employee.get(path).text
    assert "Akkoord" in page and "status-rejected" not in page


def test_draft_too_long_gets_clear_message(app: FastAPI, employee: TestClient) -> None:
    limit = app.state.wijzer.settings.max_draft_chars
    response = employee.post("/schrijven", data={
        "csrf_token": csrf_of(employee, "/schrijven"), "text": "a" * (limit + 50),
        "platform": "linkedin", "action": "submit", "idempotency_key": "long"})
    assert response.status_code == 413
    assert f"tot {limit} tekens" in response.text
    response = employee.post("/api/v1/check", json={"text": "b" * (limit + 1)},
                             headers={"X-CSRF-Token": csrf_of(employee, "/schrijven")})
    assert response.status_code == 413
    assert response.json()["error"] == "draft.too_long"
    assert "Je hebt nog niets voorgelegd" in employee.get("/verzoeken").text


def _upload(client: TestClient, content: bytes, filename: str, source: str = "own",
            key: str = "img") -> object:
    return client.post("/schrijven", data={
        "csrf_token": csrf_of(client, "/schrijven"), "text": "Mooie dag in Middelburg",
        "platform": "linkedin", "action": "submit", "idempotency_key": key,
        "source_1": source, "credit_1": "Foto: Anna"},
        files={"image_1": (filename, content, "image/png")}, follow_redirects=False)


def test_image_upload_stored_and_served_to_author_only(app: FastAPI,
                                                       employee: TestClient) -> None:
    response = _upload(employee, png_bytes(), '<b onmouseover="x">foto.png')
    assert response.status_code == 303  # type: ignore[attr-defined]
    page = employee.get(response.headers["location"]).text  # type: ignore[attr-defined]
    assert "&lt;b onmouseover=" in page and "<b onmouseover" not in page
    link = re.search(r'href="(/bijlagen/\d+)"', page)
    assert link
    image = employee.get(link.group(1))
    assert image.status_code == 200 and image.content == png_bytes()
    assert image.headers["content-type"] == "image/png"
    add_user(app, "gert")
    with TestClient(app) as other:
        login(other, "gert")
        assert other.get(link.group(1)).status_code == 404


def test_upload_credit_from_file_metadata_is_shown(employee: TestClient) -> None:
    exif = Image.Exif()
    exif[0x8298] = "Persbureau <Zeeland>"
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(out, format="JPEG", exif=exif)
    response = _upload(employee, out.getvalue(), "brug.jpg", source="internet", key="exif")
    page = employee.get(response.headers["location"]).text  # type: ignore[attr-defined]
    assert "in het bestand: Persbureau &lt;Zeeland&gt;" in page
    assert "Auteursrecht" in page  # the checker read the source: an image from the internet


def test_check_without_javascript_reads_images_and_keeps_none(app: FastAPI,
                                                              employee: TestClient) -> None:
    response = employee.post("/schrijven", data={
        "csrf_token": csrf_of(employee, "/schrijven"), "text": "Mooie dag in Middelburg",
        "platform": "linkedin", "action": "check", "source_1": "internet"},
        files={"image_1": ("brug.png", png_bytes(), "image/png")})
    assert response.status_code == 200
    assert "Auteursrecht" in response.text and 'id="images-checked"' in response.text
    assert list(app.state.wijzer.settings.upload_dir.iterdir()) == []
    assert "Je hebt nog niets voorgelegd" in employee.get("/verzoeken").text


def test_upload_wrong_type_or_too_large_is_refused(app: FastAPI,
                                                   employee: TestClient) -> None:
    uploads = app.state.wijzer.settings.upload_dir
    response = _upload(employee, b"<html><script>x</script></html>", "foto.png")
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert "foto.png kan niet gebruikt worden: geen JPEG" in response.text  # type: ignore[attr-defined]
    response = _upload(employee, png_bytes()[:30], "half.png", key="half")
    assert response.status_code == 400  # type: ignore[attr-defined]
    limit = app.state.wijzer.settings.max_upload_bytes
    response = _upload(employee, b"\x89PNG\r\n\x1a\n" + b"0" * limit, "big.png", key="big")
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert "big.png is groter dan 10 MB" in response.text  # type: ignore[attr-defined]
    response = _upload(employee, png_bytes(), "nosource.png", source="", key="nosrc")
    assert "Geef bij nosource.png aan waar" in response.text  # type: ignore[attr-defined]
    assert list(uploads.iterdir()) == []
    assert "Je hebt nog niets voorgelegd" in employee.get("/verzoeken").text


def test_request_body_over_the_limit_is_refused(app: FastAPI, employee: TestClient) -> None:
    settings = app.state.wijzer.settings
    size = settings.max_upload_bytes * settings.max_images + 2_000_001
    response = employee.post("/schrijven", content=b"x" * size,
                             headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413


def test_chunked_body_over_the_limit_is_refused(app: FastAPI, employee: TestClient) -> None:
    settings = app.state.wijzer.settings
    chunk = b"x" * 1_000_000
    count = (settings.max_upload_bytes * settings.max_images + 2_000_000) // len(chunk) + 2

    def body():  # type: ignore[no-untyped-def]
        for _ in range(count):
            yield chunk
    response = employee.post("/schrijven", content=body(), headers={
        "content-type": "multipart/form-data; boundary=xyz"})
    assert response.status_code == 413


def test_login_throttled_after_failures(app: FastAPI, client: TestClient) -> None:
    add_user(app, "hans")
    limit = app.state.wijzer.settings.login_max_failures
    for _ in range(limit):
        client.post("/login", data={"username": "hans", "password": "nee-nee-nee",
                                    "csrf_token": csrf_of(client)})
    response = client.post("/login", data={"username": "hans", "password": PASSWORD,
                                           "csrf_token": csrf_of(client)})
    assert response.status_code == 429
    assert "Te veel mislukte pogingen" in response.text


def test_session_cookie_flags(app: FastAPI, make_app, settings) -> None:  # type: ignore[no-untyped-def]
    secure = make_app(settings, mode="production", secure_cookies=True)
    add_user(secure, "ines")
    with TestClient(secure, base_url="https://testserver") as client:
        response = client.get("/login")
        cookie = response.headers["set-cookie"].lower()
        assert "httponly" in cookie and "secure" in cookie and "samesite=lax" in cookie


def test_password_change_ends_other_sessions(employee: TestClient, settings,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    from wijzer.cli.main import main

    assert employee.get("/schrijven").status_code == 200
    monkeypatch.setenv("WIJZER_NEW_PASSWORD", "een-ander-lang-wachtwoord")
    assert main(["users", "set", "anna", "--password", "--database-url", settings.database_url,
                 "--data-dir", str(settings.data_dir)]) == 0
    assert employee.get("/schrijven", follow_redirects=False).status_code == 303
    login(employee, "anna", "een-ander-lang-wachtwoord")
    assert employee.get("/schrijven").status_code == 200


def test_logout_ends_session(employee: TestClient) -> None:
    response = employee.post("/logout", data={"csrf_token": csrf_of(employee, "/schrijven")},
                             follow_redirects=False)
    assert response.status_code == 303
    assert employee.get("/schrijven", follow_redirects=False).status_code == 303
