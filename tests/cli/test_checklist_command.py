"""``wijzer checklist``: interactive and scripted answers, the check of the draft, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from interactive import STOP, Terminal

from wijzer.cli import exitcodes
from wijzer.cli.main import main

GREEN_TEXT = "Vandaag het veldwerk bij de Kwade Hoek afgerond. Mooie dag buiten."
RED_TEXT = "Wat een kutorganisatie, LEES NOU GEWOON EENS DE VOORWAARDEN!!!"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_scripted_all_yes_on_a_green_draft(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "checklist", GREEN_TEXT, "--answers", "ja,ja,ja,ja,ja")
    assert status == exitcodes.OK
    assert "alle vragen met ja" in out and "GROEN" in out


def test_an_honest_no_gives_the_advice_and_orange(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "checklist", GREEN_TEXT, "--answers",
                         "yes,no,yes,not sure,yes", "--lang", "en")
    assert status == exitcodes.ORANGE
    assert "Consult Team Communicatie" in out
    assert "checklist.role" in out and "checklist.right-place" in out
    assert out.index("Consult") < out.index("GREEN")


def test_the_check_still_decides_on_a_red_draft(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "checklist", RED_TEXT, "--answers", "ja,ja,ja,ja,ja")
    assert status == exitcodes.RED and "ROOD" in out


def test_interactive_session_asks_questions_then_the_draft(
        capsys: pytest.CaptureFixture[str], terminal: Terminal) -> None:
    terminal.type("ja", "misschien niet", "nee", "ja", "ja", "weet niet", "", GREEN_TEXT, "")
    status, out, _ = run(capsys, "checklist")
    assert status == exitcodes.ORANGE
    assert "Vraag 1 van 5" in out and "Vraag 5 van 5" in out
    assert "'misschien niet' begrijp ik niet" in out
    assert "Plak of typ je bericht" in out and "Kwade Hoek" in out
    assert out.count("Antwoord (ja / nee / weet niet)") == 0  # prompts go to input()
    assert len(terminal.prompts) == 9


@pytest.mark.parametrize("stop", [STOP, None])
def test_ctrl_c_or_end_of_input_stops_cleanly(capsys: pytest.CaptureFixture[str],
                                              terminal: Terminal, stop: object) -> None:
    terminal.type("ja", "nee", *([stop] if stop is not None else []))
    status, out, err = run(capsys, "checklist", GREEN_TEXT)
    assert status == exitcodes.INTERRUPTED
    assert "Gestopt. Er is niets bewaard." in err and "Traceback" not in err
    assert "GROEN" not in out


def test_without_a_terminal_says_how_to_answer(capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", open(__file__, encoding="utf-8"))  # noqa: SIM115
    status, _, err = run(capsys, "checklist", GREEN_TEXT)
    assert status == exitcodes.USAGE and "--answers ja,ja,ja,ja,ja" in err


def test_subprocess_with_piped_stdin_gets_a_clear_message() -> None:
    done = subprocess.run([sys.executable, "-m", "wijzer", "checklist", GREEN_TEXT],
                          input="ja\nja\n", capture_output=True, text=True, timeout=120)
    assert done.returncode == exitcodes.USAGE
    assert "vragenlijst" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(("answers", "fragment"), [
    ("ja,ja", "5 vragen, maar je gaf 2"),
    ("ja,ja,ja,ja,jein", "'jein' begrijp ik niet"),
    ("", "5 vragen, maar je gaf 1"),
    ("ja," * 5000, "5 vragen"),
])
def test_bad_scripted_answers(capsys: pytest.CaptureFixture[str], answers: str,
                              fragment: str) -> None:
    status, _, err = run(capsys, "checklist", GREEN_TEXT, "--answers", answers)
    assert status == exitcodes.INPUT and fragment in err


@pytest.mark.parametrize(("content", "fragment"), [
    (b"\x00\x01\x02binary", "binaire"), (b"caf\xe9 in Goes", "UTF-8"), (b"", "leeg"),
])
def test_bad_draft_files(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes,
                         fragment: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(content)
    status, _, err = run(capsys, "checklist", "--file", str(path), "--answers", "ja,ja,ja,ja,ja")
    assert status == exitcodes.INPUT and fragment in err


def test_an_overlong_draft(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "checklist", "Zeeland " * 2000, "--answers", "ja,ja,ja,ja,ja")
    assert status == exitcodes.INPUT and "tekens" in err


def test_text_and_file_together(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, _ = run(capsys, "checklist", "tekst", "--file", str(tmp_path / "x.txt"))
    assert status == exitcodes.USAGE


def test_scripted_answers_with_the_draft_piped_in() -> None:
    done = subprocess.run([sys.executable, "-m", "wijzer", "checklist", "--answers",
                           "ja,ja,ja,ja,ja"], input=GREEN_TEXT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == exitcodes.OK and "Kwade Hoek" in done.stdout


def test_scripted_answers_with_a_binary_draft_piped_in() -> None:
    done = subprocess.run([sys.executable, "-m", "wijzer", "checklist", "--answers",
                           "ja,ja,ja,ja,ja"], input=b"\x00\xff\x00", capture_output=True,
                          timeout=120)
    assert done.returncode == exitcodes.INPUT and b"Traceback" not in done.stderr


def test_json_output_with_scripted_answers(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "checklist", GREEN_TEXT, "--answers", "ja,nee,ja,ja,weet niet",
                         "--format", "json", "--lang", "en")
    data = json.loads(out)
    assert status == exitcodes.ORANGE
    assert set(data) == {"checklist", "check"} and data["check"]["verdict"] == "green"
    assert data["checklist"]["action"] == "wait"
    assert [item["question"] for item in data["checklist"]["advice"]] == ["role", "purpose"]
    assert data["checklist"]["advice"][0]["guidelines"][0]["id"] == "checklist.role"


def test_json_needs_scripted_answers(capsys: pytest.CaptureFixture[str],
                                     terminal: Terminal) -> None:
    status, _, err = run(capsys, "checklist", GREEN_TEXT, "--format", "json")
    assert status == exitcodes.USAGE and "--answers" in err
