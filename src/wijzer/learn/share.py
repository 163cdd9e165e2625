"""Anonymous summaries a person may choose to share, and the totals Team Communicatie sees.

A summary holds no texts, no answers to single questions and no identity: for the self-scan
only the profile and tip ids, for the quiz only counts per category. Totals are given only
for groups of at least ``MIN_GROUP`` summaries, so no single person can be picked out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from wijzer.learn.quiz import QuizSession
from wijzer.learn.selfscan import ScanResult
from wijzer.pack.model import Pack

FORMAT = 1
MIN_GROUP = 5


class _Summary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal[1]
    pack: str = Field(max_length=100)
    pack_version: str = Field(max_length=50)


class ScanSummary(_Summary):
    kind: Literal["selfscan"]
    profile: str = Field(max_length=100)
    tips: list[str] = Field(max_length=100)


class QuizSummary(_Summary):
    kind: Literal["quiz"]
    questions: int = Field(ge=1, le=1000)
    correct: int = Field(ge=0, le=1000)
    by_category: dict[str, tuple[int, int]] = Field(max_length=100)  # correct, asked


def selfscan_summary(pack: Pack, result: ScanResult) -> dict[str, Any]:
    return ScanSummary(format=FORMAT, pack=pack.id, pack_version=pack.meta.version,
                       kind="selfscan", profile=result.profile.id,
                       tips=[tip.id for tip in result.tips]).model_dump()


def quiz_summary(pack: Pack, session: QuizSession) -> dict[str, Any]:
    by_category: dict[str, list[int]] = {}
    for item, said in zip(session.items, session.answers, strict=False):
        counts = by_category.setdefault(item.category, [0, 0])
        counts[0] += said == item.allowed
        counts[1] += 1
    return QuizSummary(format=FORMAT, pack=pack.id, pack_version=pack.meta.version, kind="quiz",
                       questions=len(session.answers), correct=session.score,
                       by_category={k: (v[0], v[1]) for k, v in by_category.items()}
                       ).model_dump(mode="json")


def aggregate(summaries: Iterable[Any]) -> dict[str, Any]:
    """Totals over shared summaries (parsed JSON); malformed ones are counted, not used."""
    profiles: Counter[str] = Counter()
    tips: Counter[str] = Counter()
    categories: dict[str, list[int]] = {}
    scans = quizzes = correct = asked = rejected = 0
    for raw in summaries:
        summary = _parse(raw)
        if summary is None:
            rejected += 1
        elif isinstance(summary, ScanSummary):
            scans += 1
            profiles[summary.profile] += 1
            tips.update(set(summary.tips))
        else:
            quizzes += 1
            correct += min(summary.correct, summary.questions)
            asked += summary.questions
            for category, (right, total) in summary.by_category.items():
                counts = categories.setdefault(category, [0, 0])
                counts[0] += min(right, total)
                counts[1] += total
    return {
        "rejected": rejected,
        "selfscan": {"count": scans,
                     "profiles": dict(profiles) if scans >= MIN_GROUP else None,
                     "tips": dict(tips) if scans >= MIN_GROUP else None},
        "quiz": {"count": quizzes,
                 "correct_share": round(correct / asked, 3) if quizzes >= MIN_GROUP else None,
                 "by_category": ({k: round(v[0] / v[1], 3) for k, v in categories.items()
                                  if v[1]} if quizzes >= MIN_GROUP else None)},
    }


def _parse(raw: Any) -> ScanSummary | QuizSummary | None:
    if not isinstance(raw, dict):
        return None
    model: type[ScanSummary] | type[QuizSummary]
    model = ScanSummary if raw.get("kind") == "selfscan" else QuizSummary
    try:
        return model.model_validate(raw)
    except ValidationError:
        return None
