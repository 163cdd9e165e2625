"""Streaming: posts come out one at a time and memory stays flat however large the export."""

from __future__ import annotations

import json
import random
import tracemalloc
import zipfile
from pathlib import Path

from wijzer.audit import open_export


def _big_archive(path: Path, count: int, text_size: int) -> int:
    rng = random.Random(1)
    words = "Zeeland zee dijk strand veer brug fiets water natuur 🌊 😀 Café".split()
    pool = " ".join(rng.choices(words, k=50_000))  # random enough not to look like a bomb
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("data/tweets.js", "w") as out:
            out.write(b"window.YTD.tweets.part0 = [")
            for index in range(count):
                start = rng.randrange(len(pool) - text_size)
                text = f"Tweet {index} " + pool[start:start + text_size]
                record = {"tweet": {"id_str": str(index), "full_text": text,
                                    "created_at": "Wed Oct 10 20:19:24 +0000 2018"}}
                out.write(((", " if index else "") + json.dumps(record, indent=2)).encode())
            out.write(b"]")
        return archive.getinfo("data/tweets.js").file_size


def test_memory_stays_flat_on_a_large_archive(tmp_path: Path) -> None:
    path = tmp_path / "big.zip"
    size = _big_archive(path, count=1_200, text_size=8_000)
    assert size > 12_000_000
    tracemalloc.start()
    try:
        export = open_export(path)
        count = sum(1 for _ in export.posts())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 1_200
    assert peak < size / 10  # well under a tenth of the data: never loaded whole


def test_posts_come_out_before_the_archive_is_read_to_the_end(tmp_path: Path) -> None:
    path = tmp_path / "big.zip"
    _big_archive(path, count=500, text_size=2_000)
    export = open_export(path)
    posts = export.posts()
    first = next(posts)
    assert first.id == "0"
    assert export.summary.records_read == 1  # the rest has not been read yet
    posts.close()
    assert export.summary.members_read == {"data/tweets.js": 1}
