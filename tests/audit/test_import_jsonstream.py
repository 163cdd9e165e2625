"""The incremental JSON reader: chunk boundaries, object wrappers, bad and truncated records."""

from __future__ import annotations

import io
import json
import random
from typing import Any

import pytest

from wijzer.audit.importers import jsonbuffer
from wijzer.audit.importers.jsonstream import (
    BAD,
    NotJson,
    RecordTooLarge,
    Truncated,
    iter_records,
)


def _records(text: str, keys: tuple[str, ...] = (), max_record: int = 1 << 20) -> list[Any]:
    return list(iter_records(io.BytesIO(text.encode("utf-8")), keys, max_record))


def _sample(count: int) -> list[Any]:
    rng = random.Random(4)
    words = ["zee", "dijk", "\"quote\"", "back\\slash", "😀", "é", "[", "}", ",", "\n"]
    return [{"tweet": {"id": index, "text": " ".join(rng.choices(words, k=rng.randint(0, 30))),
                       "n": [index, 1.5, None, True], "nested": {"a": [{"b": "c"}]}}}
            for index in range(count)] + [12345, "tekst", [1, 2]]


@pytest.mark.parametrize("chunk", [1, 3, 7, 64, 1 << 16])
def test_every_chunk_size_gives_the_same_records(monkeypatch: pytest.MonkeyPatch,
                                                 chunk: int) -> None:
    monkeypatch.setattr(jsonbuffer, "CHUNK", chunk)
    data = _sample(40)
    text = "window.YTD.tweets.part0 = " + json.dumps(data, indent=2, ensure_ascii=False)
    assert _records(text) == data


def test_array_under_a_key_after_other_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonbuffer, "CHUNK", 5)
    text = json.dumps({"meta": {"x": [1, {"y": "]"}]}, "other": "}",
                       "comments_v2": [{"a": 1}, {"a": 2}], "after": 1})
    assert _records(text, ("comments_v2",)) == [{"a": 1}, {"a": 2}]
    assert _records(text, ("missing",)) == []


def test_bad_records_are_marked_and_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonbuffer, "CHUNK", 4)
    text = '[{"a": 1}, {"a": oeps, "b": [1, 2]}, {"a": 3,}, {"a": "}{"}, tru, {"a": 5}]'
    assert _records(text) == [{"a": 1}, BAD, BAD, {"a": "}{"}, BAD, {"a": 5}]


def test_byte_order_mark_whitespace_and_empty_array() -> None:
    assert list(iter_records(io.BytesIO(b"\xef\xbb\xbf  [ ]  "))) == []
    assert list(iter_records(io.BytesIO(b""))) == []


def test_truncated_data_yields_what_came_before() -> None:
    stream = iter_records(io.BytesIO(b'[{"a": 1}, {"a": 2}, {"a": "onvolle'))
    assert next(stream) == {"a": 1}
    assert next(stream) == {"a": 2}
    with pytest.raises(Truncated):
        next(stream)
    with pytest.raises(Truncated):
        _records('[{"a": 1},')


def test_not_json() -> None:
    with pytest.raises(NotJson):
        _records("<html>nope</html>")
    with pytest.raises(NotJson):
        _records('{"a": 1}')  # an object, and no key to look in


def test_record_larger_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonbuffer, "CHUNK", 64)
    with pytest.raises(RecordTooLarge):
        _records('[{"a": "' + "x" * 5000, max_record=1000)


def test_stray_closing_brackets_do_not_stall_the_reader() -> None:
    assert _records('[{"a": 1}, }}, {"a": 2}]') == [{"a": 1}, BAD, BAD, {"a": 2}]
    assert _records("[" + "[" * 100_000 + "]" * 100_000 + ', {"a": 2}]') == [BAD, {"a": 2}]
