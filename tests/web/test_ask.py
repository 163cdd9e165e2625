"""Vraag het Wijzer: the page, the question to Team Communicatie and /api/v1/ask."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient
from tests.web.helpers import csrf_of
from tests.web.test_api import _token

KNOWN = "Mag ik een foto van een collega op LinkedIn zetten?"
UNKNOWN = "Hoe laat gaat de kantine open op vrijdag?"


def _ask(client: TestClient, question: str) -> object:
    return client.post("/vraag", data={"csrf_token": csrf_of(client, "/vraag"),
                                       "question": question})


def test_ask_page_answers_with_guidelines(employee: TestClient) -> None:
    page = employee.get("/vraag")
    assert page.status_code == 200 and 'for="ask-question"' in page.text
    response = _ask(employee, KNOWN)
    assert response.status_code == 200  # type: ignore[attr-defined]
    text = response.text  # type: ignore[attr-defined]
    assert 'id="answer-text"' in text and 'id="answer-guidelines"' in text
    assert 'id="team-form"' not in text


def test_no_answer_offers_question_to_team(employee: TestClient, reviewer: TestClient) -> None:
    response = employee.post("/vraag", data={"csrf_token": csrf_of(employee, "/vraag"),
                                             "question": "Wat vind je van de kleur blauw <b>?"})
    text = response.text
    assert 'id="team-form"' in text, text
    assert "<b>?" not in text and "&lt;b&gt;?" in text
    sent = employee.post("/vraag/team", data={
        "csrf_token": csrf_of(employee, "/vraag"), "question": "Wat vind je van <b>blauw</b>?",
        "idempotency_key": "abc123"}, follow_redirects=False)
    assert sent.status_code == 303
    location = sent.headers["location"]
    again = employee.post("/vraag/team", data={
        "csrf_token": csrf_of(employee, "/vraag"), "question": "Wat vind je van <b>blauw</b>?",
        "idempotency_key": "abc123"}, follow_redirects=False)
    assert again.headers["location"] == location  # a double click creates one question
    detail = employee.get(location).text
    assert "&lt;b&gt;blauw" in detail and "<b>blauw" not in detail
    assert location in reviewer.get("/communicatie?kind=question").text


def test_ask_bad_input(employee: TestClient) -> None:
    empty = _ask(employee, "   ")
    assert empty.status_code == 400 and 'id="error"' in empty.text  # type: ignore[attr-defined]
    long = _ask(employee, "Mag ik " + "heel " * 2500 + "veel?")
    assert long.status_code == 413  # type: ignore[attr-defined]
    assert "1000" in long.text  # type: ignore[attr-defined]
    foreign = _ask(employee, "¿Puedo publicar una foto de mi compañero en las redes sociales?")
    assert foreign.status_code == 400  # type: ignore[attr-defined]
    assert "Nederlands of het Engels" in foreign.text  # type: ignore[attr-defined]
    invalid = employee.post("/vraag/team", data={"csrf_token": csrf_of(employee, "/vraag"),
                                                 "question": ""})
    assert invalid.status_code == 400


def test_ask_needs_login_and_csrf(client: TestClient, employee: TestClient) -> None:
    assert employee.post("/vraag", data={"question": KNOWN}).status_code == 403
    assert employee.post("/vraag/team", data={"question": KNOWN}).status_code == 403


def test_ask_anonymous_redirects(app: FastAPI) -> None:
    with TestClient(app) as anonymous:
        response = anonymous.get("/vraag", follow_redirects=False)
        assert response.status_code == 303 and "/login" in response.headers["location"]
        assert anonymous.get("/api/v1/ask", params={"q": KNOWN}).status_code == 401


def test_ask_api(employee: TestClient, app: FastAPI) -> None:
    token = _token(employee)
    headers = {"Authorization": f"Bearer {token}"}
    with TestClient(app) as anonymous:
        got = anonymous.get("/api/v1/ask", params={"q": KNOWN}, headers=headers)
        assert got.status_code == 200
        data = got.json()
        assert not data["no_answer"] and data["guidelines"][0]["explanation"]
        posted = anonymous.post("/api/v1/ask", json={"question": UNKNOWN, "lang": "en"},
                                headers=headers)
        assert posted.status_code == 200
        assert posted.json()["question"] == UNKNOWN
        empty = anonymous.post("/api/v1/ask", json={"question": ""}, headers=headers)
        assert empty.status_code == 422 and empty.json()["error"] == "ask.empty"
        long = anonymous.post("/api/v1/ask", json={"question": "a " * 6000}, headers=headers)
        assert long.status_code == 413 and "1000" in long.json()["message"]
        foreign = anonymous.post("/api/v1/ask", json={
            "question": "¿Puedo publicar una foto de mi compañero en las redes sociales?"},
            headers=headers)
        assert foreign.status_code == 422 and foreign.json()["error"] == "ask.other_language"
        assert "Nederlands" in foreign.json()["message"]
        huge = anonymous.post("/api/v1/ask", json={"question": "a" * 100_001}, headers=headers)
        assert huge.status_code == 422
        assert "a" * 50 not in huge.text  # the value is not echoed
    # from the page with the session, POST needs the CSRF header
    assert employee.post("/api/v1/ask", json={"question": KNOWN}).status_code == 403
    schema = employee.get("/api/openapi.json").json()
    assert "/api/v1/ask" in schema["paths"]
    assert "/api/v1/ask" in employee.get("/api/docs").text
