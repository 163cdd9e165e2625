"""Damaged input of every kind ends in a clear error or a partial result, never a traceback."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from audit_helpers import FIXTURES, zip_folder

from wijzer.audit import open_export
from wijzer.audit.importers.model import ImportSummary
from wijzer.errors import WijzerError

FILES = [path for path in sorted(FIXTURES.rglob("*")) if path.is_file()
         and path.suffix in {".js", ".json", ".csv", ".jsonl"}]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    action = rng.choice(["flip", "cut", "insert", "delete"])
    if action == "cut" and data:
        return bytes(data[: rng.randrange(len(data))])
    for _ in range(rng.randint(1, 8)):
        if not data:
            break
        at = rng.randrange(len(data))
        if action == "flip":
            data[at] = rng.randrange(256)
        elif action == "insert":
            data[at:at] = rng.choice([b"{", b"}", b"[", b"]", b'"', b",", b"\\", b"\xff", b"\0"])
        else:
            del data[at:at + rng.randint(1, 20)]
    return bytes(data)


def _survives(path: Path) -> None:
    try:
        export = open_export(path)
        for post in export.posts():
            assert post.text and post.source
    except WijzerError as error:
        assert error.message("nl") and error.message("en")
        return
    assert isinstance(export.summary, ImportSummary)


@pytest.mark.parametrize("source", FILES, ids=lambda path: path.name)
def test_damaged_files(tmp_path: Path, source: Path) -> None:
    rng = random.Random(source.name)
    for attempt in range(40):
        target = tmp_path / f"{attempt}" / source.parent.name / source.name
        target.parent.mkdir(parents=True)
        target.write_bytes(_mutate(source.read_bytes(), rng))
        _survives(target)


@pytest.mark.parametrize("name", ["linkedin", "x", "facebook", "instagram"])
def test_damaged_zips(tmp_path: Path, name: str) -> None:
    whole = zip_folder(FIXTURES / name, tmp_path / "whole.zip").read_bytes()
    rng = random.Random(name)
    for attempt in range(60):
        target = tmp_path / f"damaged-{attempt}.zip"
        target.write_bytes(_mutate(whole, rng))
        _survives(target)
