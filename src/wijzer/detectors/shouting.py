"""Rule type ``shouting.v1``: long stretches in capitals and piled-up exclamation marks."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field

from wijzer.detectors.base import CheckContext, Hit
from wijzer.detectors.params import DetectorParams
from wijzer.pack.model import Pack

_CAPS_RUN = re.compile(r"\b[A-ZÀ-Ý]{2,}(?:[\s,.'’-]+[A-ZÀ-Ý]{2,}){%d,}\b")
_EXCLAIM = re.compile(r"[!?]*![!?]{2,}")


class ShoutingParams(DetectorParams):
    min_words: int = Field(ge=2, default=4)
    min_exclamations: int = Field(ge=2, default=3)
    score: float = Field(ge=0.0, le=1.0, default=0.7)
    exclamation_score: float = Field(ge=0.0, le=1.0, default=0.3)


class ShoutingDetector:
    """Capitals over several words read as shouting; "!!!" adds to it."""

    type_name: ClassVar[str] = "shouting.v1"
    Params = ShoutingParams

    def __init__(self, params: ShoutingParams, pack: Pack) -> None:
        self.params = params
        self.caps = re.compile(_CAPS_RUN.pattern % (params.min_words - 1))

    def detect(self, context: CheckContext) -> list[Hit]:
        text = context.post.text
        hits = [Hit(m.start(), m.end(), self.params.score, explanation="capitals")
                for m in self.caps.finditer(text) if not _is_acronym_list(m.group())]
        bangs = [m for m in _EXCLAIM.finditer(text)
                 if m.end() - m.start() >= self.params.min_exclamations]
        bonus = self.params.exclamation_score if bangs else 0.0
        if hits:
            return [Hit(h.start, h.end, min(1.0, h.score + bonus), explanation=h.explanation)
                    for h in hits]
        return [Hit(m.start(), m.end(), bonus, explanation="exclamation marks") for m in bangs]


def _is_acronym_list(run: str) -> bool:
    """"GS, PS, MT" or "GS/PS/CDK" is a list of abbreviations, not shouting."""
    words = re.findall(r"[A-ZÀ-Ý]+", run)
    separated = re.search(r"[,/]", run) is not None
    return separated and all(len(word) <= 4 for word in words)
