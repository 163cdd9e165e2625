"""Yes / no / not-sure answers in Dutch and English, and lists of them."""

from __future__ import annotations

import pytest

from wijzer.learn.answers import Reply, parse_replies, parse_reply
from wijzer.learn.messages import LearnError


@pytest.mark.parametrize(("value", "reply"), [
    ("ja", Reply.YES), ("Ja!", Reply.YES), (" JA ", Reply.YES), ("yes", Reply.YES),
    ("j", Reply.YES), ("nee", Reply.NO), ("No.", Reply.NO), ("n", Reply.NO),
    ("weet niet", Reply.UNSURE), ("Weet  ik niet", Reply.UNSURE), ("not sure", Reply.UNSURE),
    ("don’t know", Reply.UNSURE), ("?", Reply.UNSURE), ("twijfel", Reply.UNSURE),
])
def test_replies_in_both_languages(value: str, reply: Reply) -> None:
    assert parse_reply(value) is reply


@pytest.mark.parametrize("value", ["", "   ", "jein", "ja nee", "x" * 10_000, "\x00\x01", "1"])
def test_other_answers_are_refused_with_the_choices(value: str) -> None:
    with pytest.raises(LearnError) as caught:
        parse_reply(value)
    assert caught.value.code == "answer.invalid"
    assert "ja, nee of weet niet" in caught.value.message("nl")
    assert "yes, no or not sure" in caught.value.message("en")
    assert len(caught.value.message("nl")) < 200


def test_unsure_can_be_ruled_out() -> None:
    with pytest.raises(LearnError) as caught:
        parse_reply("weet niet", allow_unsure=False)
    assert "ja of nee" in caught.value.message("nl")


def test_a_list_of_replies() -> None:
    assert parse_replies("ja,nee, weet niet", 3) == [Reply.YES, Reply.NO, Reply.UNSURE]


@pytest.mark.parametrize("value", ["ja,nee", "ja,nee,ja,ja", "", ",,,"])
def test_a_list_of_the_wrong_length(value: str) -> None:
    with pytest.raises(LearnError) as caught:
        parse_replies(value, 3)
    assert caught.value.code in ("answers.count", "answer.invalid")


def test_what_is_shown_back_is_safe_to_print() -> None:
    with pytest.raises(LearnError) as caught:
        parse_reply("ja\udcff\x1b[31m" + "x" * 100)
    message = caught.value.message("nl")
    message.encode("utf-8")  # no surrogates left
    assert "\x1b" not in message and "..." in message
