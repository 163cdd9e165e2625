"""``wijzer check --input`` and ``wijzer eval``: broken lines are reported, the rest checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wijzer.cli import exitcodes
from wijzer.cli.main import main


def _line(post_id: str, text: str, labels: list[str] | None = None, **extra: object) -> str:
    row = {"id": post_id, "text": text, "platform": "linkedin", "reply_to": None,
           "posted_at": "2026-03-04", "attachments": [], "labels": labels or [],
           "verdict": "green", "note": "", **extra}
    return json.dumps(row, ensure_ascii=False)


GOOD = "Vandaag het veldwerk bij de Kwade Hoek afgerond. Mooie dag buiten."
BAD = "Wat een kutorganisatie, LEES NOU GEWOON EENS DE VOORWAARDEN!!!"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join([_line("a", GOOD), _line("b", BAD, ["tone"])]) + "\n",
                    encoding="utf-8")
    status = main(["check", "--input", str(path), "--format", "jsonl", "--workers", workers])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["id"] for row in out] == ["a", "b"]
    assert out[0] == {"id": "a", "verdict": "green", "findings": []}
    assert out[1]["verdict"] == "red"
    assert set(out[1]["findings"][0]) == {"category", "rule", "severity", "message", "start",
                                          "end", "guidelines"}
    assert status == exitcodes.RED


@pytest.mark.parametrize("workers", ["1", "2"])  # errors must also cross from worker processes
def test_broken_lines_are_reported_and_others_checked(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       workers: str) -> None:
    path = tmp_path / "posts.jsonl"
    lines = [
        _line("a", GOOD),
        "{not json",
        "[1, 2, 3]",
        json.dumps({"id": "no-text"}),
        _line("bad-date", GOOD, posted_at="2026-13-01"),
        _line("bad-type", GOOD, attachments="foto.jpg"),
        _line("empty", "   "),
        _line("platform", GOOD, platform="myspace"),
        _line("reply-list", GOOD, reply_to=[{"type": "image"}]),
        _line("z", GOOD),
    ]
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe broken utf8\n")
    status = main(["check", "--input", str(path), "--format", "jsonl", "--workers", workers])
    captured = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in captured.out.splitlines()]
    assert ids == ["a", "z"]
    for number in (2, 3, 4, 5, 6, 7, 8, 9, 11):
        assert f"Regel {number}:" in captured.err
    assert "9 regel(s)" in captured.err
    assert status == exitcodes.INPUT


def test_oversized_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text(_line("big", "x" * 1_100_000) + "\n" + _line("ok", GOOD) + "\n",
                    encoding="utf-8")
    status = main(["check", "--input", str(path), "--format", "jsonl", "--workers", "1"])
    captured = capsys.readouterr()
    assert "Regel 1:" in captured.err and '"ok"' in captured.out
    assert status == exitcodes.INPUT


def test_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--input", str(tmp_path / "none.jsonl")]) == exitcodes.INPUT


def test_jsonl_format_needs_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", GOOD, "--format", "jsonl"]) == exitcodes.USAGE


def test_eval_reports_measures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join([_line("a", GOOD), _line("b", BAD, ["tone"]), "{broken"]) + "\n",
                    encoding="utf-8")
    status = main(["eval", str(path), "--format", "json", "--workers", "1"])
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert status == exitcodes.OK
    assert data["posts"] == 2
    assert data["per_category"]["tone"]["recall"] == 1.0
    assert {"micro", "macro_f1", "fine_flagged_share", "violating_green_share",
            "verdict_accuracy"} <= set(data)
    assert "Regel 3" in captured.err


def test_rules_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == exitcodes.OK
    assert "rule-9" in capsys.readouterr().out
    assert main(["rules", "--format", "json"]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert len(data["guideline"]) == 25
    assert main(["explain", "tone/insults"]) == exitcodes.OK
    out = capsys.readouterr().out
    assert "Waarom" in out and "Schrijf in plaats daarvan" in out
    assert main(["explain", "tone/nope"]) == exitcodes.USAGE
