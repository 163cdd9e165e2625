"""A plain CSV or JSON Lines file with text and date columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from audit_helpers import FIXTURES, read_all

from wijzer.audit import open_export
from wijzer.audit.importers.values import parse_datetime
from wijzer.errors import WijzerError


def test_csv_with_semicolons_and_dutch_columns() -> None:
    export, posts = read_all(FIXTURES / "generic" / "berichten.csv")
    assert export.format == "csv"
    assert [post.text for post in posts] == ["Korte post; met puntkomma", "Meerdere\nregels",
                                             "Zonder datum"]
    assert [post.platform for post in posts] == ["linkedin", "facebook", "unknown"]
    # Times without a zone are Dutch local time: 21:15 in March is 20:15 UTC.
    assert posts[0].created_at == dt.datetime(2024, 3, 4, 20, 15, tzinfo=dt.UTC)
    assert posts[1].created_at == dt.datetime(2024, 3, 4, 7, 0, tzinfo=dt.UTC)
    assert posts[2].created_at is None
    assert export.summary.skipped == {"empty": 1}


def test_json_lines() -> None:
    export, posts = read_all(FIXTURES / "generic" / "posts.jsonl")
    assert export.format == "jsonl"
    assert [post.id for post in posts] == ["a", "b", "e"]
    assert posts[0].created_at == dt.datetime(2024, 3, 4, 9, 0, tzinfo=dt.UTC)
    assert (posts[1].kind, posts[1].platform, posts[1].reply_to_text) == (
        "reply", "x", "Wat vind jij?")
    assert posts[2].created_at == dt.datetime(2024, 3, 4, 10, 0, tzinfo=dt.UTC)
    assert export.summary.skipped == {"unreadable": 2, "media_only": 1, "deleted": 1}


def test_csv_without_text_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("naam,datum\nJan,2024-01-01\n", encoding="utf-8")
    with pytest.raises(WijzerError) as error:
        open_export(path)
    assert error.value.code == "audit.no_text_column"
    assert "naam, datum" in error.value.message("nl")


def test_summer_time_and_explicit_zones() -> None:
    assert parse_datetime("2024-07-01 12:00") == dt.datetime(2024, 7, 1, 10, 0, tzinfo=dt.UTC)
    assert parse_datetime("2024-07-01T12:00:00Z") == dt.datetime(2024, 7, 1, 12, tzinfo=dt.UTC)
    assert parse_datetime("2024-07-01 12:00:00 UTC") == dt.datetime(2024, 7, 1, 12,
                                                                    tzinfo=dt.UTC)
    assert parse_datetime("1719835200") == dt.datetime(2024, 7, 1, 12, tzinfo=dt.UTC)
    assert parse_datetime("1719835200000") == dt.datetime(2024, 7, 1, 12, tzinfo=dt.UTC)
    assert parse_datetime("31-02-2024") is None
    assert parse_datetime("0") is None
