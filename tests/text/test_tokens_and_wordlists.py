"""Tokens with offsets, stems and word-list matching (inflections, compounds, phrases, emoji)."""

from __future__ import annotations

from wijzer.pack.wordlist import WordList
from wijzer.text.language import guess_language
from wijzer.text.sentences import split_sentences
from wijzer.text.stems import stem
from wijzer.text.tokens import shouting_ratio, tokenize


def _find(entries: list[str], text: str) -> list[tuple[str, str]]:
    words = WordList.from_lines("test", entries)
    tokens = tokenize(text)
    return [(m.entry, text[m.start:m.end])
            for m in words.find(text, tokens, [stem(t.norm) for t in tokens])]


def test_offsets_point_at_the_words() -> None:
    text = "Zo'n Dirk-Jan, #stemD66 @provincieZeeland!"
    for token in tokenize(text):
        assert text[token.start:token.end] == token.text


def test_hashtags_are_split_into_parts() -> None:
    norms = [t.norm for t in tokenize("#stemD66 #GroenLinksPvdA")]
    assert "stem" in norms and "d66" in norms and "groen" in norms


def test_inflections_share_a_stem() -> None:
    assert stem("idioot") == stem("idioten")
    assert stem("gerucht") == stem("geruchten")
    assert stem("leaked") == stem("leaks")


def test_wordlist_forms() -> None:
    found = _find(["idioot", "kut*", "*sukkel", "geen flauw benul", "~🤡", "=gs"],
                  "Idioten! Wat een kutzooi, randsukkel, geen flauw benul 🤡 GS")
    assert [entry for entry, _ in found] == ["idioot", "kut*", "*sukkel", "geen flauw benul",
                                            "=gs", "~🤡"]


def test_short_stems_match_exactly() -> None:
    assert _find(["tering"], "Ter info: de tering was vroeger een ziekte") == [
        ("tering", "tering")]


def test_accents_and_case_fold() -> None:
    assert _find(["coöperatie"], "De COOPERATIE in Sint-Maartensdijk") == [
        ("coöperatie", "COOPERATIE")]


def test_comments_and_blank_lines_ignored() -> None:
    assert len(WordList.from_lines("t", ["# comment", "", "woord  # trailing"])) == 1


def test_hostile_input_stays_linear() -> None:
    text = "a" * 100_000 + " idioot " + "🙂" * 10_000
    assert _find(["idioot"], text) == [("idioot", "idioot")]


def test_shouting_ratio() -> None:
    assert shouting_ratio("LEES NOU GEWOON EENS DE VOORWAARDEN") > 0.9
    assert shouting_ratio("Overleg met GS en PS over de N57 in Goes vandaag") < 0.3


def test_sentences() -> None:
    text = "Eerste zin. Tweede zin!\nDerde"
    assert [text[a:b] for a, b in split_sentences(text)] == ["Eerste zin.", "Tweede zin!",
                                                              "Derde"]


def test_language() -> None:
    assert guess_language("de provincie heeft vandaag het plan gepubliceerd".split()) == "nl"
    assert guess_language("the province has published the plan today".split()) == "en"


def test_phrase_with_compound_wildcards() -> None:
    assert _find(["interne *rapportage"], "Uit de interne inspectierapportage blijkt") == [
        ("interne *rapportage", "interne inspectierapportage")]
    assert _find(["kut* organisatie"], "wat een kutzooi organisatie") == [
        ("kut* organisatie", "kutzooi organisatie")]
