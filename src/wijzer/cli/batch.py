"""Check a JSON Lines file of posts, in parallel when it pays; broken lines are reported."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
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
_VERDICTS = {rank: verdict for verdict, rank in _RANK.items()}
Render = Callable[[dict[str, Any]], Any]
Result = tuple[str, Any]  # (id, rendered batch line or WijzerError)
_worker_checker: Checker | None = None
_worker_render: Render | None = None


def run_batch(path: Path, checker: Checker, pack: str | None, lang: str, output: str,
              workers: int) -> int:
    if not path.is_file():
        raise WijzerError("file.missing", path=path)
    worst = 0
    failed = 0
    write = sys.stdout.write
    render = _as_human if output == "human" else _as_jsonl
    for _, result in check_records(path, checker, pack, workers, render):
        if isinstance(result, WijzerError):
            failed += 1
            print(f"wijzer: {result.message(lang)}", file=sys.stderr)
            continue
        rank, text = result
        worst = max(worst, rank)
        write(text)
    if failed:
        print(f"wijzer: {translate('batch.failed_lines', lang, count=failed)}", file=sys.stderr)
        return exitcodes.INPUT
    return exitcodes.BY_VERDICT[_VERDICTS[worst]]


def _as_jsonl(line: dict[str, Any]) -> tuple[int, str]:
    return _RANK[Verdict(line["verdict"])], json.dumps(line, ensure_ascii=False) + "\n"


def _as_human(line: dict[str, Any]) -> tuple[int, str]:
    verdict = Verdict(line["verdict"])
    categories = ", ".join(sorted({f["category"] for f in line["findings"]}))
    return _RANK[verdict], f"{line['id']}\t{_ICONS[verdict]} {verdict.value}\t{categories}\n"


def check_records(path: Path, checker: Checker, pack: str | None, workers: int,
                  render: Render | None = None) -> Iterator[Result]:
    """Yield (id, batch line or error) per line, in file order.

    Workers get raw lines and do the parsing themselves, and ``render`` (a module-level
    function) turns each batch line into what the caller writes, so the parent only
    reads and writes.
    """
    count = default_workers(workers)
    lines = read_lines(path)
    if count <= 1:
        for number, raw in lines:
            yield _check_one(checker, number, raw, render)
        return
    yield from map_chunks(_check_chunk, lines, workers=count, chunk_size=128,
                          initializer=_init_worker, initargs=(pack, render))


def _init_worker(pack: str | None, render: Render | None) -> None:
    global _worker_checker, _worker_render
    _worker_checker = Checker(pack)
    _worker_render = render


def _check_chunk(chunk: list[tuple[int, bytes]]) -> list[Result]:
    assert _worker_checker is not None
    return [_check_one(_worker_checker, number, raw, _worker_render) for number, raw in chunk]


def _check_one(checker: Checker, number: int, raw: bytes, render: Render | None) -> Result:
    item = parse_line(number, raw)
    if isinstance(item, BadLine):
        return str(item.line), item.error
    try:
        report = checker.check(item.post)
    except WijzerError as error:
        return item.id, LineError(item.line, error)
    line = batch_line(item.id, report)
    return item.id, render(line) if render else line
