"""Question analysis: inflections, synonyms, compounds, typos, stop words."""

from __future__ import annotations

from pathlib import Path

import pytest

from wijzer.ask.analyze import UNKNOWN
from wijzer.ask.forms import base_forms
from wijzer.ask.index import Index, build_index
from wijzer.ask.spelling import edit_distance
from wijzer.ask.synonyms import Synonyms
from wijzer.errors import PackError
from wijzer.pack.model import Pack
from wijzer.text.stems import stem


@pytest.fixture(scope="module")
def index(pack: Pack) -> Index:
    return build_index(pack)


def _terms(index: Index, text: str) -> list[str]:
    return index.analyzer.query_terms(text).terms


def test_inflections_and_synonyms_meet(index: Index) -> None:
    share = _terms(index, "delen")
    for form in ("deelt", "gedeeld", "shared", "sharing", "retweeten", "doorsturen"):
        assert _terms(index, form) == share, form
    assert _terms(index, "tagt") == _terms(index, "getagd") == _terms(index, "tagged")


def test_phrases_become_one_term(index: Index) -> None:
    assert _terms(index, "during office hours") == _terms(index, "onder werktijd")
    assert _terms(index, "Wat mag wel en niet?") == _terms(index, "regels")


def test_compounds_split_into_known_parts(index: Index) -> None:
    terms = _terms(index, "facebookgroep")
    assert set(_terms(index, "facebook")) <= set(terms)
    assert set(_terms(index, "groep")) <= set(terms)
    assert _terms(index, "natuurproject") == _terms(index, "project")


def test_typos_are_corrected_but_short_words_left_alone(index: Index) -> None:
    assert _terms(index, "jounalist") == _terms(index, "journalist")
    assert _terms(index, "facbook") == _terms(index, "facebook")
    assert _terms(index, "hond")[0].startswith(UNKNOWN)


def test_stop_words_are_dropped(index: Index) -> None:
    assert _terms(index, "mag ik het of is het niet") == []


def test_base_forms() -> None:
    assert "tag" in base_forms("tagt")
    assert "post" in base_forms("postte")
    assert "reageer" in base_forms("gereageerd")
    assert base_forms("ok") == []


def test_edit_distance() -> None:
    assert edit_distance("journalist", "jounalist", 2) == 1
    assert edit_distance("facebook", "faecbook", 2) == 1
    assert edit_distance("abc", "xyzxyz", 2) == 3


def test_synonym_file_format(tmp_path: Path) -> None:
    path = tmp_path / "synonyms.txt"
    path.write_text("# comment\ncontext: werk, job\ndelen, share, pass on  # trailing\n"
                    "feest, =party\n", encoding="utf-8")
    synonyms = Synonyms.from_file(path)
    assert synonyms.concept("shared", "share") == synonyms.concept("delen", "del") == "~delen"
    assert synonyms.concept("party", "parti") == "~feest"
    assert synonyms.phrase_at([stem("pass"), stem("on")], 0) == ("~delen", 2)
    assert not synonyms.is_topic("~werk") and synonyms.is_topic("~delen")


def test_word_in_two_groups_names_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "synonyms.txt"
    path.write_text("delen, share\n\nposten, shares\n", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        Synonyms.from_file(path)
    message = caught.value.message("en")
    assert "line 3" in message and "line 1" in message and "shares" in message
