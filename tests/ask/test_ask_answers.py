"""Answers: the right FAQ item and guideline entry, the question's language, honest refusals."""

from __future__ import annotations

import pytest

from wijzer.ask.answer import ask
from wijzer.ask.faq import FaqFile, load_faq
from wijzer.engine.checker import Checker
from wijzer.errors import WijzerError
from wijzer.pack.model import Pack


@pytest.mark.parametrize(("question", "faq_id", "first"), [
    ("Hoe zet ik social media in voor mijn werk?", "work-use", "gir.ambassador"),
    ("Mag ik in een besloten Facebookgroep over mijn dossier?", "closed-group",
     "gir.private-vs-official"),
    ("Kan ik via sociale media met burgers praten?", "talk-with-citizens", "rule-7"),
    ("Wat mag wel en wat niet op social media?", "allowed", "rule-1"),
    ("Een journalist stuurde me een DM, wat nu?", "journalist-dm", "rule-9"),
    ("mag ik mn colega citeren op linkdin", "quoting-colleagues", "protocol.no-quoting"),
    ("Can I post during working hours?", "working-hours", "rule-8"),
])
def test_right_faq_and_first_guideline(pack: Pack, question: str, faq_id: str,
                                       first: str) -> None:
    answer = ask(pack, question)
    assert (answer.faq_id, answer.guidelines[0], answer.no_answer) == (faq_id, first, False)


def test_answers_in_the_language_of_the_question(pack: Pack) -> None:
    dutch = ask(pack, "Mag ik een foto van internet gebruiken?", fallback_lang="en")
    english = ask(pack, "May I use a photo from the internet?", fallback_lang="nl")
    assert (dutch.language, english.language) == ("nl", "en")
    assert dutch.faq_id == english.faq_id == "using-photos"
    assert dutch.text != english.text


def test_unclear_language_uses_the_fallback(pack: Pack) -> None:
    assert ask(pack, "Facebook?", fallback_lang="en").language == "en"
    assert ask(pack, "Facebook?", fallback_lang="nl").language == "nl"


@pytest.mark.parametrize("question", [
    "Hoeveel vakantiedagen heb ik?", "Where can I park my car?", "Mag ik mijn hond meenemen?",
])
def test_off_topic_questions_get_no_answer(pack: Pack, question: str) -> None:
    answer = ask(pack, question)
    assert answer.no_answer and answer.faq_id is None and answer.guidelines == ()
    assert "Team Communicatie" in answer.text


def test_guideline_entry_yields_to_the_faq_that_rests_on_it(pack: Pack) -> None:
    answer = ask(pack, "Citeer geen collega's")
    assert answer.faq_id == "quoting-colleagues"
    assert answer.guidelines[0] == "protocol.no-quoting"


@pytest.mark.parametrize(("question", "code"), [
    ("", "ask.empty"), ("   \n\t ", "ask.empty"), ("?!? ...", "ask.empty"),
    ("Mag ik " + "heel " * 300 + "lang posten?", "ask.too_long"),
    ("Darf ich als Beamter auf Facebook posten?", "ask.other_language"),
    ("Est-ce que je peux publier sur Facebook pendant le travail?", "ask.other_language"),
    ("¿Puedo compartir noticias de la provincia en Facebook?", "ask.other_language"),
])
def test_bad_questions_get_clear_messages(pack: Pack, question: str, code: str) -> None:
    with pytest.raises(WijzerError) as caught:
        ask(pack, question)
    assert caught.value.code == code
    assert caught.value.message("nl") != caught.value.message("en")
    assert "{" not in caught.value.message("nl")


def test_a_question_of_exactly_the_limit_is_fine(pack: Pack) -> None:
    question = ("Mag ik collega's citeren? " * 40)[:1000]
    assert not ask(pack, question).no_answer


def test_a_giant_word_is_noise_not_a_match(pack: Pack) -> None:
    assert ask(pack, "facebook" * 120).no_answer


@pytest.mark.parametrize("question", [
    "Mag ik " + "x" * 10_000 + "?", "Mag ik dit posten? " * 600,
])
def test_a_ten_thousand_character_question_is_refused(pack: Pack, question: str) -> None:
    with pytest.raises(WijzerError) as caught:
        ask(pack, question)
    assert caught.value.code == "ask.too_long"
    assert "1000" in caught.value.message("nl")


@pytest.mark.parametrize("question", [
    "Darf ich auf LinkedIn über meine Arbeit schreiben?",
    "Que faire si un journaliste me contacte ?",
    "Posso condividere una foto dei colleghi su Instagram?",
    "Czy mogę udostępnić zdjęcie kolegi na Facebooku?",
])
def test_other_languages_get_the_dutch_or_english_message(pack: Pack, question: str) -> None:
    with pytest.raises(WijzerError) as caught:
        ask(pack, question)
    assert caught.value.code == "ask.other_language"
    assert "Dutch or English" in caught.value.message("en")


@pytest.mark.parametrize("question", [
    "Can I post about my project?", "Mag ik een reactie geven op een tweet over de brug?",
    "Is a LinkedIn post about the Zeeland bridge ok?",
])
def test_dutch_and_english_with_names_are_not_foreign(pack: Pack, question: str) -> None:
    assert ask(pack, question).language in ("nl", "en")


def test_social_media_questions_have_their_own_threshold(pack: Pack) -> None:
    faq = load_faq(pack)
    assert faq.min_score_social_media is not None
    assert faq.threshold(True) == faq.min_score_social_media < faq.threshold(False)
    assert FaqFile(min_score=0.4, questions=faq.questions).threshold(True) == 0.4


def test_platform_words_say_little_about_which_item(pack: Pack) -> None:
    answer = ask(pack, "Mag ik een foto die ik op Instagram zag gebruiken in mijn LinkedIn-post?")
    assert answer.guidelines[0] == "protocol.image-rights"
    assert ask(pack, "foto van internet gebruiken").faq_id == "using-photos"


def test_checker_findings_on_the_question_are_hints(pack: Pack) -> None:
    from wijzer.ask.index import build_index
    from wijzer.ask.retrieve import rank

    index = build_index(pack)
    query = index.analyzer.query_terms("Kan ik dit bericht zo plaatsen?")
    plain = rank(index, query)
    hinted = rank(index, query, frozenset({"rule-9"}))
    assert hinted[0].document.id in ("journalist-dm", "rule-9")
    assert plain[0].document.id != hinted[0].document.id
    assert all(0 < hit.score <= 1 for hit in hinted)


def test_ask_with_the_checker_of_the_pack(pack: Pack, checker: Checker) -> None:
    answer = ask(pack, "A reporter from Omroep Zeeland called me about my LinkedIn article.",
                 checker=checker)
    assert answer.guidelines[0] == "rule-9" and answer.language == "en"


@pytest.mark.parametrize(("question", "answered"), [
    ("Can I bring my kids to the office on Wednesday?", False),
    ("Who do I call when my work laptop is broken?", False),
    ("Mag ik foto's van mijn kinderen op Facebook zetten?", True),
    ("Mag ik tijdens werktijd op LinkedIn posten?", True),
])
def test_situations_count_only_with_social_media(pack: Pack, question: str,
                                                 answered: bool) -> None:
    assert ask(pack, question).no_answer is not answered
