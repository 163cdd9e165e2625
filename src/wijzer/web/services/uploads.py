"""Uploaded images: size limit, type by content, metadata re-read safely, random file names."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from wijzer.domain import Attachment, ImageMetadata
from wijzer.errors import ImageError
from wijzer.i18n import translate as core_translate
from wijzer.web.db.models import StoredAttachment
from wijzer.web.i18n import WebError

# Where an image comes from; the note is what the checker reads (in the pack's language).
SOURCES: dict[str, str] = {
    "own": "eigen foto, zelf gemaakt",
    "colleague": "foto van een collega",
    "image_bank": "beeldbank van de provincie",
    "internet": "gevonden op internet",
    "stock": "stockfoto met licentie",
}


@dataclass
class SavedImage:
    stored: StoredAttachment
    attachment: Attachment
    path: Path


class UploadProblem(WebError):
    """An upload that cannot be used; the message names the file and the reason."""


def save_image(upload_dir: Path, stream: BinaryIO, filename: str, source: str, credit: str,
               max_bytes: int, lang: str) -> SavedImage:
    """Store the upload under a random name and read its credit metadata.

    Raises :class:`UploadProblem` (and leaves no file behind) when the file is too large,
    not an image by its content, damaged, or when its source is not given.
    """
    name = (filename or "?")[:255]
    if source not in SOURCES:
        raise UploadProblem("upload.source_missing", name=name)
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UploadProblem("upload.too_large", name=name, limit=max_bytes // 1_000_000)
    stored_name = secrets.token_hex(16)
    path = upload_dir / stored_name
    path.write_bytes(data)
    from wijzer.images.metadata import read_image_metadata
    from wijzer.images.sniff import sniff_format

    try:
        metadata = read_image_metadata(path, max_bytes=max_bytes)
    except ImageError as exc:
        path.unlink(missing_ok=True)
        reason = core_translate(f"image.reason.{exc.reason}", lang, **exc.reason_params)
        raise UploadProblem("upload.unreadable", name=name, reason=reason) from None
    image_format = sniff_format(data[:16]) or "?"
    credit = credit[:300]
    stored = StoredAttachment(stored_name=stored_name, original_name=name,
                              image_format=image_format, size=len(data), source=source,
                              credit=credit, metadata_credit=_file_credit(metadata)[:300])
    attachment = Attachment(type="image", credit=credit or None, note=SOURCES[source],
                            metadata=metadata)
    return SavedImage(stored, attachment, path)


def _file_credit(metadata: ImageMetadata) -> str:
    """What the file itself says about its maker or rights, for the reviewer."""
    return metadata.credit or metadata.copyright or metadata.creator or ""


CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif",
                 "WEBP": "image/webp", "TIFF": "image/tiff"}
