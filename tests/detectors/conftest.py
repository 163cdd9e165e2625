"""Fixtures for testing one rule type alone: the bundled pack without its other rules."""

from __future__ import annotations

import pytest

from wijzer.pack.loader import load_pack_without_rules
from wijzer.pack.model import Pack


@pytest.fixture(scope="session")
def bare_pack() -> Pack:
    return load_pack_without_rules("zeeland")
