"""The self-scan "how active are you on social media?": answers, profile and tips. No I/O."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from wijzer.learn.messages import LearnError, shown
from wijzer.pack.schema import ScanProfile, ScanQuestion, ScanTip, SelfScanSpec

NONE_OPTION = "none"  # in a multiple-choice question, "none" excludes every other choice

Answers = dict[str, list[str]]  # question id -> chosen option ids


@dataclass(frozen=True)
class ScanResult:
    """The outcome: the profile, the scores behind it and the tips, each with its guideline."""

    profile: ScanProfile
    scores: dict[str, int]
    tips: tuple[ScanTip, ...]


def question(spec: SelfScanSpec, question_id: str) -> ScanQuestion:
    found = next((q for q in spec.questions if q.id == question_id), None)
    if found is None:
        raise LearnError("scan.unknown_question", question=shown(question_id))
    return found


def validate_choice(spec: SelfScanSpec, question_id: str, chosen: list[str]) -> list[str]:
    """The chosen option ids of one question, checked; duplicates are dropped, order kept."""
    asked = question(spec, question_id)
    known = [option.id for option in asked.options]
    unique = list(dict.fromkeys(chosen))
    if not unique:
        raise LearnError("option.invalid", value="", choices=", ".join(known))
    for option_id in unique:
        if option_id not in known:
            raise LearnError("option.invalid", value=shown(option_id), choices=", ".join(known))
    if not asked.multiple and len(unique) > 1:
        raise LearnError("option.one_only")
    if NONE_OPTION in unique and len(unique) > 1:
        raise LearnError("option.none_with_other")
    return unique


def parse_numbers(asked: ScanQuestion, line: str) -> list[str]:
    """Option ids from what someone typed: numbers ("1, 3") or option ids ("linkedin")."""
    chosen = []
    for part in line.replace(";", ",").replace(" ", ",").split(","):
        part = part.strip().casefold()
        if not part:
            continue
        if part.isdigit() and 1 <= int(part) <= len(asked.options):
            chosen.append(asked.options[int(part) - 1].id)
        else:
            chosen.append(part[:40])
    return chosen


def result(spec: SelfScanSpec, answers: Answers) -> ScanResult:
    """The profile and tips for a complete set of answers."""
    missing = [q.id for q in spec.questions if q.id not in answers]
    if missing:
        raise LearnError("scan.incomplete", missing=", ".join(missing))
    scores: Counter[str] = Counter()
    tip_ids: list[str] = []
    for asked in spec.questions:
        chosen = validate_choice(spec, asked.id, answers[asked.id])
        for option in asked.options:
            if option.id in chosen:
                scores.update(option.scores)
                tip_ids += option.tips
    profile = next((p for p in spec.profiles
                    if all(scores[name] >= low for name, low in p.minimum.items())),
                   spec.profiles[-1])
    tips_by_id = {tip.id: tip for tip in spec.tips}
    ordered = list(dict.fromkeys([*profile.tips, *tip_ids]))
    return ScanResult(profile, dict(scores), tuple(tips_by_id[tip] for tip in ordered))
