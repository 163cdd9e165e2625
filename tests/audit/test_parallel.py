"""The shared worker pool: results in input order, and the input read only a little ahead."""

from __future__ import annotations

from collections.abc import Iterator

from wijzer.engine.parallel import chunked, default_workers, map_chunks


def _double(chunk: list[int]) -> list[int]:
    return [2 * value for value in chunk]


def test_results_keep_the_input_order() -> None:
    assert list(map_chunks(_double, range(1000), workers=2, chunk_size=7)) == \
        [2 * value for value in range(1000)]


def test_input_is_read_only_a_bounded_way_ahead() -> None:
    taken = 0

    def stream() -> Iterator[int]:
        nonlocal taken
        for value in range(100_000):
            taken += 1
            yield value

    results = map_chunks(_double, stream(), workers=2, chunk_size=10, in_flight=4)
    first = next(results)
    assert first == 0 and taken <= 4 * 10 + 10
    for _ in range(100):
        next(results)
    assert taken <= 100 + 5 * 10
    results.close()


def test_empty_input_and_helpers() -> None:
    assert list(map_chunks(_double, [], workers=2)) == []
    assert list(chunked(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert default_workers(3) == 3 and 1 <= default_workers(0) <= 4
