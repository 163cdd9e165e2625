"""The self-scan: answers are checked, a profile follows, tips cite the guideline."""

from __future__ import annotations

import pytest

from wijzer.learn.messages import LearnError
from wijzer.learn.selfscan import parse_numbers, question, result, validate_choice
from wijzer.pack.model import Pack
from wijzer.pack.schema import WorkshopFile

QUIET = {"platforms": ["none"], "frequency": ["rarely"], "work-posts": ["never"],
         "employer-visible": ["no"], "settings": ["friends"], "discussions": ["never"],
         "doubt": ["ask"]}
BUSY = {"platforms": ["linkedin", "x", "instagram"], "frequency": ["daily"],
        "work-posts": ["often"], "employer-visible": ["yes"], "settings": ["everyone"],
        "discussions": ["often"], "doubt": ["post-anyway"]}


def test_questionnaire_covers_platforms_frequency_use_and_settings(
        workshop: WorkshopFile) -> None:
    ids = [q.id for q in workshop.selfscan.questions]
    assert {"platforms", "frequency", "work-posts", "settings"} <= set(ids)


def test_a_quiet_user_is_an_observer(workshop: WorkshopFile) -> None:
    outcome = result(workshop.selfscan, QUIET)
    assert outcome.profile.id == "observer"
    assert outcome.tips and outcome.tips[0].id == "purpose"


def test_a_busy_professional_user_is_an_ambassador_with_tips(workshop: WorkshopFile,
                                                             pack: Pack) -> None:
    outcome = result(workshop.selfscan, BUSY)
    assert outcome.profile.id == "ambassador"
    tip_ids = [tip.id for tip in outcome.tips]
    assert len(tip_ids) == len(set(tip_ids))
    assert {"dosed", "spokesperson", "impartial", "when-in-doubt"} <= set(tip_ids)
    assert all(gid in pack.entries for tip in outcome.tips for gid in tip.guidelines)


def test_private_activity_gives_the_private_profile(workshop: WorkshopFile) -> None:
    answers = {**QUIET, "platforms": ["facebook", "instagram"], "frequency": ["weekly"]}
    assert result(workshop.selfscan, answers).profile.id == "active-private"


@pytest.mark.parametrize(("question_id", "chosen", "code"), [
    ("frequency", ["hourly"], "option.invalid"),
    ("frequency", [], "option.invalid"),
    ("frequency", ["daily", "weekly"], "option.one_only"),
    ("platforms", ["none", "linkedin"], "option.none_with_other"),
    ("shoe-size", ["42"], "scan.unknown_question"),
])
def test_bad_choices_are_refused(workshop: WorkshopFile, question_id: str, chosen: list[str],
                                 code: str) -> None:
    with pytest.raises(LearnError) as caught:
        validate_choice(workshop.selfscan, question_id, chosen)
    assert caught.value.code == code
    assert "{" not in caught.value.message("nl")


def test_the_same_choice_twice_counts_once(workshop: WorkshopFile) -> None:
    assert validate_choice(workshop.selfscan, "platforms", ["x", "x", "linkedin"]) == [
        "x", "linkedin"]


def test_numbers_or_ids_as_typed(workshop: WorkshopFile) -> None:
    platforms = question(workshop.selfscan, "platforms")
    assert parse_numbers(platforms, "1, 3") == ["linkedin", "facebook"]
    assert parse_numbers(platforms, "LinkedIn;2") == ["linkedin", "x"]
    assert parse_numbers(platforms, "99") == ["99"]
    assert parse_numbers(platforms, "  ") == []


def test_an_incomplete_scan_has_no_result(workshop: WorkshopFile) -> None:
    with pytest.raises(LearnError) as caught:
        result(workshop.selfscan, {"platforms": ["x"]})
    assert caught.value.code == "scan.incomplete" and "frequency" in caught.value.message("en")
