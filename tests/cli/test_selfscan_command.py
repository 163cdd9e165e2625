"""``wijzer selfscan``: a full run, an interrupted and resumed run, forget, share, bad state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from interactive import STOP, Terminal

from wijzer.cli import exitcodes
from wijzer.cli.main import main

# platforms, frequency, work-posts, employer-visible, settings, discussions, doubt
ACTIVE = ["1,2", "4", "3", "1", "1", "3", "1"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _saved(data_dir: Path) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((data_dir / "selfscan.json").read_text("utf-8"))
    return loaded


def test_a_full_scan_ends_in_a_profile_with_tips(capsys: pytest.CaptureFixture[str],
                                                 terminal: Terminal, data_dir: Path) -> None:
    terminal.type(*ACTIVE)
    status, out, _ = run(capsys, "selfscan")
    assert status == exitcodes.OK
    assert "Hoe actief ben jij op social media?" in out
    assert "Jouw profiel: De ambassadeur" in out and "rule-7.dosed" in out
    assert "alleen op deze computer" in out
    assert _saved(data_dir)["finished"] is True


def test_english_and_wrong_choices(capsys: pytest.CaptureFixture[str], terminal: Terminal) -> None:
    terminal.type("1,6", "9", "1,2", "3,4", "x" * 5000, *ACTIVE[1:])
    status, out, _ = run(capsys, "selfscan", "--lang", "en")
    assert status == exitcodes.OK
    assert "'None' does not go together" in out
    assert "'9' is not a choice for this question. Choose 1-6." in out
    assert "Choose one answer" in out
    assert "Your profile" in out and "x" * 100 not in out


@pytest.mark.parametrize("stop", [STOP, None])
def test_interrupted_scan_is_saved_and_resumed(capsys: pytest.CaptureFixture[str],
                                               terminal: Terminal, data_dir: Path,
                                               stop: object) -> None:
    terminal.type(*ACTIVE[:3], *([stop] if stop is not None else []))
    status, _, err = run(capsys, "selfscan")
    assert status == exitcodes.INTERRUPTED
    assert "--resume" in err and "Traceback" not in err
    saved = _saved(data_dir)
    assert saved["finished"] is False and len(saved["answers"]) == 3  # type: ignore[arg-type]
    terminal.type(*ACTIVE)
    status, _, err = run(capsys, "selfscan")
    assert status == exitcodes.USAGE and "--resume" in err and "--forget" in err
    terminal.type(*ACTIVE[3:])
    status, out, _ = run(capsys, "selfscan", "--resume")
    assert status == exitcodes.OK and "De ambassadeur" in out
    assert "Vraag 1 van 7" not in out and "Vraag 4 van 7" in out


def test_resume_without_saved_progress(capsys: pytest.CaptureFixture[str],
                                       terminal: Terminal) -> None:
    status, _, err = run(capsys, "selfscan", "--resume")
    assert status == exitcodes.USAGE and "geen opgeslagen zelfscan" in err


def test_forget_deletes_everything(capsys: pytest.CaptureFixture[str], terminal: Terminal,
                                   data_dir: Path) -> None:
    terminal.type(*ACTIVE)
    run(capsys, "selfscan")
    status, out, _ = run(capsys, "selfscan", "--forget")
    assert status == exitcodes.OK and "verwijderd" in out
    assert not (data_dir / "selfscan.json").exists()
    status, out, _ = run(capsys, "selfscan", "--forget")
    assert status == exitcodes.OK and "geen opgeslagen" in out


def test_share_writes_an_anonymous_summary_once(capsys: pytest.CaptureFixture[str],
                                                terminal: Terminal, tmp_path: Path) -> None:
    target = tmp_path / "deel.json"
    status, _, err = run(capsys, "selfscan", "--share", str(target))
    assert status == exitcodes.USAGE and "nog geen afgeronde zelfscan" in err
    terminal.type(*ACTIVE)
    run(capsys, "selfscan")
    status, out, _ = run(capsys, "selfscan", "--share", str(target))
    assert status == exitcodes.OK and "geen teksten, geen naam" in out
    summary = json.loads(target.read_text("utf-8"))
    assert summary["kind"] == "selfscan" and summary["profile"] == "ambassador"
    assert "answers" not in summary
    status, _, err = run(capsys, "selfscan", "--share", str(target))
    assert status == exitcodes.USAGE and "bestaat al" in err


@pytest.mark.parametrize("content", [
    "{broken", '{"format": 1, "pack": "zeeland", "pack_version": "1.0.0", "answers": 5}',
    '{"format": 1, "pack": "zeeland", "pack_version": "1.0.0", '
    '"answers": {"frequency": ["hourly"]}}',
])
def test_a_damaged_progress_file(capsys: pytest.CaptureFixture[str], terminal: Terminal,
                                 data_dir: Path, content: str) -> None:
    data_dir.mkdir()
    (data_dir / "selfscan.json").write_text(content, encoding="utf-8")
    status, _, err = run(capsys, "selfscan", "--resume")
    assert status == exitcodes.INPUT and "beschadigd" in err
    assert (data_dir / "selfscan.damaged.json").exists()
    terminal.type(*ACTIVE)
    status, _, _ = run(capsys, "selfscan")
    assert status == exitcodes.OK


def test_progress_of_another_pack_version(capsys: pytest.CaptureFixture[str],
                                          terminal: Terminal, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "selfscan.json").write_text(
        '{"format": 1, "pack": "zeeland", "pack_version": "0.1", "answers": {}, '
        '"finished": false}', encoding="utf-8")
    status, _, err = run(capsys, "selfscan", "--resume")
    assert status == exitcodes.USAGE and "ander beleidspakket" in err


def test_without_a_terminal(capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", open(__file__, encoding="utf-8"))  # noqa: SIM115
    status, _, err = run(capsys, "selfscan")
    assert status == exitcodes.USAGE and "terminal" in err


def test_sharing_a_result_of_another_pack_version(capsys: pytest.CaptureFixture[str],
                                                  data_dir: Path, tmp_path: Path) -> None:
    data_dir.mkdir()
    (data_dir / "selfscan.json").write_text(
        '{"format": 1, "pack": "zeeland", "pack_version": "0.1", "answers": {}, '
        '"finished": true}', encoding="utf-8")
    status, _, err = run(capsys, "selfscan", "--share", str(tmp_path / "s.json"))
    assert status == exitcodes.USAGE and "ander beleidspakket" in err
    assert not (tmp_path / "s.json").exists()


def test_undecodable_typing_is_asked_again(capsys: pytest.CaptureFixture[str],
                                          terminal: Terminal,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["\udcff\udcfe", *ACTIVE])

    def typed(prompt: str = "") -> str:
        value = next(answers)
        if value.startswith("\udcff"):
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
        return value

    monkeypatch.setattr("builtins.input", typed)
    status, out, _ = run(capsys, "selfscan")
    assert status == exitcodes.OK and "is geen keuze" in out
