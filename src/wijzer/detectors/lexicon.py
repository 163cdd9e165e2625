"""Rule type ``lexicon.v1``: words and phrases from word lists, with context."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from wijzer.detectors.base import CheckContext, Hit
from wijzer.detectors.context import adjust, field_view
from wijzer.detectors.params import ContextWords, DetectorParams
from wijzer.pack.model import Pack


class LexiconParams(DetectorParams):
    lists: list[str] = Field(min_length=1)
    field: Literal["text", "reply_to", "attachments"] = "text"
    score: float = Field(ge=0.0, le=1.0, default=0.8)
    context: list[ContextWords] = Field(default_factory=list)
    min_hits: int = Field(ge=1, default=1)


class LexiconDetector:
    """Flags entries of word lists, matched on stems, compounds and phrases."""

    type_name: ClassVar[str] = "lexicon.v1"
    Params = LexiconParams

    def __init__(self, params: LexiconParams, pack: Pack) -> None:
        self.params = params
        for name in (*params.lists, *(c.list for c in params.context)):
            pack.word_list(name)

    def detect(self, context: CheckContext) -> list[Hit]:
        view = field_view(context, self.params.field)
        matches = [m for name in self.params.lists
                   for m in view.matches(context.pack, name)]
        if len(matches) < self.params.min_hits:
            return []
        hits = []
        for match in matches:
            score, fired = adjust(context, view, match.start, match.end, self.params.score,
                                  self.params.context)
            explanation = "; ".join([f"list entry '{match.entry}'", *fired])
            hits.append(Hit(match.start, match.end, score, self.params.field, explanation))
        return hits
