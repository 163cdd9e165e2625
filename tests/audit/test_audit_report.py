"""The report files: hostile texts stay inert, charts are accessible, CSV cells are not formulas."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from wijzer.audit.check import check_item
from wijzer.audit.focus import SubjectMatcher
from wijzer.audit.importers.model import ImportedPost
from wijzer.audit.report.csv import posts_csv, safe_cell
from wijzer.audit.report.files import render_files
from wijzer.audit.report.html import render_html
from wijzer.audit.report.html_parts import highlight
from wijzer.audit.report.periods import activity_periods
from wijzer.audit.results import AuditTally
from wijzer.audit.summary import AuditReport, build_report
from wijzer.engine.checker import Checker
from wijzer.pack.model import Pack

HOSTILE = [
    "<script>alert('idioten')</script> wat een idioten",
    '"><img src=x onerror=alert(1)> idioten!',
    "<svg onload=alert(1)>klootzakken</svg>",
    "</textarea><iframe src=javascript:alert(1)> idioten &amp; <b>vet</b>",
    "=HYPERLINK(\"http://evil\") idioten",
]


@pytest.fixture(scope="module")
def report(checker: Checker, pack: Pack) -> AuditReport:
    matcher = SubjectMatcher(pack)
    tally = AuditTally(cap=50)
    for index, text in enumerate(HOSTILE + ["Mooie dag aan de kust."] * 3):
        moment = dt.datetime(2024, 3, 1 + index, 21, 30, tzinfo=dt.UTC)
        item = ImportedPost(id=f"<i>{index}</i>", text=text, created_at=moment, kind="post",
                            platform="x", source=f"data/<b>{index}</b>.js#1",
                            reply_to_text="<script>reply()</script>")
        tally.add(check_item(checker, matcher, item))
    imported = {"format": "x", "records_read": 9, "posts_yielded": 8, "undated": 0,
                "skipped": {"unreadable": 1}, "members_read": {},
                "member_problems": {"data/<script>x</script>.js": "corrupt"}}
    return build_report(tally, imported, pack, source="<script>export</script>.zip")


def test_hostile_texts_are_escaped_everywhere(report: AuditReport, pack: Pack) -> None:
    assert report.flagged_total >= len(HOSTILE)  # they all reach the page
    for lang in ("nl", "en"):
        page = render_html(report, pack, lang)
        assert "<script" not in page.lower() and "<iframe" not in page.lower()
        assert "<img" not in page and "<svg onload" not in page and "&lt;img src=x" in page
        assert not re.search(r"<[a-z]+[^>]*\son[a-z]+=", page)  # no event handler attributes
        plain = page.replace("<mark>", "").replace("</mark>", "")
        assert "&lt;script&gt;alert(&#x27;idioten&#x27;)&lt;/script&gt;" in plain
        assert "&lt;script&gt;export&lt;/script&gt;.zip" in page
        assert "&amp;amp;" in plain  # the post's own "&amp;" shown as typed


def test_page_loads_and_runs_nothing(report: AuditReport, pack: Pack) -> None:
    page = render_html(report, pack)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "<link" not in page and "@import" not in page


def test_charts_have_titles_descriptions_and_tables(report: AuditReport, pack: Pack) -> None:
    page = render_html(report, pack, "en")
    charts = re.findall(r"<svg [^>]*role=\"img\" aria-labelledby=\"([^\"]+)\"", page)
    assert len(charts) >= 4
    for ids in charts:
        title, desc = ids.split()
        assert f'id="{title}"' in page and f'id="{desc}"' in page
    assert page.count("<table>") >= len(charts)
    assert '<html lang="en">' in page and 'name="viewport"' in page


def test_privacy_note_in_both_languages(report: AuditReport, pack: Pack) -> None:
    assert "Privé: dit rapport bevat je eigen berichten" in render_html(report, pack, "nl")
    assert "Private: this report contains your own posts" in render_html(report, pack, "en")


def test_highlight_marks_spans_and_escapes_the_rest(report: AuditReport) -> None:
    post = next(p for p in report.flagged if p.text.startswith("<script>"))
    marked = highlight(post.text, post.findings)
    assert "<mark>" in marked and "<script" not in marked


def test_csv_cells_never_start_a_formula(report: AuditReport) -> None:
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("-2") == "'-2" and safe_cell("gewoon") == "gewoon"
    text = posts_csv(report)
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text and "'=HYPERLINK" in text


def test_json_holds_the_same_figures(report: AuditReport, pack: Pack) -> None:
    files = render_files(report, pack, "en", {"json", "csv", "html"})
    data = json.loads(files["report.json"])
    assert data["flagged_total"] == report.flagged_total == len(data["flagged"])
    assert data["source"] == "<script>export</script>.zip"  # data, not markup: left as is
    assert data["dosage"]["time_zone"] == "Europe/Amsterdam"
    assert data["dosage"]["by_hour"][22] == 8  # 21:30 UTC in March is 22:30 CET
    assert set(files) == {"report.html", "report.json", "posts.csv", "activity.csv"}


def test_activity_periods_fill_gaps(report: AuditReport) -> None:
    unit, periods = activity_periods(report.dosage.days)
    assert unit == "week" and periods[0][0] == "2024-W09"
    assert sum(p + r for _, p, r in periods) == report.dosage.dated
