"""A progress bar on standard error, drawn only when it is a terminal (no extra dependency)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from wijzer.i18n import translate

WIDTH = 28


class ProgressBar:
    """Call with the number done; ``total`` may be unknown (None). Redraws at most 10 times/s."""

    def __init__(self, total: int | None, lang: str, stream: TextIO | None = None) -> None:
        self.total, self.lang = total, lang
        self.stream = stream or sys.stderr
        self.started = self.last = time.monotonic()
        self.drawn = False

    def __call__(self, done: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.1 and done != self.total:
            return
        self.last = now
        rate = done / max(now - self.started, 1e-6)
        if self.total:
            filled = min(WIDTH, WIDTH * done // self.total)
            bar = "█" * filled + "░" * (WIDTH - filled)
            text = translate("audit.progress", self.lang, done=done, total=self.total)
            line = f"{bar} {100 * done // self.total:3d}%  {text}  {rate:,.0f}/s"
        else:
            line = translate("audit.progress_open", self.lang, done=done) + f"  {rate:,.0f}/s"
        self.stream.write("\r" + line + "\033[K")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
