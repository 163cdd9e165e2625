"""Answer a question: the best FAQ item or guideline entry above the threshold, or no answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from wijzer.ask.index import build_index
from wijzer.ask.question import check_language, check_question, question_language
from wijzer.ask.ranker import NONE, Learned, pack_ranker
from wijzer.ask.retrieve import Hit, mix, rank
from wijzer.domain import Post
from wijzer.engine.checker import Checker
from wijzer.i18n import translate
from wijzer.pack.model import Pack


@dataclass(frozen=True)
class Answer:
    """What ``wijzer ask`` says, with the guideline entries it rests on (most important first)."""

    question: str
    language: str
    text: str
    faq_id: str | None
    score: float
    guidelines: tuple[str, ...]
    no_answer: bool


def ask(pack: Pack, text: str, fallback_lang: str = "nl", checker: Checker | None = None,
        learned: Learned | Literal["pack"] | None = "pack") -> Answer:
    """Answer ``text`` from the pack; raises WijzerError for empty, long or foreign questions.

    With a ``checker`` (of the same pack), what it finds in the question itself helps to pick
    the guideline item when the question describes a situation in its own words. ``learned``
    is the learned ranker whose vote is mixed in: the pack's own (``faq.yml`` ``ranker:``) by
    default, None for retrieval alone.
    """
    question = check_question(text)
    index = build_index(pack)
    query = index.analyzer.query_terms(question)
    check_language(query)
    lang = question_language(query, index, fallback_lang)
    hits = rank(index, query, _hints(checker, question))
    social_media = any(index.analyzer.synonyms.is_social_media(term) for term in query.terms)
    threshold = index.faq.threshold(social_media)
    if learned == "pack":
        learned = pack_ranker(pack)
    out_of_scope = False
    if learned is not None:
        probabilities = learned.ranker.probabilities(question, query.terms)
        hits = mix(index, hits, probabilities, learned.settings.weight)
        own = learned.settings.threshold(social_media)
        threshold = threshold if own is None else own
        out_of_scope = probabilities.get(NONE, 0.0) > learned.settings.max_none
    best: Hit | None = hits[0] if hits else None
    if best is None or best.score < threshold or out_of_scope:
        contact = pack.meta.contact.local().get(lang)
        return Answer(question, lang, translate("ask.no_answer", lang, contact=contact), None,
                      round(best.score if best else 0.0, 3), (), True)
    document = best.document
    if document.kind == "faq":
        item = index.faq.item(document.id)
        assert item is not None
        return Answer(question, lang, item.answer.local().get(lang), item.id,
                      round(best.score, 3), tuple(item.guidelines), False)
    entry = pack.entries[document.id]
    text_out = f"{entry.title.local().get(lang)}. {entry.explanation.local().get(lang)}"
    return Answer(question, lang, text_out, None, round(best.score, 3), (entry.id,), False)


def _hints(checker: Checker | None, question: str) -> frozenset[str]:
    """The leading guideline id of every finding of the checker on the question."""
    if checker is None:
        return frozenset()
    report = checker.check(Post(text=question))
    return frozenset(finding.guidelines[0] for finding in report.findings if finding.guidelines)


def answer_to_dict(answer: Answer, pack: Pack) -> dict[str, Any]:
    """The JSON form: the answer and the cited guideline entries with their source items."""
    entries = pack.entries
    lang = answer.language
    return {
        "question": answer.question,
        "language": lang,
        "answer": answer.text,
        "faq_id": answer.faq_id,
        "score": answer.score,
        "guidelines": [{"id": gid, "title": entries[gid].title.local().get(lang),
                        "explanation": entries[gid].explanation.local().get(lang),
                        "source": entries[gid].source.model_dump(exclude_none=True)}
                       for gid in answer.guidelines],
        "no_answer": answer.no_answer,
    }
