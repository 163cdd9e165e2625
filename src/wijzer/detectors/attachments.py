"""Rule type ``attachment_source.v1``: images, video or texts of others used without permission."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from pydantic import Field

from wijzer.detectors.base import CheckContext, FieldView, Hit
from wijzer.detectors.copied_text import TextLists, TextScore, TextWeights, score_copied_text
from wijzer.detectors.cues import Cue, CueFinder, shared_finder
from wijzer.detectors.image_credit import attachment_metadata, foreign_holder, metadata_text
from wijzer.detectors.params import DetectorParams
from wijzer.detectors.source_cues import SourceLists, source_kinds
from wijzer.domain import Attachment
from wijzer.pack.model import Pack

_VISUAL = frozenset(["image", "photo", "foto", "picture", "video", "film", "gif", "animation",
                     "audio", "music", "illustration", "drawing", "cartoon", "meme",
                     "infographic", "graphic", "screenshot"])
_LINK = frozenset(["link", "url", "preview", "link_preview"])
# A maker named in the note ("gemaakt door Jan Smit", "photo by J. Smit"), not the author.
_MAKER = re.compile(r"\b(?:gemaakt|gefotografeerd|gefilmd|getekend|ontworpen|photo|picture|"
                    r"image|video|drawing|foto|beeld)\s*(?:door|by|:)\s+"
                    r"(?!(?:mij|mezelf|me|myself|ons|onze|us|een collega|a colleague)\b)"
                    r"[A-Z]", re.UNICODE)


class AttachmentWeights(DetectorParams):
    """Scores for the ways an attachment's source can be described."""

    denied: float = Field(ge=0.0, le=1.0, default=0.85)
    found: float = Field(ge=0.0, le=1.0, default=0.8)
    third: float = Field(ge=0.0, le=1.0, default=0.7)
    holder: float = Field(ge=0.0, le=1.0, default=0.7)
    uncredited: float = Field(ge=0.0, le=1.0, default=0.4)
    maker_named: float = Field(ge=0.0, le=1.0, default=0.2)
    text_support: float = Field(ge=0.0, le=1.0, default=0.3)


class AttachmentSourceParams(DetectorParams):
    scope: Literal["attachments", "text"] = "attachments"
    sources: SourceLists = Field(default_factory=SourceLists)
    text_lists: TextLists = Field(default_factory=TextLists)
    weights: AttachmentWeights = Field(default_factory=AttachmentWeights)
    text_weights: TextWeights = Field(default_factory=TextWeights)
    text_support_from: float = Field(ge=0.0, le=1.0, default=0.5)
    not_own: str = "copyright-not-own"
    read_files: bool = True
    max_chars: int = Field(ge=100, default=2000)


class AttachmentSourceDetector:
    """Flags attachments (or, with ``scope: text``, sentences) that reuse others' work."""

    type_name: ClassVar[str] = "attachment_source.v1"
    Params = AttachmentSourceParams

    def __init__(self, params: AttachmentSourceParams, pack: Pack) -> None:
        self.params = params
        names = [*params.sources.names(), *params.text_lists.model_dump().values(),
                 params.not_own]
        for name in names:
            pack.word_list(name)

    def detect(self, context: CheckContext) -> list[Hit]:
        if self.params.scope == "text":
            found = self._text_score(context)
            return [] if found is None else [Hit(found.start, found.end, found.score,
                                                 "text", found.explanation)]
        hits = []
        for index, attachment in enumerate(context.post.attachments):
            score, reason = self._judge(context, attachment)
            hits.append(Hit(0, 0, score, f"attachments[{index}]",
                            f"attachment {index} ({attachment.type[:20]}): {reason}"))
        return hits

    def _text_score(self, context: CheckContext) -> TextScore | None:
        key = "copied_text_score"
        if key not in context.shared:
            finder = shared_finder(context, "text")
            context.shared[key] = score_copied_text(finder, self.params.sources,
                                                    self.params.text_lists,
                                                    self.params.text_weights)
        found: TextScore | None = context.shared[key]
        return found

    def _judge(self, context: CheckContext, attachment: Attachment) -> tuple[float, str]:
        limit = self.params.max_chars
        metadata, problem = attachment_metadata(context, attachment, self.params.read_files)
        credit, note = (attachment.credit or "")[:limit], (attachment.note or "")[:limit]
        text = "\n".join((credit, note, metadata_text(metadata)[:limit]))
        finder = CueFinder(FieldView(text), context.pack)
        kinds = source_kinds(finder, self.params.sources,
                             self.params.text_lists.paywall,
                             attributed_in=(len(credit), len(credit) + 1 + len(note)))
        kind = _kind(attachment.type)
        weights = self.params.weights
        if "denied" in kinds:
            return weights.denied, _said("no-permission cue", kinds["denied"])
        if "permission" in kinds:
            return 0.1, _said("permission cue", kinds["permission"])
        if "found" in kinds:
            return weights.found, _said("found-elsewhere cue", kinds["found"])
        if kind == "link":
            return 0.0, "link to a page, not a copy"
        own = kinds.get("own")
        holder = foreign_holder(metadata, [self.params.sources.own,
                                           self.params.sources.organisation], context)
        if holder and own is None:
            return weights.holder, f"metadata copyright holder '{holder}' is not the organisation"
        if "third" in kinds and own is None:
            return weights.third, _said("third-party source", kinds["third"])
        if own is not None:
            return 0.05, _said("own-source cue", own)
        score, reasons = (0.2, ["credited"]) if attachment.credit or kind != "visual" else \
            (weights.uncredited, ["no credit, source not stated"])
        if kind == "visual" and not attachment.credit:
            if _MAKER.search(note):
                score += weights.maker_named
                reasons.append("note names another maker")
            elif finder.find(self.params.not_own):
                score += weights.maker_named
                reasons.append(_said("rarely one's own", finder.find(self.params.not_own)[0]))
        support = self._text_score(context)
        if support is not None and support.score >= self.params.text_support_from:
            score += weights.text_support
            reasons.append("post text: " + support.explanation)
        return min(1.0, score), "; ".join(filter(None, [*reasons, problem]))


def _kind(attachment_type: str) -> str:
    name = attachment_type.strip().lower()
    return "visual" if name in _VISUAL else "link" if name in _LINK else "document"


def _said(what: str, cue: Cue) -> str:
    return f"{what} '{cue.entry}'"
