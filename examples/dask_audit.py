"""Audit many accounts' exports at once on a Dask cluster (organisation-wide history audit).

Install the extra first: pip install 'wijzer[dask]'. Then, on one machine:

    python examples/dask_audit.py exports/*.zip --output audit-organisation

or against an existing cluster (the workers need wijzer installed):

    python examples/dask_audit.py exports/*.zip --scheduler tcp://scheduler:8786 --output out

Writes one report folder per export (as ``wijzer audit`` would) and one ``organisation``
folder with the merged totals. The reports contain the employees' posts: keep them private.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from distributed import Client, LocalCluster

from wijzer.audit.distributed import audit_many, merge_audits, report_for
from wijzer.audit.report.files import render_files
from wijzer.audit.report.output import write_files
from wijzer.pack.loader import load_pack

FORMATS = {"html", "json", "csv"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("exports", nargs="+", type=Path)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--workers", type=int, default=2, help="local workers (no --scheduler)")
    parser.add_argument("--lang", choices=["nl", "en"], default="nl")
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    pack = load_pack(None)
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        audits = audit_many(args.exports, client, keep_going=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for index, audit in enumerate(audits, start=1):
        if audit.error is not None:
            print(f"{audit.path}: {audit.error.message(args.lang)}")
            continue
        folder = args.output / f"{index:03d}-{Path(audit.path).stem}"
        write_files(folder, render_files(report_for(audit), pack, args.lang, FORMATS), args.force)
        print(f"{folder}: {audit.tally.checked} posts checked")
    merged = merge_audits(audits)
    write_files(args.output / "organisation", render_files(merged, pack, args.lang, FORMATS),
                args.force)
    print(f"{args.output / 'organisation'}: {merged.checked} posts checked in total")


if __name__ == "__main__":
    main()
