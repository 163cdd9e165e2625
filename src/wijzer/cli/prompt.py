"""Interactive questions in the terminal: prompts, retries, and a clean stop on Ctrl-C or EOF."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

from wijzer.errors import WijzerError
from wijzer.learn.messages import LearnInterrupted, LearnUsageError

T = TypeVar("T")
MAX_LINE = 10_000


def require_terminal(code: str, **params: str) -> None:
    """Questionnaires need a person at a terminal; otherwise raise ``code`` saying what to do."""
    if not sys.stdin.isatty():
        raise LearnUsageError(code, **params)


def read_line(prompt: str, interrupted: LearnInterrupted) -> str:
    """One line of input; Ctrl-C or the end of input raise ``interrupted``."""
    try:
        line = input(prompt)
    except (KeyboardInterrupt, EOFError):
        print(file=sys.stderr)
        raise interrupted from None
    except UnicodeDecodeError:
        return "\ufffd"  # undecodable bytes: read as an answer nobody understands
    return line[:MAX_LINE]


def ask_until_valid(prompt: str, parse: Callable[[str], T], lang: str,
                    interrupted: LearnInterrupted) -> T:
    """Ask again after an answer that cannot be read, saying why."""
    while True:
        line = read_line(prompt, interrupted)
        try:
            return parse(line)
        except WijzerError as error:
            print(f"  {error.message(lang)}")


def read_draft(prompt: str, interrupted: LearnInterrupted, limit: int) -> str:
    """A draft typed or pasted at the terminal, ended by an empty line."""
    print(prompt)
    lines: list[str] = []
    size = 0
    while size <= limit:
        line = read_line("", interrupted)
        if not line.strip() and lines:
            break
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)
