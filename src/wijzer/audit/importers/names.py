"""Which member names inside an export are safe to look at (no path traversal)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

_DRIVE = re.compile(r"^[A-Za-z]:")


def is_safe_name(name: str) -> bool:
    """False for absolute paths, ``..`` parts, backslashes, drive letters and control bytes."""
    if not name or "\\" in name or name.startswith("/") or _DRIVE.match(name):
        return False
    if any(ord(char) < 32 for char in name):
        return False
    return ".." not in PurePosixPath(name).parts


def tail(name: str, parts: int = 2) -> tuple[str, ...]:
    """The last ``parts`` components of a member name, lower-cased, for matching."""
    return tuple(piece.lower() for piece in PurePosixPath(name).parts[-parts:])
