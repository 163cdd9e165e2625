"""The progress bar: drawn on a terminal, cleared at the end, never showing post texts."""

from __future__ import annotations

import io

from wijzer.cli.progress import ProgressBar


def test_bar_with_a_total_is_drawn_and_cleared() -> None:
    stream = io.StringIO()
    bar = ProgressBar("en", stream)
    bar(2000, 2000)
    assert "100%" in stream.getvalue() and "2,000 of 2,000 posts" in stream.getvalue()
    bar.close()
    assert stream.getvalue().endswith("\r\033[K")


def test_bar_without_a_total_and_throttling() -> None:
    stream = io.StringIO()
    bar = ProgressBar("nl", stream)
    bar.last = 0.0
    bar(1500)
    drawn = stream.getvalue()
    assert "1.500 berichten" in drawn
    bar(1501)  # within 0.1 s of the last draw: skipped
    assert stream.getvalue() == drawn


def test_nothing_drawn_nothing_cleared() -> None:
    stream = io.StringIO()
    ProgressBar("nl", stream).close()
    assert stream.getvalue() == ""
