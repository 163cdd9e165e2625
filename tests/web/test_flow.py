"""The main flows on both databases: write and check, submit, review, answer, press question."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from tests.web.helpers import csrf_of

HOSTILE = "Kijk <script>alert('x')</script> hier"
BAD_DRAFT = "Die wethouder is een idioot en een randdebiel."


def submit_draft(client: TestClient, text: str = BAD_DRAFT, key: str = "k1",
                 question: str = "Kan dit zo?") -> int:
    response = client.post("/schrijven", data={
        "csrf_token": csrf_of(client, "/schrijven"), "text": text, "platform": "linkedin",
        "question": question, "idempotency_key": key, "action": "submit"},
        follow_redirects=False)
    assert response.status_code == 303, response.text
    match = re.fullmatch(r"/verzoeken/(\d+)", response.headers["location"])
    assert match
    return int(match.group(1))


def test_login_page_and_redirect(client: TestClient) -> None:
    assert client.get("/schrijven", follow_redirects=False).headers["location"].startswith(
        "/login")
    page = client.get("/login")
    assert page.status_code == 200
    assert 'for="username"' in page.text and 'id="username"' in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")


def test_unknown_page_is_a_friendly_404(client: TestClient) -> None:
    page = client.get("/bestaat-niet")
    assert page.status_code == 404 and "Niet gevonden" in page.text
    assert client.get("/api/v1/nothing").json()["error"] == "not_found"


def test_wrong_password_is_refused(app: FastAPI, client: TestClient) -> None:
    from tests.web.helpers import add_user

    add_user(app, "bert")
    response = client.post("/login", data={"username": "bert", "password": "fout-fout-fout",
                                           "csrf_token": csrf_of(client)})
    assert response.status_code == 401
    assert "klopt niet" in response.text


def test_write_page_shows_checklist_and_no_js_check(employee: TestClient) -> None:
    page = employee.get("/schrijven")
    assert page.status_code == 200
    assert "Is het nieuw en relevant?" in page.text
    assert "waarom deel je dit?" in page.text
    response = employee.post("/schrijven", data={
        "csrf_token": csrf_of(employee, "/schrijven"), "text": BAD_DRAFT,
        "platform": "linkedin", "action": "check"})
    assert response.status_code == 200
    assert "<mark>idioot</mark>" in response.text
    assert "verdict-red" in response.text


def test_submit_review_and_answer(employee: TestClient, reviewer: TestClient) -> None:
    submission_id = submit_draft(employee)
    mine = employee.get("/verzoeken")
    assert f"/verzoeken/{submission_id}" in mine.text
    queue = reviewer.get("/communicatie")
    assert f"/verzoeken/{submission_id}" in queue.text
    detail = reviewer.get(f"/verzoeken/{submission_id}")
    version = re.search(r'name="version" value="(\d+)"', detail.text)
    assert version
    response = reviewer.post(f"/verzoeken/{submission_id}/besluit", data={
        "csrf_token": csrf_of(reviewer, f"/verzoeken/{submission_id}"),
        "decision": "aanpassen", "comment": "Iets vriendelijker graag.",
        "suggested_text": "Ik ben het niet eens met de wethouder.",
        "version": version.group(1)}, follow_redirects=False)
    assert response.status_code == 303
    assert '<span class="badge">1</span>' in employee.get("/verzoeken").text
    answer = employee.get(f"/verzoeken/{submission_id}")
    assert "Ik ben het niet eens met de wethouder." in answer.text
    assert "Iets vriendelijker graag." in answer.text
    assert employee.get("/meldingen").text.count("antwoord op je verzoek") == 1
    assert 'class="badge"' not in employee.get("/verzoeken").text
    path = f"/verzoeken/{submission_id}"
    employee.post(f"{path}/bericht", data={"csrf_token": csrf_of(employee, path),
                                           "body": "Dank je, aangepast!"})
    assert "Dank je, aangepast!" in reviewer.get(path).text
    assert f"Nieuw bericht bij verzoek {submission_id}" in reviewer.get("/meldingen").text


def test_press_question_goes_first(employee: TestClient, reviewer: TestClient) -> None:
    draft_id = submit_draft(employee)
    response = employee.post("/pers", data={
        "csrf_token": csrf_of(employee, "/pers"), "medium": "PZC", "journalist": "J. Jansen",
        "question": "Klopt het dat de brug dichtgaat?", "deadline": "2026-12-01",
        "idempotency_key": "press1"}, follow_redirects=False)
    assert response.status_code == 303
    press_id = int(response.headers["location"].rsplit("/", 1)[1])
    queue = reviewer.get("/communicatie").text
    assert queue.index(f"/verzoeken/{press_id}") < queue.index(f"/verzoeken/{draft_id}")
    assert "PZC" in reviewer.get(f"/verzoeken/{press_id}").text


def test_double_submit_creates_one(employee: TestClient) -> None:
    first = submit_draft(employee, key="same")
    second = submit_draft(employee, key="same")
    assert first == second
    assert employee.get("/verzoeken").text.count("/verzoeken/") == 1


def test_hostile_text_is_escaped(employee: TestClient, reviewer: TestClient) -> None:
    submission_id = submit_draft(employee, text=HOSTILE, question="<img src=x onerror=alert(1)>")
    for client in (employee, reviewer):
        page = client.get(f"/verzoeken/{submission_id}").text
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;" in page


def test_hostile_press_question_comment_and_message(employee: TestClient,
                                                    reviewer: TestClient) -> None:
    payload = '"><svg onload=alert(1)>'
    response = employee.post("/pers", data={
        "csrf_token": csrf_of(employee, "/pers"), "medium": payload, "journalist": payload,
        "question": payload, "idempotency_key": "hostile"}, follow_redirects=False)
    path = response.headers["location"]
    employee.post(f"{path}/bericht", data={"csrf_token": csrf_of(employee, path),
                                           "body": payload})
    page = reviewer.get(path).text
    version = re.search(r'name="version" value="(\d+)"', page)
    assert version
    reviewer.post(f"{path}/besluit", data={
        "csrf_token": csrf_of(reviewer, path), "decision": "aanpassen", "comment": payload,
        "suggested_text": payload, "version": version.group(1)})
    for client in (employee, reviewer):
        for url in (path, "/verzoeken", "/communicatie", "/meldingen"):
            text = client.get(url).text
            assert "<svg onload" not in text, url
        assert client.get(path).text.count("&lt;svg onload=alert(1)&gt;") >= 5
