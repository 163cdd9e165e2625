"""Fixtures for ``wijzer ask``: a writable copy of the pack's answering files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wijzer.pack.loader import PACKS_DIR


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """The files ``wijzer ask`` reads, copied so a test can break them."""
    source = PACKS_DIR / "zeeland"
    target = tmp_path / "pack"
    (target / "data").mkdir(parents=True)
    (target / "models").mkdir()
    for name in ("pack.yml", "guideline.yml", "faq.yml", "data/ask-synonyms.txt",
                 "models/ask-ranker.v1.npz"):
        shutil.copy(source / name, target / name)
    return target
