"""LinkedIn's export: Shares.csv and Comments.csv with their quoting quirks and UTC dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from audit_helpers import FIXTURES, by_source, read_all, zip_folder

from wijzer.audit.importers.linkedin import unwrap_lines


def test_linkedin_export(as_export: Callable[[str], Path]) -> None:
    export, posts = read_all(as_export("linkedin"))
    assert export.format == "linkedin"
    assert export.members == ["Comments.csv", "Shares.csv"]
    found = by_source(posts)
    first = found["Shares.csv#1"]
    assert first.text == "Mooie dag op de Oosterschelde 🌊 met het team van @Provincie Zeeland!"
    assert first.created_at == dt.datetime(2023, 3, 14, 8, 15, 2, tzinfo=dt.UTC)
    assert first.kind == "post" and first.platform == "linkedin"
    assert first.id.endswith("7041234567890123456")
    assert found["Shares.csv#2"].text == ('Eerste regel van de post\n\n'
                                          'Derde regel met "citaat" erin')
    assert found["Shares.csv#3"].kind == "share"
    assert found["Shares.csv#6"].created_at is None
    assert found["Shares.csv#7"].created_at == dt.datetime(2023, 12, 31, 23, 30, tzinfo=dt.UTC)
    comment = found["Comments.csv#1"]
    assert comment.kind == "comment"
    assert comment.text == 'Dank je! Het rapport noemt het een "mijlpaal" 👏'
    assert found["Comments.csv#2"].text == "Twee regels:\nen nog een regel"
    summary = export.summary
    assert summary.records_read == 10 and summary.posts_yielded == 7
    assert summary.skipped == {"empty": 2, "media_only": 1}
    assert summary.members_read == {"Comments.csv": 3, "Shares.csv": 7}
    assert summary.undated == 1


def test_a_lone_shares_file_is_recognised() -> None:
    export, posts = read_all(FIXTURES / "linkedin" / "Shares.csv")
    assert export.format == "linkedin"
    assert len(posts) == 5


def test_export_zipped_inside_a_folder(tmp_path: Path) -> None:
    path = zip_folder(FIXTURES / "linkedin", tmp_path / "Basic_LinkedInDataExport.zip",
                      prefix="Basic_LinkedInDataExport_03-01-2024/")
    export, posts = read_all(path)
    assert export.format == "linkedin" and len(posts) == 7


def test_unwrap_lines_only_when_every_line_is_quoted() -> None:
    assert unwrap_lines('"a"\n""\n"b ""c"""') == 'a\n\nb "c"'
    assert unwrap_lines('gewoon "citaat"\n"tweede"') == 'gewoon "citaat"\n"tweede"'


def test_broken_rows_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "Shares.csv"
    path.write_text("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
                    "2023-01-01 10:00:00,link1,Goed,,,PUBLIC\n"
                    "kapot\n"
                    "2023-01-02 10:00:00,link2,Ook goed,,,PUBLIC\n", encoding="utf-8")
    export, posts = read_all(path)
    assert [post.text for post in posts] == ["Goed", "Ook goed"]
    assert export.summary.skipped == {"unreadable": 1}
