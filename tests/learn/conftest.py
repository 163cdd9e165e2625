"""Fixtures for the learning tools: the workshop and checklist data, the quiz item bank."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wijzer.engine.checker import Checker
from wijzer.learn.quiz import QuizItem, item_bank
from wijzer.learn.workshop import load_workshop
from wijzer.pack.loader import PACKS_DIR
from wijzer.pack.model import Pack
from wijzer.pack.schema import WorkshopFile


@pytest.fixture(scope="session")
def workshop(pack: Pack) -> WorkshopFile:
    return load_workshop(pack)


@pytest.fixture(scope="session")
def bank(checker: Checker, workshop: WorkshopFile) -> list[QuizItem]:
    return item_bank(checker, workshop.quiz)


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """The pack's settings, guideline and learning files, copied so a test can break them."""
    source = PACKS_DIR / "zeeland"
    target = tmp_path / "pack"
    target.mkdir()
    for name in ("pack.yml", "guideline.yml", "checklist.yml", "workshop.yml"):
        shutil.copy(source / name, target / name)
    return target
