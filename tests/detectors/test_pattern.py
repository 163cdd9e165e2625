"""Rule type pattern.v1: regular expressions with context and an optional pre-check."""

from __future__ import annotations

from wijzer.detectors.base import CheckContext
from wijzer.detectors.pattern import PatternDetector, PatternParams
from wijzer.domain import Post
from wijzer.pack.model import Pack


def _detector(pack: Pack, **params: object) -> PatternDetector:
    return PatternDetector(PatternParams.model_validate(params), pack)


def _spans(detector: PatternDetector, pack: Pack, text: str) -> list[str]:
    return [text[h.start:h.end] for h in detector.detect(CheckContext(Post(text=text), pack))]


def test_patterns_match_case_insensitively(bare_pack: Pack) -> None:
    detector = _detector(bare_pack, patterns=[r"\bbaas\b[^.]{0,20}\bzei\b"])
    assert _spans(detector, bare_pack, "Mijn BAAS die zei dat het niks wordt.") == [
        "BAAS die zei"]


def test_the_pre_check_gives_the_same_hits_when_a_required_word_is_present(
        bare_pack: Pack) -> None:
    plain = _detector(bare_pack, patterns=[r"\bbaas\b[^.]{0,20}\bzei\b"])
    checked = _detector(bare_pack, patterns=[r"\bbaas\b[^.]{0,20}\bzei\b"],
                        requires_any=["Baas", "chef"])
    text = "Mijn baas die zei dat het niks wordt."
    assert _spans(checked, bare_pack, text) == _spans(plain, bare_pack, text) != []


def test_the_pre_check_skips_a_field_without_a_required_word(bare_pack: Pack) -> None:
    checked = _detector(bare_pack, patterns=[r"\bzei\b"], requires_any=["baas"])
    assert _spans(checked, bare_pack, "Hij zei dat het mooi weer wordt.") == []


def test_empty_matches_are_ignored(bare_pack: Pack) -> None:
    detector = _detector(bare_pack, patterns=[r"x*"])
    assert _spans(detector, bare_pack, "abc") == []
