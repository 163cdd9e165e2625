"""List and open the members of an export (zip, folder or one file); nothing is extracted."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from wijzer.audit.importers.model import ImportLimits
from wijzer.audit.importers.names import is_safe_name
from wijzer.errors import WijzerError

_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Member:
    """One file of the export; ``packed`` is its compressed size in a zip."""

    name: str
    size: int
    packed: int | None = None


@dataclass(frozen=True)
class Listing:
    """The safe members of an export and the names that were refused."""

    kind: str  # "zip", "folder" or "file"
    members: tuple[Member, ...]
    unsafe: tuple[str, ...]


def list_export(path: Path, limits: ImportLimits) -> Listing:
    """The members of ``path``; clear errors for a missing, corrupt or truncated export."""
    if not path.exists():
        raise WijzerError("file.missing", path=path)
    if path.is_dir():
        return _list_folder(path, limits)
    with _open_binary(path) as handle:
        magic = handle.read(4)
    if magic == _ZIP_MAGIC or zipfile.is_zipfile(path) or path.suffix.lower() == ".zip":
        return _list_zip(path, limits, magic == _ZIP_MAGIC)
    name = f"{path.parent.name}/{path.name}" if path.parent.name else path.name
    return Listing("file", (Member(name, path.stat().st_size),), ())


def _list_zip(path: Path, limits: ImportLimits, has_magic: bool) -> Listing:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        code = "audit.truncated" if has_magic else "audit.corrupt_archive"
        raise WijzerError(code, path=path, reason=str(exc) or type(exc).__name__) from None
    if len(infos) > limits.max_members:
        raise WijzerError("audit.too_many_members", path=path, count=len(infos),
                          limit=limits.max_members)
    members, unsafe = [], []
    for info in infos:
        if info.is_dir():
            continue
        if is_safe_name(info.filename):
            members.append(Member(info.filename, info.file_size, info.compress_size))
        else:
            unsafe.append(info.filename)
    return Listing("zip", tuple(members), tuple(unsafe))


def _list_folder(root: Path, limits: ImportLimits) -> Listing:
    members, unsafe, count = [], [], 0
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(files) + [d for d in dirs if Path(folder, d).is_symlink()]:
            count += 1
            if count > limits.max_members:
                raise WijzerError("audit.too_many_members", path=root, count=f">{count - 1}",
                                  limit=limits.max_members)
            full = Path(folder, name)
            relative = full.relative_to(root).as_posix()
            if full.is_symlink() or not full.is_file():
                unsafe.append(relative)
            else:
                members.append(Member(relative, full.stat().st_size))
    return Listing("folder", tuple(members), tuple(unsafe))


class Opener:
    """Opens members of one export as binary streams; a zip stays open while in use."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path, self.kind = path, kind
        self._zip: zipfile.ZipFile | None = None

    def __enter__(self) -> Opener:
        if self.kind == "zip":
            try:
                self._zip = zipfile.ZipFile(self.path)
            except (zipfile.BadZipFile, OSError) as exc:
                raise WijzerError("audit.corrupt_archive", path=self.path,
                                  reason=str(exc)) from None
        return self

    def __exit__(self, *_: object) -> None:
        if self._zip is not None:
            self._zip.close()

    @contextmanager
    def open(self, member: Member) -> Iterator[BinaryIO]:
        if self._zip is not None:
            with self._zip.open(member.name) as stream:
                yield stream  # type: ignore[misc]
        elif self.kind == "folder":
            with (self.path / member.name).open("rb") as handle:
                yield handle
        else:
            with self.path.open("rb") as handle:
                yield handle


@contextmanager
def _open_binary(path: Path) -> Iterator[BinaryIO]:
    try:
        with path.open("rb") as handle:
            yield handle
    except OSError as exc:
        raise WijzerError("file.unreadable", path=path, reason=exc.strerror) from None
