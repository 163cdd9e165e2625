"""A progress bar on standard error, drawn only when it is a terminal (no extra dependency)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from wijzer.i18n import translate

WIDTH = 28


class ProgressBar:
    """Call with the number done and the total, if known. Redraws at most 10 times a second."""

    def __init__(self, lang: str, stream: TextIO | None = None) -> None:
        self.lang = lang
        self.stream = stream or sys.stderr
        self.started = self.last = time.monotonic()
        self.drawn = False

    def __call__(self, done: int, total: int | None = None) -> None:
        now = time.monotonic()
        if now - self.last < 0.1 and done != total:
            return
        self.last = now
        rate = done / max(now - self.started, 1e-6)
        if total:
            filled = min(WIDTH, WIDTH * done // total)
            bar = "█" * filled + "░" * (WIDTH - filled)
            text = translate("audit.progress", self.lang, done=self._n(done),
                             total=self._n(total))
            line = f"{bar} {min(100, 100 * done // total):3d}%  {text}  {self._n(rate)}/s"
        else:
            line = (translate("audit.progress_open", self.lang, done=self._n(done))
                    + f"  {self._n(rate)}/s")
        self.stream.write("\r" + line + "\033[K")
        self.stream.flush()
        self.drawn = True

    def _n(self, value: float) -> str:
        text = f"{round(value):,}"
        return text.replace(",", ".") if self.lang == "nl" else text

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
