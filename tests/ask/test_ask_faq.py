"""The pack's FAQ: complete, consistent, and strict about mistakes (file and line named)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wijzer.ask.answer import ask
from wijzer.ask.faq import load_faq
from wijzer.errors import PackError
from wijzer.pack.loader import load_pack_without_rules
from wijzer.pack.model import Pack

REQUIRED = [
    "work-use", "closed-group", "talk-with-citizens", "allowed", "share-province-news",
    "own-project-post", "personal-vs-work-account", "working-hours", "tagged-in-photo",
    "party-asks-to-share", "critical-comment", "journalist-dm", "old-posts",
    "quoting-colleagues", "using-photos", "employer-in-profile", "political-likes",
    "citizen-complaint", "confidential-info", "reorganisation", "ai-images",
    "linkedin-checklist", "when-in-doubt",
]


def test_faq_is_complete(pack: Pack) -> None:
    faq = load_faq(pack)
    ids = [item.id for item in faq.questions]
    assert len(ids) >= 30 and len(ids) == len(set(ids))
    assert set(REQUIRED) <= set(ids)
    for item in faq.questions:
        assert set(item.guidelines) <= set(pack.entries), item.id
        assert len(item.alternatives.nl) >= 3 and len(item.alternatives.en) >= 3, item.id


def test_every_faq_question_finds_itself(pack: Pack) -> None:
    for item in load_faq(pack).questions:
        for lang, text in (("nl", item.question.nl), ("en", item.question.en)):
            answer = ask(pack, text)
            assert answer.faq_id == item.id, (text, answer.faq_id)
            assert answer.language == lang, text


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in a file; return the 1-based line where it stood."""
    text = path.read_text(encoding="utf-8")
    position = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:position].count("\n") + 1


def _error(root: Path) -> PackError:
    with pytest.raises(PackError) as caught:
        load_faq(load_pack_without_rules(str(root)))
    return caught.value


def test_unknown_key_names_file_and_line(pack_copy: Path) -> None:
    line = _edit(pack_copy / "faq.yml", "  - id: work-use\n", "  - id: work-use\n    severty: 1\n")
    message = _error(pack_copy).message("nl")
    assert "faq.yml" in message and f"regel {line + 1}" in message and "severty" in message


def test_missing_key_names_the_question(pack_copy: Path) -> None:
    _edit(pack_copy / "faq.yml", "    guidelines: [rule-9", "    guidlines: [rule-9")
    item_line = _edit(pack_copy / "faq.yml", "  - id: journalist-dm", "  - id: journalist-dm")
    message = _error(pack_copy).message("en")
    assert f"line {item_line}" in message and "'guidelines'" in message


def test_unknown_guideline_id_names_its_line(pack_copy: Path) -> None:
    line = _edit(pack_copy / "faq.yml", "[rule-9, rule-4]", "[rule-9, rule-42]")
    error = _error(pack_copy)
    assert f"line {line}" in error.message("en") and "rule-42" in error.message("en")


def test_duplicate_id(pack_copy: Path) -> None:
    line = _edit(pack_copy / "faq.yml", "  - id: closed-group", "  - id: work-use")
    assert f"line {line}" in _error(pack_copy).message("en")


def test_threshold_out_of_range(pack_copy: Path) -> None:
    line = _edit(pack_copy / "faq.yml", "\nmin_score: ", "\nmin_score: 7 #") + 1
    assert f"line {line}" in _error(pack_copy).message("en")


def test_broken_yaml_and_missing_file(pack_copy: Path) -> None:
    path = pack_copy / "faq.yml"
    path.write_text("questions:\n  - id: [unclosed\n", encoding="utf-8")
    assert "faq.yml" in _error(pack_copy).message("en")
    path.unlink()
    assert "faq.yml" in _error(pack_copy).message("en")


def test_faq_is_read_only_when_asked(pack_copy: Path) -> None:
    (pack_copy / "faq.yml").write_text("nonsense: true\n", encoding="utf-8")
    loaded = load_pack_without_rules(str(pack_copy))
    assert loaded.entries
    with pytest.raises(PackError):
        ask(loaded, "Mag ik collega's citeren?")
