"""Fixtures for interactive commands: a fake terminal that types answers, a private data dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from interactive import Terminal


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    return Terminal(monkeypatch)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Progress files of learning commands go to a fresh folder, never the user's own."""
    folder = tmp_path / "data"
    monkeypatch.setenv("WIJZER_DATA_DIR", str(folder))
    yield folder
