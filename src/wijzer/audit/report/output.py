"""Write the report files into the output folder only, each whole or not at all.

Every file is written to a temporary name inside the folder and renamed into place once all
are complete, so an interrupted audit leaves no half report. A rename replaces a symbolic
link itself and never writes through it, so nothing lands outside the folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from wijzer.errors import UsageError, WijzerError

REPORT_FILES = ("report.html", "report.json", "posts.csv", "activity.csv")


def check_output(folder: Path, force: bool) -> None:
    """Refuse a file as output folder, or a folder holding a report (unless ``force``).

    Called before the audit starts, so a mistake costs no time; nothing is created yet.
    """
    if folder.exists() and not folder.is_dir():
        raise UsageError("audit.output_not_folder", path=folder)
    ancestor = folder
    while not os.path.lexists(ancestor) and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise UsageError("audit.output_not_folder", path=ancestor)
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise WijzerError("audit.output_unwritable", path=ancestor, reason="permission denied")
    existing = [name for name in REPORT_FILES if os.path.lexists(folder / name)]
    if existing and not force:
        raise UsageError("audit.output_exists", path=folder, files=", ".join(existing))


def write_files(folder: Path, files: Mapping[str, str], force: bool = False) -> list[Path]:
    """Write ``files`` (plain names to contents) into ``folder`` (created when missing)."""
    for name in files:
        if Path(name).name != name or name in ("", ".", ".."):
            raise ValueError(f"not a plain file name: {name!r}")
    check_output(folder, force)
    staged: list[tuple[str, str]] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
            staged.append((temporary, name))
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
        for temporary, name in staged:
            os.replace(temporary, folder / name)
    except OSError as exc:
        raise WijzerError("audit.output_unwritable", path=folder,
                          reason=exc.strerror or type(exc).__name__) from None
    finally:
        for temporary, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
    return [folder / name for name in files]
