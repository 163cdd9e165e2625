"""Recognise an image format by its first bytes and check the file is not cut short."""

from __future__ import annotations

import zlib

FORMATS = ("JPEG", "PNG", "TIFF", "GIF", "WEBP")


def sniff_format(head: bytes) -> str | None:
    """The format named by the file's magic bytes, or None if it is not a supported image."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


def truncation_problem(data: bytes, image_format: str) -> str | None:
    """Why the encoded image looks cut short or malformed, or None when it looks whole.

    Only the container structure is walked; no pixels are decoded.
    """
    if image_format == "JPEG":
        return _jpeg_problem(data)
    if image_format == "PNG":
        return _png_problem(data)
    if image_format == "GIF":
        return None if data.rstrip(b"\x00").endswith(b";") else "GIF trailer missing"
    if image_format == "WEBP":
        declared = int.from_bytes(data[4:8], "little") + 8
        return None if declared <= len(data) else "RIFF chunk runs past the end of the file"
    return None  # TIFF: checked against its strip and tile offsets after parsing


def _jpeg_problem(data: bytes) -> str | None:
    position = 2
    size = len(data)
    while position + 4 <= size:
        if data[position] != 0xFF:
            return "JPEG segment marker expected"
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):
            position += 2
            continue
        length = int.from_bytes(data[position + 2:position + 4], "big")
        if length < 2 or position + 2 + length > size:
            return "JPEG segment runs past the end of the file"
        if marker == 0xDA:  # start of scan: the entropy-coded data must end with EOI
            return None if data.find(b"\xff\xd9", position + 2 + length) >= 0 else \
                "JPEG end-of-image marker missing"
        if marker == 0xD9:
            return "JPEG ends before its image data"
        position += 2 + length
    return "JPEG ends before its image data"


def _png_problem(data: bytes) -> str | None:
    position = 8
    size = len(data)
    while position + 12 <= size:
        length = int.from_bytes(data[position:position + 4], "big")
        end = position + 12 + length
        if length > 0x7FFFFFFF or end > size:
            return "PNG chunk runs past the end of the file"
        kind = data[position + 4:position + 8]
        crc = int.from_bytes(data[end - 4:end], "big")
        if zlib.crc32(data[position + 4:end - 4]) != crc:
            return "PNG chunk checksum mismatch"
        if kind == b"IEND":
            return None
        position = end
    return "PNG end chunk missing"
