"""Keep a validated, compiled pack on disk so a cold start skips YAML parsing and list building.

The key covers every file of the pack and Wijzer's own source files (size and
modification time), so any change to either builds the pack anew. The cache
lives in the user's cache folder (``WIJZER_CACHE_DIR`` overrides it;
``WIJZER_NO_CACHE=1`` switches it off). It holds no post texts.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import wijzer

if TYPE_CHECKING:
    from wijzer.pack.model import Pack

_SOURCE = Path(wijzer.__file__).resolve().parent


def cache_file(root: Path) -> Path | None:
    if os.environ.get("WIJZER_NO_CACHE"):
        return None
    base = os.environ.get("WIJZER_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    folder = Path(base) if base else Path.home() / ".cache"
    if not os.environ.get("WIJZER_CACHE_DIR"):
        folder = folder / "wijzer"
    return folder / f"pack-{_key(root)}.pickle"


def _key(root: Path) -> str:
    digest = hashlib.sha256(f"{wijzer.__version__}|{root}".encode())
    for folder in (root, _SOURCE):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".pyc",) or not path.is_file():
                continue
            stat = path.stat()
            digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


def load_cached(root: Path) -> Pack | None:
    path = cache_file(root)
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            pack: Pack = pickle.load(handle)
    except Exception:  # a damaged or outdated cache is rebuilt, never fatal
        return None
    return pack


def store(root: Path, pack: Pack) -> None:
    path = cache_file(root)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            pickle.dump(pack, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return
