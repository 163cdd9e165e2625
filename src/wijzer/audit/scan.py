"""Check every post of a stream, in worker processes when asked, into one mergeable tally."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from wijzer.audit.check import check_item
from wijzer.audit.focus import SubjectMatcher
from wijzer.audit.importers import Export, ImportLimits, open_export
from wijzer.audit.importers.export import DEFAULT_LIMITS
from wijzer.audit.importers.model import ImportedPost
from wijzer.audit.results import AuditTally, CheckedPost
from wijzer.engine.checker import Checker
from wijzer.engine.parallel import map_chunks
from wijzer.pack.loader import load_pack

Progress = Callable[[int], None]  # called with the number of posts checked so far
CHUNK = 128

_worker: tuple[Checker, SubjectMatcher] | None = None  # set in each worker process only


def scan_posts(posts: Iterable[ImportedPost], pack: str | None = None, *, workers: int = 1,
               progress: Progress | None = None, cap: int | None = None) -> AuditTally:
    """The tally over ``posts``; ``pack`` is a pack name or folder (workers load it too)."""
    loaded = load_pack(pack)
    tally = AuditTally(cap=cap if cap is not None else int(loaded.setting("audit_max_listed",
                                                                          500)))
    if workers <= 1:
        checker, matcher = Checker(loaded), SubjectMatcher(loaded)
        results: Iterable[CheckedPost] = (check_item(checker, matcher, item) for item in posts)
    else:
        results = map_chunks(_check_chunk, posts, workers=workers, chunk_size=CHUNK,
                             initializer=_init_worker, initargs=(pack,))
    for count, result in enumerate(results, start=1):
        tally.add(result)
        if progress is not None and count % CHUNK == 0:
            progress(count)
    if progress is not None:
        progress(tally.checked + sum(tally.not_checked.values()))
    return tally


def scan_export(export: Export, pack: str | None = None, *, workers: int = 1,
                progress: Progress | None = None, cap: int | None = None) -> AuditTally:
    """The tally over every post of an opened export (its summary fills in as it is read)."""
    return scan_posts(export.posts(), pack, workers=workers, progress=progress, cap=cap)


def audit_path(path: Path | str, pack: str | None = None, *, workers: int = 1,
               limits: ImportLimits = DEFAULT_LIMITS, cap: int | None = None
               ) -> tuple[dict[str, object], AuditTally]:
    """Open and scan one export: (its import summary as data, the tally). Used by Dask too."""
    export = open_export(Path(path), limits)
    tally = scan_export(export, pack, workers=workers, cap=cap)
    return export.summary.as_dict(), tally


def _init_worker(pack: str | None) -> None:
    global _worker
    loaded = load_pack(pack)
    _worker = (Checker(loaded), SubjectMatcher(loaded))


def _check_chunk(chunk: list[ImportedPost]) -> list[CheckedPost]:
    assert _worker is not None
    checker, matcher = _worker
    return [check_item(checker, matcher, item) for item in chunk]
