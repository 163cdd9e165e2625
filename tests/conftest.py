"""Shared fixtures: the bundled pack and a checker, built once per session."""

from __future__ import annotations

import datetime as dt
import os
import tempfile

import pytest

from wijzer.engine.checker import Checker
from wijzer.pack.loader import load_pack
from wijzer.pack.model import Pack

# Keep the compiled-pack cache of test runs out of the user's own cache folder.
os.environ.setdefault("WIJZER_CACHE_DIR", tempfile.mkdtemp(prefix="wijzer-test-cache-"))


@pytest.fixture(scope="session")
def pack() -> Pack:
    return load_pack("zeeland")


@pytest.fixture(scope="session")
def checker(pack: Pack) -> Checker:
    return Checker(pack, today=dt.date(2026, 6, 1))
