"""Read a multipart form with one large file straight to disk, never whole in memory.

Starlette's own parser spools files into the system temp folder; an export of hundreds of
megabytes belongs in the data folder, counted as it arrives, and refused as soon as it is too
large or arrives before the form's CSRF token.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from python_multipart.multipart import MultipartParser, parse_options_header

MAX_FIELD_BYTES = 10_000
MAX_FIELDS = 20
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class UploadRefused(Exception):
    """The upload was stopped; ``code`` is a page text key (nothing is left on disk)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class StreamedUpload:
    fields: dict[str, str] = field(default_factory=dict)
    path: Path | None = None  # the file, in the target folder
    filename: str = ""  # as the browser named it (display only)
    size: int = 0
    complete: bool = False  # the file part reached its closing boundary

    def discard(self) -> None:
        if self.path is not None:
            self.path.unlink(missing_ok=True)


def safe_name(filename: str) -> str:
    """A plain file name for disk: letters, digits, dot, dash, underscore; never hidden."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _SAFE.sub("_", base).strip("._")
    stem, dot, suffix = cleaned.rpartition(".")
    if dot and stem and len(suffix) <= 10:  # keep the extension: formats are told by it
        return f"{stem[:70]}.{suffix}"
    return cleaned[:80] or "export"


async def receive(chunks: AsyncIterator[bytes], content_type: str, folder: Path,
                  file_field: str, max_bytes: int,
                  before_file: Callable[[dict[str, str]], None]) -> StreamedUpload:
    """Parse the form; the file field is written to ``folder`` (mode 0600).

    ``before_file`` sees the fields read so far when the file starts (check the CSRF token
    there: it raises to refuse). Raises :class:`UploadRefused` for a broken form or a file
    over ``max_bytes``; then nothing is left in ``folder``.
    """
    kind, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise UploadRefused("history.not_a_form")
    result = StreamedUpload()
    part = _Part()
    handle: IO[bytes] | None = None
    problem: list[UploadRefused] = []

    def on_part_begin() -> None:
        part.reset()

    def on_header_field(data: bytes, start: int, end: int) -> None:
        part.header_name += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        part.header_value += data[start:end]

    def on_header_end() -> None:
        part.headers[part.header_name.decode("latin-1").lower()] = part.header_value
        part.header_name, part.header_value = b"", b""

    def on_headers_finished() -> None:
        nonlocal handle
        _, disposition = parse_options_header(part.headers.get("content-disposition", b""))
        part.name = disposition.get(b"name", b"").decode("utf-8", "replace")
        filename = disposition.get(b"filename")
        if filename is None or part.name != file_field:
            part.is_file = False
            return
        if result.path is not None:
            raise UploadRefused("history.one_file")
        before_file(dict(result.fields))
        part.is_file = True
        result.filename = filename.decode("utf-8", "replace")[:255]
        descriptor, name = tempfile.mkstemp(prefix="upload-", suffix=".part", dir=folder)
        result.path = Path(name)
        handle = os.fdopen(descriptor, "wb")

    def on_part_data(data: bytes, start: int, end: int) -> None:
        if part.is_file:
            assert handle is not None
            result.size += end - start
            if result.size > max_bytes:
                raise UploadRefused("history.too_large", limit=max_bytes // 1_000_000)
            handle.write(data[start:end])
        else:
            part.value += data[start:end]
            if len(part.value) > MAX_FIELD_BYTES:
                raise UploadRefused("history.not_a_form")

    def on_part_end() -> None:
        if part.is_file:
            result.complete = True
        elif part.name:
            if len(result.fields) >= MAX_FIELDS:
                raise UploadRefused("history.not_a_form")
            result.fields[part.name] = part.value.decode("utf-8", "replace")

    parser = MultipartParser(boundary, {
        "on_part_begin": on_part_begin, "on_header_field": on_header_field,
        "on_header_value": on_header_value, "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished, "on_part_data": on_part_data,
        "on_part_end": on_part_end})
    try:
        async for chunk in chunks:
            if chunk:
                parser.write(chunk)
        parser.finalize()
    except UploadRefused as exc:
        problem.append(exc)
    except BaseException:
        _close(handle)
        result.discard()
        raise
    _close(handle)
    if result.path is not None and not result.complete and not problem:
        problem.append(UploadRefused("history.not_a_form"))
    if problem or (result.path is not None and result.size == 0):
        result.discard()
        if problem:
            raise problem[0]
        result.path = None
    return result


def _close(handle: IO[bytes] | None) -> None:
    if handle is not None:
        with contextlib.suppress(OSError):
            handle.close()


@dataclass
class _Part:
    headers: dict[str, bytes] = field(default_factory=dict)
    header_name: bytes = b""
    header_value: bytes = b""
    name: str = ""
    value: bytes = b""
    is_file: bool = False

    def reset(self) -> None:
        self.headers, self.header_name, self.header_value = {}, b"", b""
        self.name, self.value, self.is_file = "", b"", False
