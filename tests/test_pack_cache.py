"""The compiled-pack cache: reused when nothing changed, rebuilt when anything did."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from wijzer.pack.cache import cache_file, load_cached
from wijzer.pack.loader import PACKS_DIR, _build, _load


@pytest.fixture()
def pack_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WIJZER_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "pack"
    shutil.copytree(PACKS_DIR / "zeeland", root)
    return root


def test_cache_is_written_and_reused(pack_copy: Path) -> None:
    pack = _load.__wrapped__(pack_copy)
    path = cache_file(pack_copy)
    assert path is not None and path.is_file()
    cached = load_cached(pack_copy)
    assert cached is not None
    assert [r.id for r in cached.rules] == [r.id for r in pack.rules]


def test_changed_file_changes_the_key(pack_copy: Path) -> None:
    before = cache_file(pack_copy)
    rule = pack_copy / "rules" / "tone" / "insults.yml"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    os.utime(rule, ns=(1, 1))
    assert cache_file(pack_copy) != before


def test_damaged_cache_is_rebuilt(pack_copy: Path) -> None:
    path = cache_file(pack_copy)
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a pickle")
    assert load_cached(pack_copy) is None
    assert _load.__wrapped__(pack_copy).rules


def test_switched_off(pack_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIJZER_NO_CACHE", "1")
    assert cache_file(pack_copy) is None
    assert _build(pack_copy).rules
