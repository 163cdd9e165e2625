"""Dosage (rule-7.dosed): posts and replies per day and week, bursts and late-night posting.

Days, weeks and hours are local (Europe/Amsterdam), so a post at 00:30 in summer belongs to
the day it was in the Netherlands. The counter keeps per-day and per-minute-of-day counts and
one 8-byte time per post (for bursts), never texts.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import Counter
from dataclasses import dataclass, field

from wijzer.audit.localtime import from_epoch, local, parse_clock
from wijzer.pack.model import Pack

REPLY_KINDS = frozenset({"reply", "comment"})
MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class DosageSettings:
    """The pack's thresholds (pack.yml ``settings``)."""

    posts_per_day: int = 8
    burst_posts: int = 5
    burst_minutes: int = 60
    late_start: int = 23 * 60  # minutes after midnight
    late_end: int = 6 * 60
    late_share: float = 0.2

    @classmethod
    def from_pack(cls, pack: Pack) -> DosageSettings:
        default = cls()
        return cls(
            posts_per_day=int(pack.setting("dosage_posts_per_day", default.posts_per_day)),
            burst_posts=int(pack.setting("dosage_burst_posts", default.burst_posts)),
            burst_minutes=int(pack.setting("dosage_burst_minutes", default.burst_minutes)),
            late_start=parse_clock(pack.setting("late_night_start", "23:00")),
            late_end=parse_clock(pack.setting("late_night_end", "06:00")),
            late_share=float(pack.setting("dosage_late_night_share", default.late_share)))

    def is_late(self, minute_of_day: int) -> bool:
        if self.late_start > self.late_end:  # the night wraps past midnight
            return minute_of_day >= self.late_start or minute_of_day < self.late_end
        return self.late_start <= minute_of_day < self.late_end


@dataclass
class DosageCounter:
    """Counts of dated posts by local day and minute of the day; mergeable."""

    times: array[float] = field(default_factory=lambda: array("d"))
    posts_by_day: Counter[dt.date] = field(default_factory=Counter)
    replies_by_day: Counter[dt.date] = field(default_factory=Counter)
    minutes: Counter[int] = field(default_factory=Counter)
    undated: int = 0

    def add(self, moment: dt.datetime | None, kind: str) -> None:
        if moment is None:
            self.undated += 1
            return
        when = local(moment)
        self.times.append(moment.timestamp())
        day = when.date()
        if kind in REPLY_KINDS:
            self.replies_by_day[day] += 1
        else:
            self.posts_by_day[day] += 1
        self.minutes[when.hour * 60 + when.minute] += 1

    def merge(self, other: DosageCounter) -> None:
        self.times.extend(other.times)
        self.posts_by_day.update(other.posts_by_day)
        self.replies_by_day.update(other.replies_by_day)
        self.minutes.update(other.minutes)
        self.undated += other.undated


@dataclass(frozen=True)
class DayCount:
    day: dt.date
    posts: int
    replies: int

    @property
    def total(self) -> int:
        return self.posts + self.replies


@dataclass(frozen=True)
class Burst:
    """More than ``burst_posts`` posts within ``burst_minutes``; overlapping windows merged."""

    start: dt.datetime  # local
    end: dt.datetime
    posts: int


@dataclass(frozen=True)
class DosageReport:
    settings: DosageSettings
    dated: int
    undated: int
    days: tuple[DayCount, ...]  # every active day, in date order
    busy_days: tuple[DayCount, ...]  # more than posts_per_day, busiest first
    weeks: tuple[tuple[str, int], ...]  # ("2024-W07", posts and replies), in order
    bursts: tuple[Burst, ...]  # largest first
    by_hour: tuple[int, ...]  # 24 local hours
    late_night: int

    @property
    def posts(self) -> int:
        return sum(day.posts for day in self.days)

    @property
    def replies(self) -> int:
        return sum(day.replies for day in self.days)

    @property
    def late_share(self) -> float:
        return self.late_night / self.dated if self.dated else 0.0

    @property
    def max_per_day(self) -> int:
        return max((day.total for day in self.days), default=0)

    @property
    def max_per_week(self) -> int:
        return max((count for _, count in self.weeks), default=0)

    @property
    def mean_per_active_day(self) -> float:
        return self.dated / len(self.days) if self.days else 0.0

    @property
    def late_noted(self) -> bool:
        return self.dated > 0 and self.late_share > self.settings.late_share

    @property
    def noted(self) -> bool:
        return bool(self.busy_days or self.bursts or self.late_noted)


def dosage_report(counter: DosageCounter, settings: DosageSettings) -> DosageReport:
    """The dosage summary of everything counted."""
    days = tuple(DayCount(day, counter.posts_by_day.get(day, 0), counter.replies_by_day.get(day, 0))
                 for day in sorted(set(counter.posts_by_day) | set(counter.replies_by_day)))
    busy = tuple(sorted((day for day in days if day.total > settings.posts_per_day),
                        key=lambda day: (-day.total, day.day)))
    weeks: Counter[str] = Counter()
    for day in days:
        year, week, _ = day.day.isocalendar()
        weeks[f"{year}-W{week:02d}"] += day.total
    by_hour = [0] * 24
    late = 0
    for minute, count in counter.minutes.items():
        by_hour[minute // 60] += count
        late += count if settings.is_late(minute) else 0
    return DosageReport(
        settings=settings, dated=len(counter.times), undated=counter.undated, days=days,
        busy_days=busy, weeks=tuple(sorted(weeks.items())), bursts=find_bursts(counter.times,
                                                                                settings),
        by_hour=tuple(by_hour), late_night=late)


def find_bursts(times: array[float], settings: DosageSettings) -> tuple[Burst, ...]:
    """Runs of posts where some window of ``burst_minutes`` holds more than ``burst_posts``."""
    ordered = sorted(times)
    window = settings.burst_minutes * 60
    bursts: list[tuple[int, int]] = []  # (first index, last index)
    first = 0
    for last, moment in enumerate(ordered):
        while moment - ordered[first] > window:
            first += 1
        if last - first + 1 > settings.burst_posts:
            if bursts and first <= bursts[-1][1]:
                bursts[-1] = (bursts[-1][0], last)
            else:
                bursts.append((first, last))
    found = [Burst(from_epoch(ordered[a]), from_epoch(ordered[b]), b - a + 1) for a, b in bursts]
    return tuple(sorted(found, key=lambda burst: (-burst.posts, burst.start)))
