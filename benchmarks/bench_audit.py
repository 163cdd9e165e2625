"""Speed and memory of ``wijzer audit`` on a generated X archive (issue 4).

Run: .venv/bin/python benchmarks/bench_audit.py [--posts 100000] [--workers 2]
Target: 100,000 posts audited in under 60 seconds with ``--workers 2`` on the 2-core machine,
without loading the archive whole. The audit runs as a separate ``wijzer audit`` process;
peak memory is the largest sum of resident sizes of that process and its worker processes
(sampled from /proc every 0.1 s), and also each's own maximum from getrusage.
The CPU time of all audit processes is reported too: on a shared machine (load average
above the core count) wall time says more about the neighbours than about Wijzer, while
CPU milliseconds per post do not depend on them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_import import make_x_archive

PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * PAGE
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += [child for child, parent in parents.items() if parent == pid]
    return total


def run_audit(archive: Path, out: Path, workers: int) -> dict[str, object]:
    wijzer = Path(sys.executable).with_name("wijzer")
    command = [str(wijzer), "audit", str(archive), "--output", str(out), "--workers",
               str(workers)]
    peak = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.1):
            peak = max(peak, tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"audit failed ({process.returncode}): {stderr.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = after.ru_maxrss / 1024
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    report = json.loads((out / "report.json").read_text("utf-8"))
    return {"workers": workers, "posts": report["import"]["posts_yielded"],
            "checked": report["checked"], "seconds": round(seconds, 1),
            "posts_per_second": round(report["checked"] / seconds),
            "cpu_seconds_all_processes": round(cpu, 1),
            "cpu_ms_per_post": round(1000 * cpu / max(report["checked"], 1), 2),
            "load_average_before_after": [round(load_before, 2),
                                          round(os.getloadavg()[0], 2)],
            "peak_tree_rss_mb": round(peak / 2**20, 1),
            "largest_single_process_max_rss_mb": round(children, 1),
            "flagged": report["flagged_total"],
            "report_mb": round(sum(p.stat().st_size for p in out.iterdir()) / 2**20, 2),
            "stdout": stdout.decode().strip().splitlines()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--workers", type=int, action="append")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        archive = make_x_archive(folder, args.posts)
        print(json.dumps({"archive_mb": round(archive.stat().st_size / 2**20, 1),
                          "posts": args.posts}))
        for workers in args.workers or [2]:
            print(json.dumps(run_audit(archive, folder / f"out-{workers}", workers)), flush=True)


if __name__ == "__main__":
    main()
