"""``wijzer quiz``: seeded questions, feedback after each answer, interruption and resume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from interactive import STOP, Terminal

from wijzer.cli import exitcodes
from wijzer.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_a_seeded_quiz_with_feedback_and_score(capsys: pytest.CaptureFixture[str],
                                               terminal: Terminal) -> None:
    terminal.type("ja", "weet niet", "nee", "ja", "nee")
    status, out, _ = run(capsys, "quiz", "--seed", "4", "--questions", "4")
    assert status == exitcodes.OK
    assert "Vraag 1 van 4" in out and "Vraag 4 van 4" in out
    assert "'weet niet' begrijp ik niet. Antwoord met ja of nee." in out
    assert out.count("Richtlijn:") == 4 and "Je score:" in out and "van 4." in out
    terminal.type("ja", "nee", "ja", "nee")
    run(capsys, "quiz", "--forget")
    terminal.type("ja", "nee", "ja", "nee")
    _, again, _ = run(capsys, "quiz", "--seed", "4", "--questions", "4")
    first_posts = [line for line in out.splitlines() if line.startswith("  | ")]
    assert first_posts == [line for line in again.splitlines() if line.startswith("  | ")]


def test_interrupted_quiz_resumes_where_it_stopped(capsys: pytest.CaptureFixture[str],
                                                   terminal: Terminal, data_dir: Path) -> None:
    terminal.type("ja", "nee", STOP)
    status, out, err = run(capsys, "quiz", "--seed", "9", "--questions", "5")
    assert status == exitcodes.INTERRUPTED and "--resume" in err
    saved = json.loads((data_dir / "quiz.json").read_text("utf-8"))
    assert saved["answers"] == [True, False] and saved["finished"] is False
    assert not any(line[4:] in json.dumps(saved) for line in out.splitlines()
                   if line.startswith("  | ") and len(line) > 20)
    terminal.type("ja", "ja", "ja")
    status, out, _ = run(capsys, "quiz", "--resume", "--lang", "en")
    assert status == exitcodes.OK
    assert "Question 3 of 5" in out and "Question 1 of 5" not in out
    assert "Your score:" in out and "out of 5." in out
    assert json.loads((data_dir / "quiz.json").read_text("utf-8"))["finished"] is True


def test_share_a_quiz_score(capsys: pytest.CaptureFixture[str], terminal: Terminal,
                            tmp_path: Path) -> None:
    terminal.type("ja", "nee", "ja")
    run(capsys, "quiz", "--seed", "2", "--questions", "3")
    target = tmp_path / "score.json"
    status, _, _ = run(capsys, "quiz", "--share", str(target))
    summary = json.loads(target.read_text("utf-8"))
    assert status == exitcodes.OK and summary["kind"] == "quiz" and summary["questions"] == 3


@pytest.mark.parametrize(("args", "status"), [
    (["--questions", "1"], exitcodes.INPUT), (["--questions", "500"], exitcodes.INPUT),
    (["--seed", "abc"], exitcodes.USAGE), (["--resume"], exitcodes.USAGE),
])
def test_bad_options(capsys: pytest.CaptureFixture[str], terminal: Terminal, args: list[str],
                     status: int) -> None:
    code, _, err = run(capsys, "quiz", *args)
    assert code == status and "Traceback" not in err and err.startswith("wijzer: ")


def test_a_tampered_quiz_file_is_set_aside(capsys: pytest.CaptureFixture[str],
                                           terminal: Terminal, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "quiz.json").write_text(
        '{"format": 1, "pack": "zeeland", "pack_version": "1.0.0", "seed": 1, '
        '"items": ["tone/insults#flag99"], "answers": [], "finished": false}', encoding="utf-8")
    status, _, err = run(capsys, "quiz", "--resume")
    assert status == exitcodes.INPUT and "beschadigd" in err
