"""Shared helpers for the importer tests: the fixture exports, zipped or as folders."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from wijzer.audit import ImportedPost, open_export
from wijzer.audit.importers import Export

FIXTURES = Path(__file__).parent / "fixtures"


def zip_folder(source: Path, target: Path, prefix: str = "") -> Path:
    """Zip ``source`` the way the platforms deliver it (deflated, paths relative)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(source.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(source).as_posix())
    return target


def read_all(path: Path) -> tuple[Export, list[ImportedPost]]:
    export = open_export(path)
    return export, list(export.posts())


def by_source(posts: list[ImportedPost]) -> dict[str, ImportedPost]:
    return {post.source.rsplit("/", 1)[-1]: post for post in posts}


@pytest.fixture(params=["folder", "zip"])
def as_export(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], Path]:
    """Turns a fixture folder name into an export path, once as a folder and once as a zip."""
    def make(name: str) -> Path:
        if request.param == "folder":
            return FIXTURES / name
        return zip_folder(FIXTURES / name, tmp_path / f"{name}.zip")
    return make
