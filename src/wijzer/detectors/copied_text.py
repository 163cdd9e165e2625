"""Score sentences of a post that describe taking or pasting someone else's work."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import Field

from wijzer.detectors.cues import Cue, CueFinder
from wijzer.detectors.params import DetectorParams
from wijzer.detectors.source_cues import SourceLists, source_cues, without_overlaps

# Cues that something was taken; a window without one scores nothing.
_TAKING = frozenset(["found", "bypass", "denied", "acquired", "full_text"])
# Cues that name what was taken; a window without one scores nothing.
_OBJECT = frozenset(["work", "acquired", "full_text", "denied"])
_EXEMPT = frozenset(["work"])


class TextLists(DetectorParams):
    """Word lists for the text cues besides the source lists."""

    acquired: str = "copyright-acquired"
    work: str = "copyright-work"
    reuse: str = "copyright-reuse"
    paywall: str = "copyright-paywall"
    full_text: str = "copyright-full-text"
    link: str = "copyright-link"


class TextWeights(DetectorParams):
    """What each kind of cue adds to a window of two sentences (each kind counts once)."""

    found: float = Field(ge=-1.0, le=1.0, default=0.45)
    bypass: float = Field(ge=-1.0, le=1.0, default=0.6)
    denied: float = Field(ge=-1.0, le=1.0, default=0.45)
    acquired: float = Field(ge=-1.0, le=1.0, default=0.35)
    third: float = Field(ge=-1.0, le=1.0, default=0.25)
    paywall: float = Field(ge=-1.0, le=1.0, default=0.25)
    full_text: float = Field(ge=-1.0, le=1.0, default=0.35)
    work: float = Field(ge=-1.0, le=1.0, default=0.1)
    reuse: float = Field(ge=-1.0, le=1.0, default=0.15)
    own: float = Field(ge=-1.0, le=1.0, default=-0.5)
    permission: float = Field(ge=-1.0, le=1.0, default=-0.6)
    link: float = Field(ge=-1.0, le=1.0, default=-0.3)


@dataclass(frozen=True)
class TextScore:
    score: float
    start: int
    end: int
    explanation: str


def score_copied_text(finder: CueFinder, sources: SourceLists, lists: TextLists,
                      weights: TextWeights) -> TextScore | None:
    """The best window of one or two sentences, or None when no cue of taking is present."""
    if not any(finder.find(name) for name in (sources.found, sources.bypass, sources.denied,
                                              lists.acquired, lists.full_text)) and not any(
            cue.negated for cue in finder.find(sources.permission)):
        return None  # the common case: nothing taken, so skip the other lists
    by_sentence: dict[int, dict[str, Cue]] = {}
    for kind, cue in without_overlaps(_all_cues(finder, sources, lists), _EXEMPT):
        by_sentence.setdefault(cue.sentence, {}).setdefault(kind, cue)
    if not any(k in kinds for kinds in by_sentence.values() for k in _TAKING):
        return None
    spans = finder.view.sentences
    best: TextScore | None = None
    for first in sorted(by_sentence):
        for last in (first, first + 1):
            kinds = {**by_sentence.get(last, {}), **by_sentence[first]}
            score = _score(kinds, weights)
            if best is None or score > best.score:
                start, end = spans[first][0], spans[min(last, len(spans) - 1)][1]
                fired = ", ".join(f"{kind}:'{cue.entry}'" for kind, cue in sorted(kinds.items()))
                best = TextScore(score, start, end, f"copied-material cues {fired}")
    return best


def _all_cues(finder: CueFinder, sources: SourceLists, lists: TextLists
              ) -> list[tuple[str, Cue]]:
    # Taking cues already gate the score, so owners need no "uit de krant" framing here.
    pairs = source_cues(finder, sources, attributed_in=(0, len(finder.view.text)), framed=False)
    for kind in ("acquired", "work", "reuse", "paywall", "full_text", "link"):
        pairs.extend((kind, cue) for cue in finder.find(getattr(lists, kind)) if not cue.negated)
    return pairs


def _score(kinds: dict[str, Cue], weights: TextWeights) -> float:
    if not (_OBJECT & kinds.keys() and _TAKING & kinds.keys()):
        return 0.0
    total: float = sum(getattr(weights, kind) for kind in kinds if kind != "link")
    if "link" in kinds and not {"acquired", "found", "bypass", "denied"} & kinds.keys():
        total += weights.link
    return max(0.0, min(1.0, total))
