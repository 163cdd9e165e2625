"""Workshop: self-scan and quiz in the browser session, anonymous sharing, team totals."""

from __future__ import annotations

import json
import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from tests.web.helpers import add_user, csrf_of, login

from wijzer.web.db.models import SharedSummary

NUMBER = re.compile(r'name="number" value="(\d+)"')
CHOICE = re.compile(r'name="choice" value="([^"]+)"')


def _csrf(client: TestClient) -> str:
    return csrf_of(client, "/workshop")


def _finish_scan(client: TestClient) -> str:
    page = client.get("/workshop/zelfscan").text
    while 'id="scan-form"' in page:
        number = NUMBER.search(page)
        choice = CHOICE.search(page)
        assert number and choice
        response = client.post("/workshop/zelfscan", data={
            "csrf_token": _csrf(client), "number": number.group(1), "choice": choice.group(1)})
        assert response.status_code == 200, response.text
        page = response.text
    return page


def _finish_quiz(client: TestClient, answer: str = "yes") -> str:
    page = client.post("/workshop/quiz/start", data={"csrf_token": _csrf(client)}).text
    while 'id="quiz-form"' in page:
        number = NUMBER.search(page)
        assert number
        response = client.post("/workshop/quiz", data={
            "csrf_token": _csrf(client), "number": number.group(1), "answer": answer})
        assert response.status_code == 200, response.text
        page = response.text
        assert 'id="feedback"' in page
    return page


def _summaries(app: FastAPI) -> list[SharedSummary]:
    with app.state.wijzer.db.session() as session:
        rows = list(session.scalars(select(SharedSummary)))
        session.expunge_all()
        return rows


def test_selfscan_to_profile_and_share(employee: TestClient, app: FastAPI) -> None:
    assert 'id="start-selfscan"' in employee.get("/workshop").text
    page = _finish_scan(employee)
    assert 'id="scan-result"' in page and 'id="scan-tips"' in page and "<details>" in page
    assert not _summaries(app)  # nothing leaves the session without the click
    shared = employee.post("/workshop/zelfscan/delen", data={"csrf_token": _csrf(employee)})
    assert 'id="shared"' in shared.text
    twice = employee.post("/workshop/zelfscan/delen", data={"csrf_token": _csrf(employee)})
    assert twice.status_code == 409
    rows = _summaries(app)
    assert len(rows) == 1 and rows[0].kind == "selfscan"
    summary = json.loads(rows[0].summary_json)
    assert set(summary) == {"format", "pack", "pack_version", "kind", "profile", "tips"}
    assert "anna" not in rows[0].summary_json
    employee.post("/workshop/zelfscan/opnieuw", data={"csrf_token": _csrf(employee)})
    assert 'id="scan-form"' in employee.get("/workshop/zelfscan").text


def test_selfscan_out_of_order_twice_and_hostile(employee: TestClient) -> None:
    page = employee.get("/workshop/zelfscan").text
    first = CHOICE.search(page)
    assert first
    ahead = employee.post("/workshop/zelfscan", data={
        "csrf_token": _csrf(employee), "number": "3", "choice": first.group(1)})
    assert ahead.status_code == 409 and 'id="error"' in ahead.text
    hostile = employee.post("/workshop/zelfscan", data={
        "csrf_token": _csrf(employee), "number": "1", "choice": "<script>alert(1)</script>"})
    assert hostile.status_code == 400
    assert "<script>alert" not in hostile.text and "&lt;script&gt;" in hostile.text
    for bad in ("0", "999", "x", ""):
        response = employee.post("/workshop/zelfscan", data={
            "csrf_token": _csrf(employee), "number": bad, "choice": first.group(1)})
        assert response.status_code == 400
    ok = employee.post("/workshop/zelfscan", data={
        "csrf_token": _csrf(employee), "number": "1", "choice": first.group(1)})
    assert ok.status_code == 200
    again = employee.post("/workshop/zelfscan", data={
        "csrf_token": _csrf(employee), "number": "1", "choice": first.group(1)})
    assert again.status_code == 409 and "al beantwoord" in again.text
    assert employee.post("/workshop/zelfscan/delen",
                         data={"csrf_token": _csrf(employee)}).status_code == 409


def test_quiz_to_score_and_share(employee: TestClient, app: FastAPI) -> None:
    page = _finish_quiz(employee)
    assert 'id="quiz-score"' in page
    early = employee.post("/workshop/quiz", data={"csrf_token": _csrf(employee), "number": "1",
                                                  "answer": "no"})
    assert early.status_code == 409 and 'id="error"' in early.text
    shared = employee.post("/workshop/quiz/delen", data={"csrf_token": _csrf(employee)})
    assert 'id="shared"' in shared.text
    rows = _summaries(app)
    assert len(rows) == 1 and json.loads(rows[0].summary_json)["kind"] == "quiz"


def test_quiz_order_and_bad_answers(employee: TestClient) -> None:
    none = employee.post("/workshop/quiz", data={"csrf_token": _csrf(employee), "number": "1",
                                                 "answer": "yes"})
    assert none.status_code == 409
    employee.post("/workshop/quiz/start", data={"csrf_token": _csrf(employee)})
    ahead = employee.post("/workshop/quiz", data={"csrf_token": _csrf(employee), "number": "2",
                                                  "answer": "yes"})
    assert ahead.status_code == 409 and "nog niet aan de beurt" in ahead.text
    odd = employee.post("/workshop/quiz", data={"csrf_token": _csrf(employee), "number": "1",
                                                "answer": "<b>misschien</b>"})
    assert odd.status_code == 400 and "<b>misschien" not in odd.text
    assert employee.post("/workshop/quiz", data={"csrf_token": _csrf(employee), "number": "1",
                                                 "answer": "no"}).status_code == 200
    twice = employee.post("/workshop/quiz", data={"csrf_token": _csrf(employee), "number": "1",
                                                  "answer": "no"})
    assert twice.status_code == 409 and "al beantwoord" in twice.text
    assert employee.post("/workshop/quiz/delen",
                         data={"csrf_token": _csrf(employee)}).status_code == 409


def test_workshop_csrf_and_login(employee: TestClient, app: FastAPI) -> None:
    for path in ("/workshop/zelfscan", "/workshop/zelfscan/delen", "/workshop/quiz/start",
                 "/workshop/quiz", "/workshop/quiz/delen", "/workshop/quiz/opnieuw"):
        assert employee.post(path, data={"number": "1"}).status_code == 403, path
    with TestClient(app) as anonymous:
        for path in ("/workshop", "/workshop/zelfscan", "/workshop/quiz"):
            response = anonymous.get(path, follow_redirects=False)
            assert response.status_code == 303, path


def test_results_stay_with_the_person(employee: TestClient, app: FastAPI) -> None:
    _finish_quiz(employee)
    add_user(app, "bert")
    with TestClient(app) as other:
        login(other, "bert")
        page = other.get("/workshop/quiz").text
        assert 'id="quiz-score"' not in page and 'id="quiz-start"' in page
        assert other.post("/workshop/quiz/delen",
                          data={"csrf_token": _csrf(other)}).status_code == 409
    # logging in again in the same browser starts without the previous person's state
    employee.post("/logout", data={"csrf_token": _csrf(employee)})
    login(employee, "bert")
    assert 'id="quiz-start"' in employee.get("/workshop/quiz").text


def test_team_sees_totals_only_from_five(employee: TestClient, reviewer: TestClient,
                                         app: FastAPI) -> None:
    assert employee.get("/communicatie/workshop").status_code == 403
    assert 'href="/communicatie/workshop"' in reviewer.get("/communicatie/statistiek").text
    for _ in range(4):
        _finish_scan(employee)
        employee.post("/workshop/zelfscan/delen", data={"csrf_token": _csrf(employee)})
        employee.post("/workshop/zelfscan/opnieuw", data={"csrf_token": _csrf(employee)})
    page = reviewer.get("/communicatie/workshop").text
    assert "(4 " in page and "Nog te weinig" in page
    _finish_scan(employee)
    employee.post("/workshop/zelfscan/delen", data={"csrf_token": _csrf(employee)})
    page = reviewer.get("/communicatie/workshop").text
    assert "(5 " in page
    section = page.split('id="totals-selfscan"')[1].split("</section>")[0]
    assert "Nog te weinig" not in section and "<td>5</td>" in section


def test_new_pages_in_english_and_in_the_menu(employee: TestClient) -> None:
    menu = employee.get("/schrijven").text
    for href in ("/vraag", "/workshop", "/geschiedenis"):
        assert f'href="{href}"' in menu
    employee.post("/taal", data={"csrf_token": _csrf(employee), "lang": "en",
                                 "next": "/workshop"})
    assert "Social media workshop" in employee.get("/workshop").text
    assert "How active are you" in employee.get("/workshop/zelfscan").text
    assert "Ask Wijzer" in employee.get("/vraag").text
    assert "Upload and scan" in employee.get("/geschiedenis").text
