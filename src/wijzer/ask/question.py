"""Check a question before answering it, and tell its language (Dutch, English or other)."""

from __future__ import annotations

from wijzer.ask.analyze import STOP, QueryTerms
from wijzer.ask.index import Index
from wijzer.ask.stopwords import DUTCH, ENGLISH, OTHER
from wijzer.errors import WijzerError
from wijzer.text.language import guess_language

MAX_CHARS = 1000
MIN_WORDS_FOR_LANGUAGE = 3


def check_question(text: str, limit: int = MAX_CHARS) -> str:
    """The question without outer whitespace; empty or overlong questions are errors."""
    question = " ".join(text.split())
    if not question:
        raise WijzerError("ask.empty")
    if len(question) > limit:
        raise WijzerError("ask.too_long", length=len(question), limit=limit)
    if not any(char.isalnum() for char in question):
        raise WijzerError("ask.empty")
    return question


def check_language(query: QueryTerms) -> None:
    """A question with almost no Dutch or English words gets a clear message, not a guess."""
    words = [word for word in query.words if not word.isdigit()]
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return
    ours = sum(word in STOP for word in words)
    other = sum(word in OTHER for word in words)
    recognised = ours + query.known
    if (other >= 2 and other >= ours) or (recognised / len(words) < 0.3 and other >= 1):
        raise WijzerError("ask.other_language")
    if recognised == 0:
        raise WijzerError("ask.other_language")


def question_language(query: QueryTerms, index: Index, fallback: str) -> str:
    """"nl" or "en": the function words decide, then the vocabulary, then ``fallback``."""
    words = query.words
    dutch = sum(word in DUTCH for word in words)
    english = sum(word in ENGLISH for word in words)
    if dutch or english:
        guess = guess_language(words)
        if guess in ("nl", "en"):
            return guess
    vocab_dutch = sum(index.language_of.get(word) == "nl" for word in words)
    vocab_english = sum(index.language_of.get(word) == "en" for word in words)
    score_nl, score_en = 2 * dutch + vocab_dutch, 2 * english + vocab_english
    if score_nl == score_en:
        return fallback
    return "nl" if score_nl > score_en else "en"
