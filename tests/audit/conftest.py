"""Fixtures for the importer tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from audit_helpers import FIXTURES, zip_folder


@pytest.fixture(params=["folder", "zip"])
def as_export(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], Path]:
    """Turns a fixture folder name into an export path, once as a folder and once as a zip."""
    def make(name: str) -> Path:
        if request.param == "folder":
            return FIXTURES / name
        return zip_folder(FIXTURES / name, tmp_path / f"{name}.zip")
    return make
