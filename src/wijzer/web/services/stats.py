"""Statistics for the workshops: per week, the most triggered rules, time to answer."""

from __future__ import annotations

import csv
import datetime as dt
import io
import statistics
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijzer.web.db.models import Submission, SubmissionFinding


@dataclass(frozen=True)
class WeekRow:
    week: str  # ISO week, e.g. 2026-W48
    drafts: int
    press: int
    questions: int  # "mag ik ...?" questions employees sent to Team Communicatie
    median_hours: float | None

    @property
    def total(self) -> int:
        return self.drafts + self.press + self.questions


@dataclass(frozen=True)
class Stats:
    weeks: list[WeekRow]
    top_rules: list[tuple[str, int]]
    top_guidelines: list[tuple[str, int]]


def _week(moment: dt.datetime) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def compute(session: Session, top: int = 10) -> Stats:
    rows = session.execute(select(Submission.kind, Submission.created_at,
                                  Submission.decided_at)).all()
    counts: dict[str, Counter[str]] = {"draft": Counter(), "press": Counter(),
                                       "question": Counter()}
    hours: dict[str, list[float]] = {}
    for kind, created, decided in rows:
        week = _week(created)
        counts.get(kind, counts["draft"])[week] += 1
        if decided is not None:
            hours.setdefault(week, []).append((decided - created).total_seconds() / 3600)
    weeks = sorted(set().union(*counts.values()))
    table = [WeekRow(w, counts["draft"][w], counts["press"][w], counts["question"][w],
                     round(statistics.median(hours[w]), 1) if w in hours else None)
             for w in weeks]
    rules: Counter[str] = Counter()
    guidelines: Counter[str] = Counter()
    for rule, cited in session.execute(select(SubmissionFinding.rule,
                                              SubmissionFinding.guidelines)).all():
        rules[rule] += 1
        guidelines.update(cited.split())
    return Stats(table, rules.most_common(top), guidelines.most_common(top))


def to_csv(stats: Stats) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["section", "key", "drafts", "press_questions", "median_hours_to_answer",
                     "employee_questions"])
    for row in stats.weeks:
        writer.writerow(["week", row.week, row.drafts, row.press,
                         "" if row.median_hours is None else row.median_hours, row.questions])
    for rule, count in stats.top_rules:
        writer.writerow(["rule", rule, count, "", "", ""])
    for gid, count in stats.top_guidelines:
        writer.writerow(["guideline", gid, count, "", "", ""])
    return out.getvalue()


def bar_chart(items: list[tuple[str, float]], title: str, width: int = 560) -> str:
    """An accessible inline SVG bar chart; labels are escaped by the template engine."""
    from markupsafe import escape

    bar, gap, label_w = 22, 6, 190
    height = max(1, len(items)) * (bar + gap) + 30
    peak = max((value for _, value in items), default=0) or 1
    parts = [f'<svg class="chart" role="img" aria-label="{escape(title)}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{escape(title)}</title>"]
    for index, (label, value) in enumerate(items):
        y = 10 + index * (bar + gap)
        length = (width - label_w - 60) * value / peak
        parts.append(f'<text x="{label_w - 6}" y="{y + bar * 0.7}" text-anchor="end">'
                     f"{escape(label)}</text>")
        parts.append(f'<rect x="{label_w}" y="{y}" width="{length:.1f}" height="{bar}"/>')
        parts.append(f'<text x="{label_w + length + 6:.1f}" y="{y + bar * 0.7}">'
                     f"{escape(_number(value))}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
