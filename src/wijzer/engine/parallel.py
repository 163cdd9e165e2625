"""Map a function over a stream in worker processes: ordered, chunked, bounded in flight."""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from multiprocessing import get_context
from multiprocessing.pool import AsyncResult
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def default_workers(workers: int) -> int:
    """``workers`` if given (> 0), else the CPU count, at most 4."""
    return workers if workers > 0 else min(os.cpu_count() or 1, 4)


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _start_worker(initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool: one message, no tracebacks."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)


def map_chunks(work: Callable[[list[Item]], list[Result]], items: Iterable[Item], *,
               workers: int, chunk_size: int = 128, initializer: Callable[..., None] | None = None,
               initargs: tuple[Any, ...] = (), in_flight: int = 0) -> Iterator[Result]:
    """``work`` applied to chunks of ``items`` in ``workers`` processes; results in input order.

    At most ``in_flight`` chunks (default: three per worker) are sent ahead of the one being
    yielded, so a stream of any length is read only as fast as it is processed: memory stays
    bounded (``Pool.imap`` would read the whole input ahead). ``work`` and ``initializer``
    must be module-level functions; on Linux the workers are forked.
    """
    limit = in_flight or 3 * workers
    context = get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(workers, initializer=_start_worker,
                      initargs=(initializer, initargs)) as pool:
        pending: deque[AsyncResult[list[Result]]] = deque()
        for chunk in chunked(items, chunk_size):
            pending.append(pool.apply_async(work, (chunk,)))
            while len(pending) >= limit:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
