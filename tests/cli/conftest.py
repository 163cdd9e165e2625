"""Fixtures for interactive commands: a fake terminal that types answers, a private data dir."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

STOP = object()  # in a script of answers: the person presses Ctrl-C here


class Terminal:
    """Feeds ``input()`` from a script; the end of the script is the end of input (Ctrl-D)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.script: list[object] = []
        self.prompts: list[str] = []
        monkeypatch.setattr("builtins.input", self._input)
        monkeypatch.setattr("sys.stdin", _TtyStdin())

    def type(self, *answers: object) -> None:
        self.script = list(answers)

    def _input(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        if not self.script:
            raise EOFError
        answer = self.script.pop(0)
        if answer is STOP:
            raise KeyboardInterrupt
        assert isinstance(answer, str)
        return answer


class _TtyStdin(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    return Terminal(monkeypatch)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Progress files of learning commands go to a fresh folder, never the user's own."""
    folder = tmp_path / "data"
    monkeypatch.setenv("WIJZER_DATA_DIR", str(folder))
    yield folder
