"""What every detector gets (a check context) and gives back (hits)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from wijzer.domain import Post
from wijzer.pack.wordlist import Match
from wijzer.text.language import guess_language
from wijzer.text.sentences import split_sentences
from wijzer.text.stems import stem
from wijzer.text.tokens import Token, tokenize

if TYPE_CHECKING:
    from wijzer.pack.model import Pack


@dataclass(frozen=True)
class Hit:
    """A place where a detector found something.

    ``score`` is the detector's confidence in [0, 1]; the rule compares it
    with its threshold. ``field`` is ``text``, ``reply_to`` or ``attachments[N]``.
    """

    start: int
    end: int
    score: float = 1.0
    field: str = "text"
    explanation: str = ""


class FieldView:
    """One text field of a post with its tokens and stems, computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._matches: dict[str, list[Match]] | None = None

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @cached_property
    def token_starts(self) -> list[int]:
        return [token.start for token in self.tokens]

    @cached_property
    def token_ends(self) -> list[int]:
        return [token.end for token in self.tokens]

    @cached_property
    def stems(self) -> list[str]:
        return [stem(token.norm) for token in self.tokens]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return split_sentences(self.text)

    def matches(self, pack: Pack, name: str) -> list[Match]:
        """Where the pack's word list ``name`` occurs in this field.

        The first call matches *all* the pack's lists in one pass (about the cost of
        matching two lists separately); later calls only look the answer up.
        """
        if self._matches is None:
            self._matches = pack.all_lists().find(self.text, self.tokens, self.stems)
        return self._matches[name]

    @cached_property
    def language(self) -> str:
        return guess_language([token.norm for token in self.tokens])


class CheckContext:
    """Everything detectors may look at for one post; derived data is cached."""

    def __init__(self, post: Post, pack: Pack, today: dt.date | None = None) -> None:
        self.post = post
        self.pack = pack
        self.text = FieldView(post.text)
        self.reply = FieldView(post.reply_to or "")
        self.today = today or dt.date.today()
        self.shared: dict[str, Any] = {}

    @property
    def reference_date(self) -> dt.date:
        """The date the post would be published: ``posted_at`` or today."""
        return self.post.posted_at or self.today


class Detector(Protocol):
    """A rule type. Built once per rule from its ``params``; called per post."""

    def detect(self, context: CheckContext) -> list[Hit]:
        ...
