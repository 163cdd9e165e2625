"""Local progress files: atomic saves, owner-only, damaged files set aside, forgettable."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from wijzer.learn.messages import LearnError
from wijzer.learn.progress import ProgressStore, data_dir


def test_save_load_forget(tmp_path: Path) -> None:
    store = ProgressStore("quiz", tmp_path / "data")
    assert store.load() is None
    store.save({"answers": [True]})
    assert store.load() == {"format": 1, "answers": [True]}
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert [p.name for p in store.path.parent.iterdir()] == ["quiz.json"]
    assert store.forget() is True and store.forget() is False
    assert not store.path.exists()


def test_data_dir_override_and_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WIJZER_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path
    monkeypatch.delenv("WIJZER_DATA_DIR")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert data_dir() == Path.home() / ".local" / "share" / "wijzer"


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00binary", b"[1, 2]",
                                     b'{"format": 99}', b"", b"{" * 200_000])
def test_a_damaged_file_is_set_aside_with_a_message(tmp_path: Path, content: bytes) -> None:
    store = ProgressStore("selfscan", tmp_path)
    store.path.write_bytes(content)
    with pytest.raises(LearnError) as caught:
        store.load()
    assert caught.value.code == "progress.damaged"
    assert "selfscan.damaged.json" in caught.value.message("nl")
    assert not store.path.exists()
    assert (tmp_path / "selfscan.damaged.json").read_bytes() == content
    assert store.load() is None


def test_an_unwritable_folder_gets_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    store = ProgressStore("quiz", blocker / "sub")
    with pytest.raises(LearnError) as caught:
        store.save({"answers": []})
    assert caught.value.code == "progress.unwritable"
    assert "WIJZER_DATA_DIR" in caught.value.message("nl")
