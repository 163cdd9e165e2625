"""A fake terminal for interactive commands: types a script of answers into ``input()``."""

from __future__ import annotations

import io

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
