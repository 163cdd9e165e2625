"""Rule type ``media_reply.v1``: answering the press, or talking to it, instead of referring."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from pydantic import Field

from wijzer.detectors.base import CheckContext, Hit
from wijzer.detectors.cues import CueFinder, shared_finder
from wijzer.detectors.media_contact import press_contacts
from wijzer.detectors.media_cues import (
    MediaLists,
    MediaWeights,
    asker,
    handle_pattern,
    media_handles,
    request_cues,
)
from wijzer.detectors.params import DetectorParams
from wijzer.pack.model import Pack

_DIGIT = re.compile(r"\d")
_ROLE = frozenset(["als", "as"])  # "als communicatieadviseur" is the author's job, no referral
_WELCOME = frozenset(["gedaan"])  # "graag gedaan" thanks back, it answers nothing


class MediaReplyParams(DetectorParams):
    """``reply``: the draft answers a press question (in ``reply_to`` or to a news account);
    ``post``: the draft reports contact with the press."""

    check: tuple[Literal["reply", "post"], ...] = ("reply", "post")
    lists: MediaLists = Field(default_factory=MediaLists)
    weights: MediaWeights = Field(default_factory=MediaWeights)


class MediaReplyDetector:
    """Flags drafts that answer or talk to the press rather than refer to Team Communicatie."""

    type_name: ClassVar[str] = "media_reply.v1"
    Params = MediaReplyParams

    def __init__(self, params: MediaReplyParams, pack: Pack) -> None:
        self.params = params
        for name in params.lists.word_lists():
            pack.word_list(name)
        self.handles = handle_pattern(pack, params.lists.handles)

    def detect(self, context: CheckContext) -> list[Hit]:
        lists, weights = self.params.lists, self.params.weights
        draft = shared_finder(context, "text")
        handles = media_handles(context.post.text, self.handles)
        if not (context.post.reply_to or handles or draft.find(lists.roles)
                or draft.find(lists.outlets)):
            return []  # no press anywhere in sight
        referrals = [cue for cue in draft.find(lists.referral)
                     if not draft.preceded_by(cue, _ROLE, 2)]
        if referrals and not any(
                not cue.negated and draft.literal(cue) for cue in draft.find(lists.override)):
            return []  # handed to the communications team
        hits: list[Hit] = []
        if "reply" in self.params.check:
            hits.extend(self._reply(context, draft, bool(handles)))
        if "post" in self.params.check:
            hits.extend(Hit(c.start, c.end, c.score, "text", c.explanation)
                        for c in press_contacts(draft, lists, weights, handles))
        return hits

    def _reply(self, context: CheckContext, draft: CueFinder, addressed: bool) -> list[Hit]:
        """A draft answering a press question: in ``reply_to``, to a news account, or quoted."""
        lists, weights = self.params.lists, self.params.weights
        question = context.post.reply_to
        source = shared_finder(context, "reply_to") if question else draft
        who = asker(source, lists, weights)
        requests = request_cues(source, lists.requests)
        asked = bool(requests) or "?" in source.view.text
        answers = [cue for cue in draft.find(lists.override) if draft.literal(cue)]
        answers = [cue for cue in (*answers, *draft.find(lists.answer))
                   if not cue.negated and not draft.followed_by(cue, _WELCOME, 1)]
        if not question and not addressed:
            # A question quoted in the draft itself, answered after it ("journalist here, can
            # you ...? - Sure, ...").
            if who is None or not requests or who.score < weights.role:
                return []
            answers = [a for a in answers if a.start > requests[0].end]
            if not answers:
                return []
        score = max(who.score if who else 0.0, weights.handle if addressed else 0.0)
        if score == 0.0:
            return []
        fired = [f"asker {who.cue}" if who else "addressed to a news account"]
        if asked:
            score += weights.request
            fired.append(f"request '{requests[0].entry if requests else '?'}'")
        if answers or addressed or _DIGIT.search(context.post.text):
            score += weights.answer
            fired.append(f"answer '{answers[0].entry}'" if answers else "gives details")
        elif not asked and draft.find(lists.published):
            score += weights.published
            fired.append("reacts to a publication")
        start, end = _answer_span(draft, answers[0].start if answers else None)
        return [Hit(start, end, min(1.0, score), "text", "; ".join(fired))]


def _answer_span(draft: CueFinder, position: int | None) -> tuple[int, int]:
    """The sentence that answers: the one with an answer cue, else with figures, else the
    first of some length, else the whole draft."""
    sentences = draft.view.sentences
    if not sentences:
        return 0, len(draft.view.text)
    if position is not None:
        return sentences[draft.sentence_of(position)]
    digit = _DIGIT.search(draft.view.text)
    if digit:
        return sentences[draft.sentence_of(digit.start())]
    return next(((start, end) for start, end in sentences
                 if len(draft.view.text[start:end].split()) >= 4), (0, len(draft.view.text)))
