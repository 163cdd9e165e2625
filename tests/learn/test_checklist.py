"""The checklist before posting: pack data, and advice that follows the guideline."""

from __future__ import annotations

import pytest

from wijzer.learn.answers import Reply
from wijzer.learn.checklist import advise, load_checklist
from wijzer.learn.messages import LearnError
from wijzer.pack.model import Pack

YES, NO, UNSURE = Reply.YES, Reply.NO, Reply.UNSURE


def test_the_four_linkedin_questions_and_the_purpose_question(pack: Pack) -> None:
    checklist = load_checklist(pack)
    first = [question.guidelines[0] for question in checklist.questions]
    assert first == ["checklist.new-relevant", "checklist.role", "checklist.stand-behind",
                     "checklist.right-place", "rule-7.purposeful"]
    for question in checklist.questions:
        assert all(gid in pack.entries for gid in question.guidelines)
        assert question.question.nl.endswith("?") and question.question.en.endswith("?")


def test_all_yes_means_proceed(pack: Pack) -> None:
    outcome = advise(load_checklist(pack), [YES] * 5)
    assert outcome.action == "proceed" and outcome.advice == ()


def test_no_and_unsure_get_the_advice_of_the_guideline(pack: Pack) -> None:
    checklist = load_checklist(pack)
    outcome = advise(checklist, [NO, YES, YES, YES, YES])
    assert outcome.action == "adjust"
    assert outcome.advice[0].advice == checklist.questions[0].if_no
    outcome = advise(checklist, [YES, UNSURE, YES, YES, YES])
    assert outcome.action == "consult"
    assert "Team Communicatie" in outcome.advice[0].advice.text.nl


def test_the_most_careful_advice_comes_first(pack: Pack) -> None:
    outcome = advise(load_checklist(pack), [NO, YES, NO, UNSURE, NO])
    actions = [item.advice.action for item in outcome.advice]
    assert outcome.action == "consult" and actions[0] == "consult"
    assert actions == sorted(actions, key=["consult", "wait", "adjust"].index)


def test_every_answer_is_needed(pack: Pack) -> None:
    with pytest.raises(LearnError) as caught:
        advise(load_checklist(pack), [YES, YES])
    assert caught.value.code == "answers.count"
