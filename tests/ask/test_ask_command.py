"""``wijzer ask`` on the command line: JSON and human output, standard input, bad input."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from wijzer.cli import ask as ask_command
from wijzer.cli import exitcodes
from wijzer.errors import WijzerError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wijzer")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=["nl", "en"], default="nl")
    common.add_argument("--pack")
    sub = parser.add_subparsers(dest="command")
    ask_command.add_parser(sub, common, lambda nl, en: nl)
    return parser


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    args = _parser().parse_args(["ask", *argv])
    status = ask_command.run(args)
    return status, capsys.readouterr().out


def test_json_answer(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _run(capsys, "Mag ik nieuws van de provincie delen?", "--format", "json")
    data = json.loads(out)
    assert status == exitcodes.OK
    assert set(data) == {"question", "language", "answer", "faq_id", "score", "guidelines",
                         "no_answer"}
    assert data["faq_id"] == "share-province-news" and data["no_answer"] is False
    assert data["language"] == "nl" and 0 < data["score"] <= 1
    first = data["guidelines"][0]
    assert first["id"] == "rule-4" and set(first) == {"id", "title", "explanation", "source"}
    assert first["source"]["kind"] == "rule" and first["source"]["quote"]


def test_json_no_answer(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "Where can I park my bike?", "--format", "json")
    data = json.loads(out)
    assert data["no_answer"] is True and data["faq_id"] is None and data["guidelines"] == []
    assert data["language"] == "en" and "Team Communicatie" in data["answer"]


def test_human_answer_cites_the_guideline(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "Een journalist stuurt me een DM")
    assert "Dit antwoord steunt op" in out and "rule-9" in out and "Bron: regel 9" in out


def test_words_without_quotes_are_one_question(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "May", "I", "quote", "a", "colleague?", "--format", "json")
    assert json.loads(out)["faq_id"] == "quoting-colleagues"


def test_question_on_standard_input(monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"Mag ik collega's citeren?"), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stream)
    _, out = _run(capsys, "--format", "json")
    assert json.loads(out)["faq_id"] == "quoting-colleagues"


def test_no_question_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    with pytest.raises(WijzerError) as caught:
        ask_command.run(_parser().parse_args(["ask"]))
    assert caught.value.code == "ask.empty"


def test_through_the_main_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    from wijzer.cli.main import main

    status = main(["ask", "Darf ich als Beamter auf Facebook posten?"])
    err = capsys.readouterr().err
    if "ask" in err and "invalid choice" in err:
        pytest.skip("wijzer.cli.main does not wire 'ask' in yet")
    assert status == exitcodes.INPUT and "Nederlands of het Engels" in err


@pytest.mark.parametrize(("data", "fragment"), [
    (b"Mag ik \xe9\xe9n foto delen?", "UTF-8"), (b"\x00\x01\x02\x03", "binaire"),
    (b"Mag ik " + b"a" * 2_000_000, "bytes"),
])
def test_bad_question_on_standard_input(monkeypatch: pytest.MonkeyPatch, data: bytes,
                                        fragment: str) -> None:
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stream)
    with pytest.raises(WijzerError) as caught:
        ask_command.run(_parser().parse_args(["ask"]))
    assert caught.value.exit_status == exitcodes.INPUT
    assert fragment in caught.value.message("nl")
