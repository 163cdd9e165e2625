"""``wijzer check`` end to end: outputs, exit statuses and every kind of bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wijzer.cli import exitcodes
from wijzer.cli.main import main

GREEN_TEXT = "Vandaag het veldwerk bij de Kwade Hoek afgerond. Mooie dag buiten."
RED_TEXT = "Wat een kutorganisatie, LEES NOU GEWOON EENS DE VOORWAARDEN!!!"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_green_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", GREEN_TEXT)
    assert status == exitcodes.OK
    assert "GROEN" in out


def test_red_text_highlights_words(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", RED_TEXT, "--platform", "x")
    assert status == exitcodes.RED
    assert "ROOD" in out and "[[" in out and "\"kutorganisatie\"" in out and "rule-1" in out


def test_english_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", RED_TEXT, "--lang", "en")
    assert status == exitcodes.RED
    assert "RED" in out and "Findings" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", RED_TEXT, "--format", "json")
    data = json.loads(out)
    assert data["verdict"] == "red" and status == exitcodes.RED
    finding = data["findings"][0]
    assert {"category", "rule", "severity", "message", "start", "end", "guidelines"} <= set(finding)
    assert data["guidelines"]


def test_file_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bericht.txt"
    path.write_text(GREEN_TEXT, encoding="utf-8")
    assert run(capsys, "check", "--file", str(path))[0] == exitcodes.OK


def test_stdin_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stream = io.TextIOWrapper(io.BytesIO(GREEN_TEXT.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    assert run(capsys, "check")[0] == exitcodes.OK


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text(capsys: pytest.CaptureFixture[str], text: str) -> None:
    status, _, err = run(capsys, "check", text)
    assert status == exitcodes.INPUT
    assert "leeg" in err


def test_text_over_limit_says_the_limit(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "check", "a" * 10_001)
    assert status == exitcodes.INPUT
    assert "10000" in err and "10001" in err


def test_english_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "check", "", "--lang", "en")
    assert status == exitcodes.INPUT and "empty" in err


def test_not_utf8_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café in Middelburg".encode("latin-1"))
    status, _, err = run(capsys, "check", "--file", str(path))
    assert status == exitcodes.INPUT and "UTF-8" in err


def test_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    status, _, err = run(capsys, "check", "--file", str(path))
    assert status == exitcodes.INPUT and "binair" in err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "check", "--file", str(tmp_path / "nope.txt"))
    assert status == exitcodes.INPUT and "niet gevonden" in err


def test_directory_as_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", "--file", str(tmp_path))[0] == exitcodes.INPUT


def test_oversized_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1_000_001)
    status, _, err = run(capsys, "check", "--file", str(path))
    assert status == exitcodes.INPUT and "1000000" in err


def test_unknown_platform(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "check", GREEN_TEXT, "--platform", "myspace")
    assert status == exitcodes.USAGE and "linkedin" in err


@pytest.mark.parametrize("value", ["2026-02-30", "gisteren", "31-12-2026x"])
def test_impossible_date(capsys: pytest.CaptureFixture[str], value: str) -> None:
    status, _, err = run(capsys, "check", GREEN_TEXT, "--posted-at", value)
    assert status == exitcodes.INPUT and "JJJJ-MM-DD" in err


def test_unreadable_image(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "foto.jpg"
    path.write_text("not an image", encoding="utf-8")
    status, _, err = run(capsys, "check", GREEN_TEXT, "--image", str(path))
    assert status == exitcodes.INPUT and "foto.jpg" in err


def test_missing_image(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run(capsys, "check", GREEN_TEXT, "--image", str(tmp_path / "x.jpg"))
    assert status == exitcodes.INPUT


def test_two_sources_conflict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run(capsys, "check", GREEN_TEXT, "--file", str(tmp_path / "a.txt"))
    assert status == exitcodes.USAGE


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "check", GREEN_TEXT, "--kleur", "rood")
    assert status == exitcodes.USAGE and "ongeldige aanroep" in err


def test_unknown_pack(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "check", GREEN_TEXT, "--pack", "utrecht")
    assert status == exitcodes.USAGE and "zeeland" in err


def test_broken_pack_gives_pack_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pack.yml").write_text("id: broken\nname: {nl: x}\n", encoding="utf-8")
    status, _, err = run(capsys, "check", GREEN_TEXT, "--pack", str(tmp_path))
    assert status == exitcodes.PACK and "pack.yml" in err


def test_cold_process_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "wijzer", "check", GREEN_TEXT],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == exitcodes.OK, result.stderr
