"""The services without HTTP: real races between threads, highlighting, throttle, roles."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from tests.web.helpers import add_user

from wijzer.web.auth.oidc import role_for
from wijzer.web.auth.throttle import LoginThrottle
from wijzer.web.db.models import Submission, User
from wijzer.web.services import reviews, submissions
from wijzer.web.services.checking import highlight_segments
from wijzer.web.settings import Settings


def _race(count: int, action: Callable[[int], Any]) -> list[Any]:
    barrier = threading.Barrier(count)
    results: list[Any] = [None] * count

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = action(index)
        except Exception as exc:
            results[index] = exc
    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _draft(key: str) -> submissions.NewDraft:
    return submissions.NewDraft(text="Hallo", platform="x", reply_to=None, question="",
                                report={"verdict": "green", "findings": []},
                                idempotency_key=key)


def test_simultaneous_double_submit_creates_one(app: FastAPI) -> None:
    database = app.state.wijzer.db
    user_id = add_user(app, "anna")

    def submit(_index: int) -> int:
        with database.session() as session:
            user = session.get(User, user_id)
            assert user is not None
            submission, _created = submissions.create_draft(session, user, _draft("race"))
            return submission.id
    results = _race(4, submit)
    assert all(isinstance(r, int) for r in results), results
    assert len(set(results)) == 1
    with database.session() as session:
        assert session.query(Submission).count() == 1


def test_simultaneous_decisions_one_wins(app: FastAPI) -> None:
    database = app.state.wijzer.db
    author_id = add_user(app, "anna")
    reviewer_ids = [add_user(app, f"rev{i}", role="communicatie") for i in range(3)]
    with database.session() as session:
        author = session.get(User, author_id)
        assert author is not None
        submission_id = submissions.create_draft(session, author, _draft("d"))[0].id

    def decide(index: int) -> str:
        with database.session() as session:
            reviewer = session.get(User, reviewer_ids[index])
            submission = session.get(Submission, submission_id)
            assert reviewer is not None and submission is not None
            reviews.decide(session, reviewer, submission, "akkoord", f"r{index}", None, 1)
            return "won"
    results = _race(3, decide)
    assert results.count("won") == 1, results
    assert sum(isinstance(r, reviews.Conflict) for r in results) == 2
    with database.session() as session:
        submission = session.get(Submission, submission_id)
        assert submission is not None and submission.version == 2


def test_highlight_segments_merge_and_clip() -> None:
    findings = [{"field": "text", "start": 0, "end": 4}, {"field": "text", "start": 2, "end": 7},
                {"field": "reply_to", "start": 0, "end": 3},
                {"field": "text", "start": 9, "end": 99}]
    assert highlight_segments("abcdefghijk", findings) == [
        ("abcdefg", True), ("hi", False), ("jk", True)]
    assert highlight_segments("abc", []) == [("abc", False)]


def test_throttle_window() -> None:
    now = [0.0]
    throttle = LoginThrottle(2, 60, clock=lambda: now[0])
    throttle.failed("u")
    assert not throttle.blocked("u")
    throttle.failed("u")
    assert throttle.blocked("u", "other")
    now[0] = 61
    assert not throttle.blocked("u")
    throttle.failed("u")
    throttle.succeeded("u")
    assert not throttle.blocked("u")


def test_role_from_groups() -> None:
    settings = Settings(oidc_role_map="a=communicatie, b=beheerder, c=nonsense")
    assert role_for({"groups": ["a"]}, settings) == "communicatie"
    assert role_for({"groups": ["a", "b"]}, settings) == "beheerder"
    assert role_for({"groups": ["c", "x"]}, settings) == "medewerker"
    assert role_for({"groups": "b"}, settings) == "beheerder"
    assert role_for({}, settings) == "medewerker"
