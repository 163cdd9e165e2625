"""Dosage on constructed timelines: local days, bursts, late nights, DST edges, merging."""

from __future__ import annotations

import datetime as dt

import pytest

from wijzer.audit.dosage import DosageCounter, DosageSettings, dosage_report, find_bursts
from wijzer.pack.model import Pack

UTC = dt.UTC
SETTINGS = DosageSettings(posts_per_day=3, burst_posts=2, burst_minutes=60,
                          late_start=23 * 60, late_end=6 * 60, late_share=0.2)


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def _counter(times: list[str], kind: str = "post") -> DosageCounter:
    counter = DosageCounter()
    for text in times:
        counter.add(_utc(text), kind)
    return counter


def test_settings_come_from_the_pack(pack: Pack) -> None:
    settings = DosageSettings.from_pack(pack)
    assert settings.posts_per_day == pack.setting("dosage_posts_per_day")
    assert settings.burst_posts == pack.setting("dosage_burst_posts")
    assert settings.burst_minutes == pack.setting("dosage_burst_minutes")
    assert (settings.late_start, settings.late_end) == (23 * 60, 6 * 60)


def test_days_are_local_in_summer_and_winter() -> None:
    # 22:30 UTC is 00:30 the next day in summer (CEST) but 23:30 the same day in winter (CET).
    report = dosage_report(_counter(["2024-07-01T22:30", "2024-01-01T22:30"]), SETTINGS)
    assert [day.day for day in report.days] == [dt.date(2024, 1, 1), dt.date(2024, 7, 2)]
    assert report.by_hour[0] == 1 and report.by_hour[23] == 1
    assert report.late_night == 2


def test_dst_spring_forward_and_fall_back() -> None:
    # 31 March 2024: 00:59 UTC is 01:59 CET, 01:00 UTC is 03:00 CEST (02:xx does not exist).
    spring = dosage_report(_counter(["2024-03-31T00:59", "2024-03-31T01:00"]), SETTINGS)
    assert spring.by_hour[1] == 1 and spring.by_hour[3] == 1 and spring.by_hour[2] == 0
    # 27 October 2024: 00:30 UTC and 01:30 UTC are both 02:30 local, on the same day.
    autumn = dosage_report(_counter(["2024-10-27T00:30", "2024-10-27T01:30"]), SETTINGS)
    assert autumn.by_hour[2] == 2
    assert [(d.day, d.total) for d in autumn.days] == [(dt.date(2024, 10, 27), 2)]
    # ...and they are an hour apart, not the same moment: no burst of two within 0 minutes.
    tight = DosageSettings(burst_posts=1, burst_minutes=30)
    assert find_bursts(_counter(["2024-10-27T00:30", "2024-10-27T01:30"]).times, tight) == ()


def test_late_night_window_wraps_midnight_and_ends_exclusive() -> None:
    assert SETTINGS.is_late(23 * 60) and SETTINGS.is_late(0) and SETTINGS.is_late(5 * 60 + 59)
    assert not SETTINGS.is_late(6 * 60) and not SETTINGS.is_late(22 * 60 + 59)
    daytime = DosageSettings(late_start=1 * 60, late_end=5 * 60)
    assert daytime.is_late(60) and not daytime.is_late(0) and not daytime.is_late(5 * 60)


def test_busy_day_needs_more_than_the_limit() -> None:
    three = _counter([f"2024-05-06T{h:02d}:00" for h in (8, 10, 12)])
    assert dosage_report(three, SETTINGS).busy_days == ()
    four = _counter([f"2024-05-06T{h:02d}:00" for h in (8, 10, 12, 14)])
    busy = dosage_report(four, SETTINGS).busy_days
    assert [(d.day, d.total) for d in busy] == [(dt.date(2024, 5, 6), 4)]


def test_posts_and_replies_are_counted_apart_and_together() -> None:
    counter = _counter(["2024-05-06T08:00", "2024-05-06T09:00"])
    for time in ("2024-05-06T10:00", "2024-05-06T11:00"):
        counter.add(_utc(time), "reply")
    counter.add(_utc("2024-05-06T12:00"), "comment")
    report = dosage_report(counter, SETTINGS)
    assert (report.posts, report.replies) == (2, 3)
    assert report.busy_days[0].total == 5
    assert report.weeks == (("2024-W19", 5),)


def test_bursts_are_merged_when_windows_overlap() -> None:
    times = ["2024-05-06T08:00", "2024-05-06T08:20", "2024-05-06T08:40",  # 3 in 40 min
             "2024-05-06T09:10",  # overlaps: 08:20-09:10 holds 3 as well
             "2024-05-06T15:00", "2024-05-06T15:01", "2024-05-06T15:02"]
    bursts = find_bursts(_counter(times).times, SETTINGS)
    assert [b.posts for b in bursts] == [4, 3]
    assert bursts[0].start.hour == 10 and bursts[0].start.tzinfo is not None  # 08:00 UTC, CEST


def test_burst_threshold_is_more_than_and_window_inclusive() -> None:
    two = _counter(["2024-05-06T08:00", "2024-05-06T08:30"])
    assert find_bursts(two.times, SETTINGS) == ()
    exactly_an_hour = _counter(["2024-05-06T08:00", "2024-05-06T08:30", "2024-05-06T09:00"])
    assert len(find_bursts(exactly_an_hour.times, SETTINGS)) == 1
    just_over = _counter(["2024-05-06T08:00", "2024-05-06T08:30", "2024-05-06T09:00:01"])
    assert find_bursts(just_over.times, SETTINGS) == ()


def test_order_of_posts_does_not_matter_and_merging_equals_one_pass() -> None:
    times = ["2024-05-06T08:00", "2023-01-01T23:30", "2024-05-06T08:10", "2024-05-06T08:05",
             "2024-12-31T23:59", "2025-01-01T00:01"]
    whole = dosage_report(_counter(times), SETTINGS)
    left, right = _counter(times[:3]), _counter(times[3:])
    left.merge(right)
    merged = dosage_report(left, SETTINGS)
    assert merged == whole
    assert dosage_report(_counter(list(reversed(times))), SETTINGS) == whole


def test_undated_posts_are_counted_but_not_placed() -> None:
    counter = _counter(["2024-05-06T08:00"])
    counter.add(None, "post")
    report = dosage_report(counter, SETTINGS)
    assert (report.dated, report.undated) == (1, 1)


def test_late_share_is_noted_above_the_threshold() -> None:
    night = _counter(["2024-01-10T23:30", "2024-01-11T12:00", "2024-01-12T12:00"])
    report = dosage_report(night, SETTINGS)
    assert report.late_share == pytest.approx(1 / 3) and report.late_noted and report.noted
    quiet = dosage_report(_counter(["2024-01-11T12:00"]), SETTINGS)
    assert not quiet.noted


def test_empty_history() -> None:
    report = dosage_report(DosageCounter(), SETTINGS)
    assert report.days == () and report.max_per_day == 0 and not report.noted
