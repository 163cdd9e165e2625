"""The bundled policy pack: complete, consistent, and strict about typos."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wijzer.errors import PackError, UsageError
from wijzer.pack.loader import PACKS_DIR, _load, load_pack
from wijzer.pack.model import Pack
from wijzer.pack.schema import CATEGORY_IDS


def test_every_guideline_item_is_an_entry(pack: Pack) -> None:
    kinds = [entry.source.kind for entry in pack.guideline.entries]
    assert kinds.count("rule") == 9
    assert kinds.count("rule_point") == 4
    assert kinds.count("integrity_code") == 4
    assert kinds.count("protocol") == 3
    assert kinds.count("checklist") == 4
    assert kinds.count("advice") == 1


def test_entry_sources_are_in_the_guideline_text(pack: Pack) -> None:
    seed = Path(__file__).resolve().parents[2] / "shared" / "seed"
    source = seed / "richtlijn-social-media-zeeland.txt"
    if not source.is_file():
        pytest.skip("shared/seed is not beside this checkout")
    text = source.read_text(encoding="utf-8").replace("**", "")
    for entry in pack.guideline.entries:
        assert entry.source.quote in text, entry.id


def test_every_per_post_category_has_a_rule(pack: Pack) -> None:
    covered = {rule.category for rule in pack.rules}
    assert set(CATEGORY_IDS) <= covered


def test_rule_ids_come_from_paths(pack: Pack) -> None:
    for rule in pack.rules:
        assert rule.path.as_posix().endswith(f"rules/{rule.id}.yml")


def _copy_pack(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(PACKS_DIR / "zeeland", target, ignore=shutil.ignore_patterns("models"))
    (target / "models").symlink_to(PACKS_DIR / "zeeland" / "models")
    return target


def test_unknown_key_names_file_and_line(tmp_path: Path) -> None:
    root = _copy_pack(tmp_path)
    rule = root / "rules" / "tone" / "insults.yml"
    lines = rule.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "severty: error")
    rule.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        _load(root)
    message = caught.value.message("nl")
    assert "insults.yml" in message and "regel 3" in message and "severty" in message
    assert "line 3" in caught.value.message("en")


def test_unknown_param_in_detector(tmp_path: Path) -> None:
    root = _copy_pack(tmp_path)
    rule = root / "rules" / "tone" / "insults.yml"
    text = rule.read_text(encoding="utf-8").replace("  score: ", "  scor: ", 1)
    rule.write_text(text, encoding="utf-8")
    with pytest.raises(PackError, match="scor"):
        _load(root)


def test_unknown_rule_type_lists_valid_types(tmp_path: Path) -> None:
    root = _copy_pack(tmp_path)
    rule = root / "rules" / "tone" / "insults.yml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("lexicon.v1", "lexicon.v9"),
                    encoding="utf-8")
    with pytest.raises(PackError) as caught:
        _load(root)
    assert "lexicon.v1" in caught.value.message("en")
    assert "line 1" in caught.value.message("en")


def test_unknown_guideline_reference(tmp_path: Path) -> None:
    root = _copy_pack(tmp_path)
    rule = root / "rules" / "tone" / "insults.yml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("rule-7,", "rule-77,", 1),
                    encoding="utf-8")
    with pytest.raises(PackError, match="rule-77"):
        _load(root)


def test_broken_yaml(tmp_path: Path) -> None:
    root = _copy_pack(tmp_path)
    (root / "pack.yml").write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"pack\.yml"):
        _load(root)


def test_unknown_pack_name() -> None:
    with pytest.raises(UsageError) as caught:
        load_pack("does-not-exist")
    assert "zeeland" in caught.value.message("nl")
