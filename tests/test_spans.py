"""Cutting a text into plain and flagged pieces (shared by the CLI, the web app and the audit)."""

from __future__ import annotations

from wijzer.engine.spans import segments


def test_overlapping_and_touching_spans_are_joined() -> None:
    assert segments("abcdefghijk", [(2, 5), (4, 7), (7, 8)]) == [
        ("ab", False), ("cdefgh", True), ("ijk", False)]


def test_no_spans_and_edges() -> None:
    assert segments("abc", []) == [("abc", False)]
    assert segments("abc", [(0, 3)]) == [("abc", True)]
    assert segments("", [(0, 2)]) == []


def test_spans_outside_the_text_are_clipped_or_ignored() -> None:
    assert segments("abc", [(-5, 1), (2, 99), (3, 3), (2, 1)]) == [
        ("a", True), ("b", False), ("c", True)]
