"""Anonymous summaries hold no texts or identity; totals only for groups of five or more."""

from __future__ import annotations

import json
from typing import Any

import pytest

from wijzer.learn.quiz import QuizItem, QuizSession, select
from wijzer.learn.selfscan import result
from wijzer.learn.share import MIN_GROUP, aggregate, quiz_summary, selfscan_summary
from wijzer.pack.model import Pack
from wijzer.pack.schema import WorkshopFile

QUIET = {"platforms": ["none"], "frequency": ["rarely"], "work-posts": ["never"],
         "employer-visible": ["no"], "settings": ["friends"], "discussions": ["never"],
         "doubt": ["ask"]}
BUSY = {**QUIET, "platforms": ["linkedin", "x"], "frequency": ["daily"],
        "work-posts": ["often"], "discussions": ["often"]}


def _quiz(bank: list[QuizItem], pack: Pack, right: int) -> dict[str, Any]:
    session = QuizSession(select(bank, 4, seed=11), seed=11)
    for number, item in enumerate(session.items, start=1):
        session.answer(number, item.allowed if number <= right else not item.allowed)
    return quiz_summary(pack, session)


def test_summaries_are_small_and_anonymous(pack: Pack, workshop: WorkshopFile,
                                          bank: list[QuizItem]) -> None:
    scan = selfscan_summary(pack, result(workshop.selfscan, BUSY))
    assert set(scan) == {"format", "pack", "pack_version", "kind", "profile", "tips"}
    quiz = _quiz(bank, pack, 3)
    assert set(quiz) == {"format", "pack", "pack_version", "kind", "questions", "correct",
                         "by_category"}
    assert quiz["questions"] == 4 and quiz["correct"] == 3
    dumped = json.dumps([scan, quiz])
    assert not any(item.text[:30] in dumped for item in bank)


def test_totals_only_for_a_group(pack: Pack, workshop: WorkshopFile,
                                 bank: list[QuizItem]) -> None:
    few = [selfscan_summary(pack, result(workshop.selfscan, BUSY))] * (MIN_GROUP - 1)
    totals = aggregate(few)
    assert totals["selfscan"]["count"] == MIN_GROUP - 1
    assert totals["selfscan"]["profiles"] is None
    scans = [*few, selfscan_summary(pack, result(workshop.selfscan, QUIET))]
    quizzes = [_quiz(bank, pack, right) for right in (0, 1, 2, 3, 4)]
    totals = aggregate(scans + quizzes)
    assert totals["selfscan"]["profiles"] == {"ambassador": 4, "observer": 1}
    assert totals["selfscan"]["tips"]["purpose"] == 5
    assert totals["quiz"]["count"] == 5 and totals["quiz"]["correct_share"] == 0.5
    assert all(0 <= share <= 1 for share in totals["quiz"]["by_category"].values())
    assert totals["rejected"] == 0


@pytest.mark.parametrize("bad", [
    None, "selfscan", [], 42, {},
    {"format": 1, "pack": "zeeland", "pack_version": "1", "kind": "selfscan",
     "profile": "observer", "tips": [], "name": "Jan Jansen"},
    {"format": 2, "pack": "zeeland", "pack_version": "1", "kind": "selfscan",
     "profile": "observer", "tips": []},
    {"format": 1, "pack": "zeeland", "pack_version": "1", "kind": "quiz", "questions": 10**9,
     "correct": 1, "by_category": {}},
    {"format": 1, "pack": "x" * 10_000, "pack_version": "1", "kind": "selfscan",
     "profile": "observer", "tips": []},
])
def test_malformed_summaries_are_counted_not_used(bad: Any) -> None:
    totals = aggregate([bad])
    assert totals["rejected"] == 1
    assert totals["selfscan"]["count"] == 0 and totals["quiz"]["count"] == 0


def test_an_inflated_score_cannot_raise_the_total() -> None:
    cheat = {"format": 1, "pack": "zeeland", "pack_version": "1", "kind": "quiz",
             "questions": 2, "correct": 900, "by_category": {"tone": [900, 2]}}
    totals = aggregate([cheat] * MIN_GROUP)
    assert totals["quiz"]["correct_share"] == 1.0
    assert totals["quiz"]["by_category"] == {"tone": 1.0}
