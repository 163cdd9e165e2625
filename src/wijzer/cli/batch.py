"""Check a JSON Lines file of posts, in parallel when it pays; broken lines are reported."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wijzer.cli import exitcodes
from wijzer.domain import Verdict
from wijzer.engine.checker import Checker
from wijzer.engine.parallel import default_workers, map_chunks
from wijzer.engine.serialize import batch_line
from wijzer.errors import WijzerError
from wijzer.evaluation.records import BadLine, LineError, parse_line, read_lines
from wijzer.i18n import translate

_ICONS = {Verdict.GREEN: "🟢", Verdict.ORANGE: "🟠", Verdict.RED: "🔴"}
_RANK = {Verdict.GREEN: 0, Verdict.ORANGE: 1, Verdict.RED: 2}
_worker_checker: Checker | None = None
Result = tuple[str, dict[str, Any] | WijzerError]


def run_batch(path: Path, checker: Checker, pack: str | None, lang: str, output: str,
              workers: int) -> int:
    if not path.is_file():
        raise WijzerError("file.missing", path=path)
    worst = Verdict.GREEN
    failed = 0
    write = sys.stdout.write
    for post_id, result in check_records(path, checker, pack, workers):
        if isinstance(result, WijzerError):
            failed += 1
            print(f"wijzer: {result.message(lang)}", file=sys.stderr)
            continue
        verdict = Verdict(result["verdict"])
        worst = verdict if _RANK[verdict] > _RANK[worst] else worst
        if output == "human":
            categories = ", ".join(sorted({f["category"] for f in result["findings"]}))
            write(f"{post_id}\t{_ICONS[verdict]} {verdict.value}\t{categories}\n")
        else:
            write(json.dumps(result, ensure_ascii=False) + "\n")
    if failed:
        print(f"wijzer: {translate('batch.failed_lines', lang, count=failed)}", file=sys.stderr)
        return exitcodes.INPUT
    return exitcodes.BY_VERDICT[worst]


def check_records(path: Path, checker: Checker, pack: str | None,
                  workers: int) -> Iterator[Result]:
    """Yield (id, batch line or error) per line, in file order.

    Workers get raw lines and do the parsing themselves, so the parent only
    reads and writes.
    """
    count = default_workers(workers)
    lines = read_lines(path)
    if count <= 1:
        for number, raw in lines:
            yield _check_one(checker, number, raw)
        return
    yield from map_chunks(_check_chunk, lines, workers=count, chunk_size=128,
                          initializer=_init_worker, initargs=(pack,))


def _init_worker(pack: str | None) -> None:
    global _worker_checker
    _worker_checker = Checker(pack)


def _check_chunk(chunk: list[tuple[int, bytes]]) -> list[Result]:
    assert _worker_checker is not None
    return [_check_one(_worker_checker, number, raw) for number, raw in chunk]


def _check_one(checker: Checker, number: int, raw: bytes) -> Result:
    item = parse_line(number, raw)
    if isinstance(item, BadLine):
        return str(item.line), item.error
    try:
        report = checker.check(item.post)
    except WijzerError as error:
        return item.id, LineError(item.line, error)
    return item.id, batch_line(item.id, report)
