"""User-facing errors with a message in Dutch and English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wijzer.domain import LocalText
from wijzer.i18n import translate


class WijzerError(Exception):
    """An error the user can fix: bad input, a broken pack, an unreadable file.

    ``code`` selects a message from the catalogue in :mod:`wijzer.i18n`;
    ``params`` fill it in. ``exit_status`` is what the command line returns.
    """

    exit_status = 3

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "nl") -> str:
        return translate(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take other constructor arguments; rebuild from the attributes, so an
        # error survives the trip from a worker process to the parent.
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[WijzerError], args: tuple[Any, ...],
             state: dict[str, Any]) -> WijzerError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class UsageError(WijzerError):
    """The command was called wrongly (options, arguments)."""

    exit_status = 2


class PackError(WijzerError):
    """A policy pack that cannot be loaded; names the file and line."""

    exit_status = 4

    def __init__(self, path: Path, line: int, problem: LocalText) -> None:
        super().__init__("pack.invalid", path=path, line=line)
        self.problem = problem

    def message(self, lang: str = "nl") -> str:
        return translate(self.code, lang, problem=self.problem.get(lang), **self.params)


def bilingual(code: str, **params: Any) -> LocalText:
    """A catalogue message in both languages."""
    return LocalText(nl=translate(code, "nl", **params), en=translate(code, "en", **params))


class ImageError(WijzerError):
    """An image that cannot be read; the reason is a catalogue entry too (``image.reason.*``)."""

    def __init__(self, path: Path | str, reason: str, **params: Any) -> None:
        super().__init__("image.unreadable", path=path)
        self.reason = reason
        self.reason_params = params

    def message(self, lang: str = "nl") -> str:
        reason = translate(f"image.reason.{self.reason}", lang, **self.reason_params)
        return translate(self.code, lang, path=self.params["path"], reason=reason)
