"""Activity per month or per week, gaps filled with zeros, for the activity chart and table."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from wijzer.audit.dosage import DayCount

WEEKLY_UP_TO_DAYS = 183  # a shorter history is shown per week, a longer one per month
MAX_PERIODS = 400


def activity_periods(days: tuple[DayCount, ...]) -> tuple[str, list[tuple[str, int, int]]]:
    """The unit ("week" or "month") and (label, posts, replies) per period, oldest first."""
    if not days:
        return "month", []
    first, last = days[0].day, days[-1].day
    unit = "week" if (last - first).days <= WEEKLY_UP_TO_DAYS else "month"
    posts: Counter[str] = Counter()
    replies: Counter[str] = Counter()
    for day in days:
        key = _key(day.day, unit)
        posts[key] += day.posts
        replies[key] += day.replies
    labels = _labels(first, last, unit)
    if len(labels) > MAX_PERIODS:  # absurd spans: only the periods that have posts
        labels = sorted(set(posts) | set(replies))
    return unit, [(label, posts[label], replies[label]) for label in labels]


def _key(day: dt.date, unit: str) -> str:
    if unit == "month":
        return f"{day.year}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _labels(first: dt.date, last: dt.date, unit: str) -> list[str]:
    labels: list[str] = []
    if unit == "week":
        day = first - dt.timedelta(days=first.weekday())
        while day <= last:
            labels.append(_key(day, unit))
            day += dt.timedelta(days=7)
        return labels
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month) and len(labels) <= MAX_PERIODS:
        labels.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return labels
