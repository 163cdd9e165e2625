"""``wijzer audit`` end to end: every fixture format, the output folder, bad input."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from audit_helpers import FIXTURES, zip_folder

from wijzer.cli import exitcodes
from wijzer.cli.main import main

FILES = {"report.html", "report.json", "posts.csv", "activity.csv"}
TWEETS = "window.YTD.tweets.part0 = "


def _tweet(index: int, text: str, when: str = "Wed Oct 10 20:19:24 +0000 2018"
           ) -> dict[str, object]:
    return {"tweet": {"id_str": str(index), "full_text": text, "created_at": when}}


def _x_zip(path: Path, tweets: list[dict[str, object]], extra: dict[str, str] | None = None
           ) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/tweets.js", TWEETS + json.dumps(tweets))
        for name, content in (extra or {}).items():
            archive.writestr(zipfile.ZipInfo(name), content)
    return path


def _audit(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["audit", *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("name", ["x", "linkedin", "facebook", "instagram",
                                  "generic/berichten.csv", "generic/posts.jsonl"])
def test_every_fixture_format(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                              ) -> None:
    out = tmp_path / "out"
    status, stdout, _ = _audit(capsys, str(FIXTURES / name), "--output", str(out),
                               "--workers", "1")
    assert status == exitcodes.OK
    assert {p.name for p in out.iterdir()} == FILES
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["checked"] + sum(report["not_checked"].values()) == \
        report["import"]["posts_yielded"] > 0
    assert "report.html" in stdout
    assert (out / "report.html").read_text("utf-8").startswith("<!DOCTYPE html>")


def test_zip_with_two_workers_equals_one_worker(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    archive = zip_folder(FIXTURES / "x", tmp_path / "x.zip")
    reports = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        assert _audit(capsys, str(archive), "-o", str(out), "--workers", workers)[0] == 0
        report = json.loads((out / "report.json").read_text("utf-8"))
        report.pop("generated_at")
        reports.append(report)
    assert reports[0] == reports[1]


def test_flagged_posts_worst_first_and_history_findings(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    tweets = [_tweet(i, f"Mooie dag aan de kust nummer {i}.",
                     f"Wed Oct 10 20:{i:02d}:00 +0000 2018") for i in range(12)]
    tweets.append(_tweet(99, "Wat een stelletje idioten, die gedeputeerden.",
                         "Thu Oct 11 12:00:00 +0000 2018"))
    out = tmp_path / "out"
    assert _audit(capsys, str(_x_zip(tmp_path / "x.zip", tweets)), "-o", str(out),
                  "--workers", "1", "--lang", "en")[0] == 0
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["flagged"][0]["id"] == "99" and report["flagged"][0]["verdict"] == "red"
    categories = {note["category"] for note in report["history_findings"]}
    assert "dosage" in categories  # 12 posts in 12 minutes, late in the evening (22:xx CEST)
    assert report["dosage"]["bursts"] and report["dosage"]["busy_days"]
    guidelines = {g for note in report["history_findings"] for g in note["guidelines"]}
    assert guidelines == {"rule-7.dosed"}
    rows = (out / "posts.csv").read_text("utf-8").splitlines()
    assert rows[1].startswith("1,2018-10-11,14:00,x,post,red")
    html = (out / "report.html").read_text("utf-8")
    assert '<html lang="en">' in html and "rule-7.dosed" in html


def test_field_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert _audit(capsys, str(FIXTURES / "x"), "-o", str(out), "--field", "water",
                  "--workers", "1")[0] == 0
    assert json.loads((out / "report.json").read_text("utf-8"))["focus"]["field"] == "water"
    status, _, err = _audit(capsys, str(FIXTURES / "x"), "-o", str(tmp_path / "o2"),
                            "--field", "astrologie")
    assert status == exitcodes.USAGE and "astrologie" in err and "water" in err
    assert not (tmp_path / "o2").exists()


def test_output_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert _audit(capsys, str(FIXTURES / "x"), "-o", str(out), "--format", "json",
                  "--workers", "1")[0] == 0
    assert {p.name for p in out.iterdir()} == {"report.json"}
    status, _, err = _audit(capsys, str(FIXTURES / "x"), "-o", str(out), "--format", "pdf")
    assert status == exitcodes.USAGE and "pdf" in err


def test_output_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "taken"
    target.write_text("mine")
    status, _, err = _audit(capsys, str(FIXTURES / "x"), "-o", str(target))
    assert status == exitcodes.USAGE and "taken" in err
    assert target.read_text() == "mine"


def test_output_below_a_file_is_refused_before_the_scan(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").write_text("x")
    status, _, err = _audit(capsys, str(FIXTURES / "x"), "-o", str(tmp_path / "file" / "sub"))
    assert status == exitcodes.USAGE and "file" in err


def test_existing_report_needs_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").write_text("old")
    (out / "notes.txt").write_text("keep")
    status, _, err = _audit(capsys, str(FIXTURES / "x"), "-o", str(out), "--workers", "1")
    assert status == exitcodes.USAGE and "--force" in err
    assert (out / "report.html").read_text() == "old"
    assert _audit(capsys, str(FIXTURES / "x"), "-o", str(out), "--workers", "1",
                  "--force")[0] == 0
    assert (out / "report.html").read_text() != "old"
    assert (out / "notes.txt").read_text() == "keep"


def test_symlinks_inside_the_folder_are_never_written_through(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "outside.html"
    outside.write_text("precious")
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(outside, out / "report.html")
    os.symlink(tmp_path / "nowhere.json", out / "report.json")  # a dangling link
    status, _, _ = _audit(capsys, str(FIXTURES / "x"), "-o", str(out), "--workers", "1")
    assert status == exitcodes.USAGE  # links count as an existing report
    assert _audit(capsys, str(FIXTURES / "x"), "-o", str(out), "--workers", "1",
                  "--force")[0] == 0
    assert outside.read_text() == "precious" and not (tmp_path / "nowhere.json").exists()
    assert not (out / "report.html").is_symlink() and not (out / "report.json").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "outside.html"]


def test_missing_folder_is_created_with_parents(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a" / "b"
    assert _audit(capsys, str(FIXTURES / "linkedin"), "-o", str(out), "--workers", "1")[0] == 0
    assert {p.name for p in out.iterdir()} == FILES


def test_no_post_text_on_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    secret = "Geheimzinnige tekst over idioten"
    archive = _x_zip(tmp_path / "x.zip", [_tweet(1, secret)])
    status, out, err = _audit(capsys, str(archive), "-o", str(tmp_path / "out"),
                              "--workers", "1")
    assert status == 0 and secret not in out + err and "idioten" not in out + err


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("export.zip", b"PK\x03\x04" + b"\0" * 50, "onvolledig"),
    ("export.zip", b"this is not a zip at all", "beschadigd"),
    ("export.txt", b"this is not an export at all", "geen bekende export"),
    ("export.js", b"window.YTD.tweets.part0 = [{\"tweet\": ", "geen bekende export"),
])
def test_bad_archives_give_a_clear_error_and_no_output(
        name: str, content: bytes, expected: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    status, _, err = _audit(capsys, str(path), "-o", str(tmp_path / "out"))
    assert status == exitcodes.INPUT and expected in err
    assert not (tmp_path / "out").exists()


def test_truncated_zip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    whole = zip_folder(FIXTURES / "x", tmp_path / "whole.zip").read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    status, _, err = _audit(capsys, str(cut), "-o", str(tmp_path / "out"), "--lang", "en")
    assert status == exitcodes.INPUT and "incomplete" in err
    assert not (tmp_path / "out").exists()


def test_unknown_format_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.txt").write_text("hallo")
    status, _, err = _audit(capsys, str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                            "--lang", "en")
    assert status == exitcodes.INPUT and "not a known export" in err


def test_zip_bomb_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/tweets.js", TWEETS.encode() + b"[" + b" " * (8 << 20) + b"]")
    status, _, err = _audit(capsys, str(path), "-o", str(tmp_path / "out"), "--lang", "en")
    assert status == exitcodes.INPUT and "zip bomb" in err
    assert not (tmp_path / "out").exists()


def test_traversal_names_are_reported_and_nothing_lands_outside(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unsafe = {"../../evil.js": TWEETS + "[]", "/tmp/evil.js": TWEETS + "[]"}
    archive = _x_zip(tmp_path / "x.zip", [_tweet(1, "Hallo Zeeland")], unsafe)
    before = sorted(tmp_path.rglob("*"))
    out = tmp_path / "out"
    status, stdout, _ = _audit(capsys, str(archive), "-o", str(out), "--workers", "1")
    assert status == exitcodes.OK and "overgeslagen" in stdout
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["import"]["skipped"]["unsafe_name"] == 2
    assert set(report["import"]["member_problems"]) == set(unsafe)
    assert sorted(tmp_path.rglob("*")) == sorted([*before, out, *(out / f for f in FILES)])
    assert "onveilige bestandsnaam" in (out / "report.html").read_text("utf-8")


def test_unreadable_records_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    good = json.dumps(_tweet(1, "Hallo Zeeland"))
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data/tweets.js", f"{TWEETS}[{good}, 42, {{\"tweet\": 7}}, {good}]")
    out = tmp_path / "out"
    status, stdout, _ = _audit(capsys, str(path), "-o", str(out), "--workers", "1")
    assert status == exitcodes.OK and "2 record(s)" in stdout
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["import"]["skipped"] == {"unreadable": 2} and report["checked"] == 2
    assert "onleesbaar record: 2" in (out / "report.html").read_text("utf-8")


def test_interrupted_write_leaves_no_half_report(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def failing_replace(source: str, target: object) -> None:
        calls.append(target)
        raise KeyboardInterrupt

    monkeypatch.setattr("wijzer.audit.report.output.os.replace", failing_replace)
    out = tmp_path / "out"
    status, _, _ = _audit(capsys, str(FIXTURES / "x"), "-o", str(out), "--workers", "1")
    assert status == exitcodes.INTERRUPTED and calls
    assert list(out.iterdir()) == []


def test_truncated_member_is_reported_with_what_was_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "archive" / "data"
    folder.mkdir(parents=True)
    good = json.dumps(_tweet(1, "Hallo Zeeland"))
    (folder / "tweets.js").write_text(f"{TWEETS}[{good}, {good[:30]}")
    out = tmp_path / "out"
    status, _, _ = _audit(capsys, str(tmp_path / "archive"), "-o", str(out), "--workers", "1",
                          "--lang", "en")
    assert status == exitcodes.OK
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["import"]["member_problems"] == {"data/tweets.js": "truncated"}
    assert report["checked"] == 1
    assert "cut off (incomplete file)" in (out / "report.html").read_text("utf-8")
