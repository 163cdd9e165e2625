"""Speed of the checker: warm in-process latency, batch throughput, cold start.

Run: .venv/bin/python benchmarks/bench_checker.py [--posts N] [--cold-runs N]
Targets (issue 2): p95 warm check < 5 ms; batch >= 2,000 posts/s on 2 cores;
``wijzer check "..."`` cold start < 0.5 s wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wijzer.engine.checker import Checker
from wijzer.evaluation.records import Record, read_records

ROOT = Path(__file__).resolve().parents[1]
WIJZER = ROOT / ".venv" / "bin" / "wijzer"


def corpus_posts() -> list[Record]:
    records = []
    for path in sorted((ROOT / "data" / "train").glob("*.jsonl")):
        records += [item for item in read_records(path) if isinstance(item, Record)]
    return records


def warm_latency(records: list[Record]) -> dict[str, float]:
    checker = Checker()
    for record in records[:200]:
        checker.check(record.post)
    timings = []
    for record in records:
        start = time.perf_counter()
        checker.check(record.post)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {"posts": len(timings), "mean_ms": statistics.fmean(timings),
            "p50_ms": timings[len(timings) // 2], "p95_ms": timings[int(len(timings) * 0.95)],
            "p99_ms": timings[int(len(timings) * 0.99)], "max_ms": timings[-1],
            "mean_chars": statistics.fmean(len(r.post.text) for r in records)}


def batch_throughput(records: list[Record], total: int, workers: int) -> dict[str, float]:
    lines = []
    for index in range(total):
        record = records[index % len(records)]
        post = record.post
        lines.append(json.dumps({
            "id": f"b{index}", "text": post.text, "platform": post.platform,
            "reply_to": post.reply_to,
            "posted_at": post.posted_at.isoformat() if post.posted_at else None,
            "attachments": [{"type": a.type, "credit": a.credit, "note": a.note}
                            for a in post.attachments]}, ensure_ascii=False))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "posts.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        start = time.perf_counter()
        result = subprocess.run([str(WIJZER), "check", "--input", str(path), "--format", "jsonl",
                                 "--workers", str(workers)], capture_output=True,
                                check=False)
        elapsed = time.perf_counter() - start
    out_lines = result.stdout.count(b"\n")
    return {"posts": total, "workers": workers, "seconds": elapsed,
            "posts_per_second": out_lines / elapsed, "output_lines": out_lines}


def cold_start(runs: int) -> dict[str, float]:
    text = "Vandaag de nieuwe fietstunnel bij Serooskerke geopend, zie zeeland.nl."
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(WIJZER), "check", text], stdout=subprocess.DEVNULL, check=False)
        timings.append(time.perf_counter() - start)
    timings.sort()
    return {"runs": runs, "median_s": statistics.median(timings), "max_s": timings[-1],
            "min_s": timings[0]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--cold-runs", type=int, default=10)
    args = parser.parse_args()
    records = corpus_posts()
    results = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "warm": warm_latency(records),
        "peak_rss_mb_in_process": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "batch_2_workers": batch_throughput(records, args.posts, 2),
        "batch_1_worker": batch_throughput(records, args.posts // 4, 1),
        "cold_start": cold_start(args.cold_runs),
    }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
