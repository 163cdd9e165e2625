"""Core value types shared by every part of Wijzer: posts, findings, verdicts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    """How serious a finding is; decides the verdict."""

    ERROR = "error"
    WARNING = "warning"


class Verdict(StrEnum):
    """The traffic light for a post."""

    GREEN = "green"
    ORANGE = "orange"
    RED = "red"


PLATFORMS = ("linkedin", "x", "facebook", "instagram", "youtube")


@dataclass(frozen=True)
class LocalText:
    """A text in Dutch and English."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True)
class ImageMetadata:
    """Credit and copyright fields read from an image file's EXIF/IPTC/XMP metadata."""

    credit: str | None = None
    copyright: str | None = None
    creator: str | None = None
    source: str | None = None
    description: str | None = None

    def is_empty(self) -> bool:
        return not any((self.credit, self.copyright, self.creator, self.source))


@dataclass(frozen=True)
class Attachment:
    """Something published with the post: an image, video, document or link."""

    type: str = "image"
    credit: str | None = None
    note: str | None = None
    path: Path | None = None
    metadata: ImageMetadata | None = None


@dataclass(frozen=True)
class Post:
    """A draft post (or reply) to check."""

    text: str
    platform: str = "linkedin"
    reply_to: str | None = None
    posted_at: dt.date | None = None
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One problem in a post: which rule, which guideline items, and where.

    ``field`` names where the span lies: ``text`` (the draft), ``reply_to``
    (the message being answered) or ``attachments[N]``; ``start``/``end`` are
    character offsets in that field (0/0 when the finding concerns it whole).
    """

    category: str
    rule: str
    guidelines: tuple[str, ...]
    severity: Severity
    message: LocalText
    start: int
    end: int
    matched: str
    suggestion: LocalText | None = None
    field: str = "text"
    score: float = 1.0
    explanation: str = ""


@dataclass(frozen=True)
class Notice:
    """Advice that is not a guideline violation, such as a platform's length limit."""

    code: str
    message: LocalText


@dataclass(frozen=True)
class Report:
    """The outcome of checking one post."""

    post: Post
    findings: tuple[Finding, ...]
    verdict: Verdict
    advice: LocalText
    notices: tuple[Notice, ...] = field(default=())

    @property
    def categories(self) -> set[str]:
        return {finding.category for finding in self.findings}
