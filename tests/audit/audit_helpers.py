"""Helpers for the importer tests: the fixture exports, zipped or as folders."""

from __future__ import annotations

import zipfile
from pathlib import Path

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
    """Posts by the file name and record number of their source."""
    return {post.source.rsplit("/", 1)[-1]: post for post in posts}
