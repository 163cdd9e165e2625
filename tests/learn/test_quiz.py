"""The quiz: items from rule examples that the checker agrees with, balanced and seeded
selection, and a session that refuses answers out of order or twice."""

from __future__ import annotations

import json

import pytest

from wijzer.learn.messages import LearnError
from wijzer.learn.quiz import QuizItem, QuizSession, select
from wijzer.pack.model import Pack


def test_bank_has_both_kinds_from_many_rules(bank: list[QuizItem], pack: Pack) -> None:
    allowed = [item for item in bank if item.allowed]
    flagged = [item for item in bank if not item.allowed]
    assert len(allowed) >= 20 and len(flagged) >= 20
    assert len({item.category for item in flagged}) >= 8
    assert len({item.id for item in bank}) == len(bank)
    for item in bank:
        assert item.guidelines and all(gid in pack.entries for gid in item.guidelines)
        assert item.explanation.nl and item.explanation.en and "{" not in item.explanation.nl


def test_flag_items_explain_with_their_rules_message(bank: list[QuizItem], pack: Pack) -> None:
    item = next(item for item in bank if not item.allowed)
    rule = pack.rule(item.rule)
    assert rule is not None and item.explanation.nl == rule.spec.message.nl


def test_selection_is_balanced_spread_and_seeded(bank: list[QuizItem]) -> None:
    chosen = select(bank, 8, seed=7)
    assert sum(item.allowed for item in chosen) == 4
    assert len({item.category for item in chosen if not item.allowed}) == 4
    assert [i.id for i in select(bank, 8, seed=7)] == [i.id for i in chosen]
    assert [i.id for i in select(bank, 8, seed=8)] != [i.id for i in chosen]
    odd = select(bank, 5, seed=1)
    assert sum(not item.allowed for item in odd) == 3


@pytest.mark.parametrize("count", [0, 1, 41, -3])
def test_impossible_sizes(bank: list[QuizItem], count: int) -> None:
    with pytest.raises(LearnError) as caught:
        select(bank, count, seed=1)
    assert caught.value.code == "quiz.size"


def test_too_small_a_bank(bank: list[QuizItem]) -> None:
    only_allowed = [item for item in bank if item.allowed][:3]
    with pytest.raises(LearnError) as caught:
        select(only_allowed, 2, seed=1)
    assert caught.value.code == "quiz.too_few_examples"


def test_answers_in_order_and_a_score(bank: list[QuizItem]) -> None:
    session = QuizSession(select(bank, 4, seed=3), seed=3)
    right = [item.allowed for item in session.items]
    feedback = session.answer(1, right[0])
    assert feedback.correct and feedback.item is session.items[0]
    assert not session.answer(2, not right[1]).correct
    session.answer(3, right[2])
    session.answer(4, right[3])
    assert session.finished and session.score == 3


def test_out_of_order_twice_and_after_the_end(bank: list[QuizItem]) -> None:
    session = QuizSession(select(bank, 3, seed=3), seed=3)
    with pytest.raises(LearnError) as caught:
        session.answer(2, True)
    assert caught.value.code == "quiz.out_of_order" and "1" in caught.value.message("nl")
    session.answer(1, True)
    with pytest.raises(LearnError) as caught:
        session.answer(1, False)
    assert caught.value.code == "quiz.answered_twice"
    assert session.answers == [True]
    for number in (0, 4, -1):
        with pytest.raises(LearnError) as caught:
            session.answer(number, True)
        assert caught.value.code == "quiz.no_such_question"
    session.answer(2, True)
    session.answer(3, True)
    with pytest.raises(LearnError) as caught:
        session.current()
    assert caught.value.code == "quiz.finished"


def test_saved_state_holds_no_post_text_and_restores(bank: list[QuizItem]) -> None:
    session = QuizSession(select(bank, 4, seed=5), seed=5)
    session.answer(1, False)
    saved = json.loads(json.dumps(session.to_dict()))
    assert all(item.text not in json.dumps(saved) for item in session.items)
    restored = QuizSession.from_dict(saved, bank)
    assert restored.items == session.items and restored.answers == [False]
    assert restored.next_number == 2


@pytest.mark.parametrize("tamper", [
    {"items": ["no/such-rule#flag1"]}, {"answers": [True] * 9}, {"answers": ["yes"]},
    {"seed": "x"}, {"items": "abc"},
])
def test_tampered_state_is_refused(bank: list[QuizItem], tamper: dict[str, object]) -> None:
    state = {**QuizSession(select(bank, 4, seed=5), seed=5).to_dict(), **tamper}
    with pytest.raises(ValueError):
        QuizSession.from_dict(state, bank)
