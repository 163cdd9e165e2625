"""Saved progress of a self-scan or quiz, in the person's own data folder only.

One small JSON file per kind (``selfscan.json``, ``quiz.json``) in ``WIJZER_DATA_DIR`` or
``$XDG_DATA_HOME/wijzer`` (default ``~/.local/share/wijzer``), readable by its owner only. It
holds option ids, quiz item ids and answers: no post texts, no name. ``--forget`` deletes it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from wijzer.learn.messages import LearnError

FORMAT = 1
MAX_BYTES = 100_000


def data_dir() -> Path:
    explicit = os.environ.get("WIJZER_DATA_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME")
    return (Path(base) if base else Path.home() / ".local" / "share") / "wijzer"


class ProgressStore:
    """Load, save (atomically: a crash never leaves half a file) and forget one kind."""

    def __init__(self, kind: str, folder: Path | None = None) -> None:
        self.kind = kind
        self.path = (folder or data_dir()) / f"{kind}.json"

    def load(self) -> dict[str, Any] | None:
        """The saved state, None if there is none; a damaged file is set aside with a message."""
        if not self.path.exists():
            return None
        try:
            raw = self.path.read_bytes()[:MAX_BYTES + 1]
            data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_BYTES else None
        except (OSError, UnicodeDecodeError, ValueError):
            data = None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise self.damaged()
        return data

    def damaged(self) -> LearnError:
        """Set a file that cannot be used aside (never delete what someone may want to see)
        and return the error that says so."""
        return LearnError("progress.damaged", path=self.path, backup=self._set_aside())

    def save(self, state: dict[str, Any]) -> None:
        data = {"format": FORMAT, **state}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=self.path.parent,
                                             prefix=f".{self.kind}-", delete=False) as handle:
                json.dump(data, handle)
            os.chmod(handle.name, 0o600)
            os.replace(handle.name, self.path)
        except OSError as exc:
            raise LearnError("progress.unwritable", path=self.path,
                             reason=exc.strerror or type(exc).__name__) from None

    def forget(self) -> bool:
        """Delete the saved state; whether there was one."""
        try:
            self.path.unlink()
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise LearnError("progress.unwritable", path=self.path,
                             reason=exc.strerror or type(exc).__name__) from None
        return True

    def _set_aside(self) -> Path:
        backup = self.path.with_suffix(".damaged.json")
        try:
            os.replace(self.path, backup)
        except OSError:
            return self.path
        return backup
