"""The metadata of an attachment's image file, and the copyright holder it names."""

from __future__ import annotations

import re

from wijzer.detectors.base import CheckContext, FieldView
from wijzer.detectors.cues import CueFinder
from wijzer.domain import Attachment, ImageMetadata
from wijzer.errors import WijzerError

_NOTICE_WORDS = re.compile(
    r"©|\(c\)|\bcopyright\b|\ball rights reserved\b|\balle rechten voorbehouden\b|"
    r"\b(?:19|20)\d\d\b|\bfoto\s*:|\bphoto\s*:", re.IGNORECASE)
_NAME_CHARS = re.compile(r"[^\W_]", re.UNICODE)
MAX_HOLDER_CHARS = 60


def attachment_metadata(context: CheckContext, attachment: Attachment, read_files: bool
                        ) -> tuple[ImageMetadata | None, str]:
    """The attachment's metadata, read from its file once per check when not given."""
    if attachment.metadata is not None or attachment.path is None or not read_files:
        return attachment.metadata, ""
    cache: dict[str, tuple[ImageMetadata | None, str]] = context.shared.setdefault(
        "image_metadata", {})
    key = str(attachment.path)
    if key not in cache:
        from wijzer.images.metadata import read_image_metadata

        try:
            cache[key] = (read_image_metadata(attachment.path), "")
        except WijzerError:
            cache[key] = (None, "image file unreadable")
    return cache[key]


def metadata_text(metadata: ImageMetadata | None) -> str:
    if metadata is None:
        return ""
    return "\n".join(filter(None, (metadata.credit, metadata.copyright, metadata.creator,
                                   metadata.source)))


def foreign_holder(metadata: ImageMetadata | None, own_lists: list[str],
                   context: CheckContext) -> str | None:
    """The copyright holder named in the metadata, unless it is the own organisation."""
    if metadata is None or not metadata.copyright:
        return None
    holder = _NOTICE_WORDS.sub(" ", metadata.copyright)
    holder = " ".join(holder.replace(";", " ").split()).strip(" ,.-")
    if not _NAME_CHARS.search(holder):
        return None
    finder = CueFinder(FieldView(metadata.copyright), context.pack)
    if any(finder.find(name) for name in own_lists):
        return None
    return holder[:MAX_HOLDER_CHARS]
