"""Read the draft from an argument, a file or standard input, safely."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from wijzer.errors import WijzerError

MAX_FILE_BYTES = 1_000_000


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text (a BOM is allowed); binary data and other encodings get clear errors."""
    if b"\x00" in data[:8192]:
        raise WijzerError("text.binary", source=source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WijzerError("text.not_utf8", source=source, position=exc.start) from None
    return text.replace("\r\n", "\n")


def read_text_file(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    if not path.exists():
        raise WijzerError("file.missing", path=path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise WijzerError("file.too_large", path=path, size=size, limit=limit)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except IsADirectoryError:
        raise WijzerError("file.unreadable", path=path, reason="directory") from None
    except OSError as exc:
        raise WijzerError("file.unreadable", path=path, reason=exc.strerror) from None
    return decode_text(data, str(path))


def read_stdin(stream: BinaryIO | None = None, limit: int = MAX_FILE_BYTES) -> str:
    handle = stream or sys.stdin.buffer
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise WijzerError("file.too_large", path="stdin", size=f">{limit}", limit=limit)
    return decode_text(data, "stdin")
