"""Load only what answering needs from a pack: ``pack.yml`` and ``guideline.yml``, not the rules."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from wijzer.pack.loader import _read, resolve_pack
from wijzer.pack.model import Pack
from wijzer.pack.schema import GuidelineFile, PackFile


def load_guideline_pack(name_or_path: str | None = None) -> Pack:
    """A pack without its rules and models: quicker to load for ``wijzer ask``."""
    return _load(resolve_pack(name_or_path))


@lru_cache(maxsize=8)
def _load(root: Path) -> Pack:
    return Pack(root=root, meta=_read(root / "pack.yml", PackFile),
                guideline=_read(root / "guideline.yml", GuidelineFile))
