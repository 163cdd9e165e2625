"""Turn raw metadata values (bytes in unknown encodings, odd whitespace) into clean short text."""

from __future__ import annotations

import re
import unicodedata

MAX_FIELD_CHARS = 300
_SPACE = re.compile(r"\s+")


def decode(value: object, utf8: bool = False) -> str:
    """Bytes as UTF-8 when they are, else Windows-1252; other values via ``str``."""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return value.decode("utf-8" if utf8 else "cp1252", errors="replace")
    if isinstance(value, str):
        return value
    return ""


def clean(text: str) -> str:
    """Control characters and NULs become spaces; whitespace collapses; long text is cut."""
    text = text[:MAX_FIELD_CHARS * 4]
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") else ch
                   for ch in text)
    text = _SPACE.sub(" ", text).strip()
    if len(text) > MAX_FIELD_CHARS:
        text = text[:MAX_FIELD_CHARS - 1].rstrip() + "…"
    return text


def join(values: list[str]) -> str | None:
    """Distinct non-empty cleaned values joined with "; ", or None."""
    seen: list[str] = []
    for value in values:
        text = clean(value)
        if text and text.casefold() not in (s.casefold() for s in seen):
            seen.append(text)
    return clean("; ".join(seen)) or None
