"""Check a JSON Lines file of posts, in parallel when it pays; broken lines are reported."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from wijzer.cli import exitcodes
from wijzer.domain import Verdict
from wijzer.engine.checker import Checker
from wijzer.engine.serialize import batch_line
from wijzer.errors import WijzerError
from wijzer.evaluation.records import BadLine, Record, read_records
from wijzer.i18n import translate

_worker_checker: Checker | None = None
_ICONS = {Verdict.GREEN: "🟢", Verdict.ORANGE: "🟠", Verdict.RED: "🔴"}


def run_batch(path: Path, checker: Checker, pack: str | None, lang: str, output: str,
              workers: int) -> int:
    if not path.is_file():
        raise WijzerError("file.missing", path=path)
    worst = Verdict.GREEN
    failed = 0
    rank = {Verdict.GREEN: 0, Verdict.ORANGE: 1, Verdict.RED: 2}
    for record, result in check_records(path, checker, pack, workers):
        if isinstance(result, WijzerError):
            failed += 1
            print(f"wijzer: {result.message(lang)}", file=sys.stderr)
            continue
        verdict = Verdict(result["verdict"])
        worst = verdict if rank[verdict] > rank[worst] else worst
        if output == "human":
            categories = ", ".join(sorted({f["category"] for f in result["findings"]}))
            print(f"{record}\t{_ICONS[verdict]} {verdict.value}\t{categories}")
        else:
            print(json.dumps(result, ensure_ascii=False))
    if failed:
        print(f"wijzer: {translate('batch.failed_lines', lang, count=failed)}", file=sys.stderr)
        return exitcodes.INPUT
    return exitcodes.BY_VERDICT[worst]


def check_records(path: Path, checker: Checker, pack: str | None,
                  workers: int) -> Iterator[tuple[str, dict[str, Any] | WijzerError]]:
    """Yield (id, batch line or error) per line, in file order."""
    count = workers or min(os.cpu_count() or 1, 4)
    items = read_records(path)
    if count <= 1:
        for item in items:
            yield _check_one(checker, item)
        return
    context = get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(count, initializer=_init_worker, initargs=(pack,)) as pool:
        yield from pool.imap(_check_in_worker, items, chunksize=64)


def _init_worker(pack: str | None) -> None:
    global _worker_checker
    _worker_checker = Checker(pack)


def _check_in_worker(item: Record | BadLine) -> tuple[str, dict[str, Any] | WijzerError]:
    assert _worker_checker is not None
    return _check_one(_worker_checker, item)


def _check_one(checker: Checker,
               item: Record | BadLine) -> tuple[str, dict[str, Any] | WijzerError]:
    if isinstance(item, BadLine):
        return str(item.line), item.error
    try:
        report = checker.check(item.post)
    except WijzerError as error:
        from wijzer.evaluation.records import LineError

        return item.id, LineError(item.line, error)
    return item.id, batch_line(item.id, report)

