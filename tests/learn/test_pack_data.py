"""checklist.yml and workshop.yml: strict schema, every mistake named with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from wijzer.errors import PackError
from wijzer.learn.checklist import load_checklist
from wijzer.learn.workshop import load_workshop
from wijzer.pack.loader import load_pack_without_rules


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in the file; the line number where it stood."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[:text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def _error(pack_copy: Path, name: str) -> str:
    pack = load_pack_without_rules(str(pack_copy))
    loader = load_checklist if name == "checklist.yml" else load_workshop
    with pytest.raises(PackError) as caught:
        loader(pack)
    message = caught.value.message("en")
    assert name in message
    return message


def test_bundled_files_load(pack_copy: Path) -> None:
    pack = load_pack_without_rules(str(pack_copy))
    assert load_checklist(pack).questions and load_workshop(pack).selfscan.questions


@pytest.mark.parametrize(("name", "old", "new"), [
    ("checklist.yml", "  - id: role\n", "  - id: role\n    colour: red\n"),
    ("workshop.yml", "  questions: 8", "  questions: 8\n  timer: 30"),
])
def test_unknown_key(pack_copy: Path, name: str, old: str, new: str) -> None:
    line = _edit(pack_copy / name, old, new) + 1
    message = _error(pack_copy, name)
    assert f"line {line}" in message and "unknown key" in message


@pytest.mark.parametrize(("name", "old", "new", "value"), [
    ("checklist.yml", "guidelines: [checklist.role,", "guidelines: [checklist.rol,",
     "checklist.rol"),
    ("workshop.yml", "guidelines: [rule-7.dosed]", "guidelines: [rule-77]", "rule-77"),
    ("workshop.yml", "tips: [dosed]}", "tips: [dozed]}", "dozed"),
    ("workshop.yml", "      tips: [ambassador, purpose]", "      tips: [ambassador, porpoise]",
     "porpoise"),
])
def test_unknown_ids_name_their_line(pack_copy: Path, name: str, old: str, new: str,
                                     value: str) -> None:
    line = _edit(pack_copy / name, old, new)
    message = _error(pack_copy, name)
    assert f"line {line}" in message and value in message


@pytest.mark.parametrize(("name", "old", "new"), [
    ("checklist.yml", "  - id: purpose", "  - id: role"),
    ("workshop.yml", "    - id: doubt", "    - id: platforms"),
    ("workshop.yml", "{id: monthly,", "{id: rarely,"),
])
def test_duplicate_ids(pack_copy: Path, name: str, old: str, new: str) -> None:
    line = _edit(pack_copy / name, old, new)
    message = _error(pack_copy, name)
    assert f"line {line}" in message and "duplicate" in message


def test_bad_values_and_missing_keys(pack_copy: Path) -> None:
    line = _edit(pack_copy / "checklist.yml", "      action: adjust", "      action: panic")
    assert f"line {line}" in _error(pack_copy, "checklist.yml")
    line = _edit(pack_copy / "workshop.yml", "  questions: 8", "  questions: 9000")
    assert f"line {line}" in _error(pack_copy, "workshop.yml")


@pytest.mark.parametrize("name", ["checklist.yml", "workshop.yml"])
def test_broken_yaml_and_missing_file(pack_copy: Path, name: str) -> None:
    (pack_copy / name).write_text("questions:\n  - id: [unclosed\n", encoding="utf-8")
    assert "line" in _error(pack_copy, name)
    (pack_copy / name).unlink()
    _error(pack_copy, name)


def test_the_pack_itself_loads_without_these_files(pack_copy: Path) -> None:
    (pack_copy / "workshop.yml").write_text("nonsense: true\n", encoding="utf-8")
    pack = load_pack_without_rules(str(pack_copy))
    assert pack.entries and load_checklist(pack).questions
