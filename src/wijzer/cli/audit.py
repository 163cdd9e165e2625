"""``wijzer audit EXPORT --output DIR``: check a whole history of posts and write a report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wijzer.cli import exitcodes
from wijzer.errors import UsageError
from wijzer.i18n import translate

FORMATS = ("html", "json", "csv")  # also in audit.report.files (imported lazily)


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("audit", parents=[common], help=t(
        "blik terug op je berichten: controleer een hele export van een platform",
        "look back at your posts: check a platform's whole data export"))
    parser.add_argument("export", type=Path, help=t(
        "de export: zip, map of bestand (LinkedIn, X, Facebook, Instagram, CSV, JSON Lines)",
        "the export: zip, folder or file (LinkedIn, X, Facebook, Instagram, CSV, JSON Lines)"))
    parser.add_argument("--output", "-o", type=Path, required=True, help=t(
        "map voor het rapport (wordt gemaakt als die niet bestaat)",
        "folder for the report (created when missing)"))
    parser.add_argument("--field", help=t(
        "je eigen vakgebied, een onderwerp uit het beleidspakket (bijv. water, mobility)",
        "your own field, a subject of the policy pack (e.g. water, mobility)"))
    parser.add_argument("--format", default="html,json,csv", help=t(
        "welke bestanden: html, json, csv, met komma's (standaard alle)",
        "which files: html, json, csv, comma-separated (default all)"))
    parser.add_argument("--workers", type=int, default=0, help=t(
        "processen (standaard: automatisch)", "processes (default: auto)"))
    parser.add_argument("--force", action="store_true", help=t(
        "vervang een bestaand rapport in de map", "replace an existing report in the folder"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the other commands must not pay for the audit's modules at start-up.
    from wijzer.audit.pipeline import audit_export
    from wijzer.audit.report.files import render_files
    from wijzer.audit.report.output import check_output, write_files
    from wijzer.cli.progress import ProgressBar
    from wijzer.engine.parallel import default_workers
    from wijzer.pack.loader import load_pack

    formats = _formats(args.format)
    pack = load_pack(args.pack)
    if args.field is not None and args.field not in pack.meta.subjects:
        raise UsageError("audit.unknown_field", field=args.field,
                         choices=", ".join(pack.meta.subjects))
    if args.workers < 0:
        raise UsageError("usage.invalid", detail="--workers", usage="--workers N (N >= 0)")
    check_output(args.output, args.force)
    bar = ProgressBar(args.lang) if sys.stderr.isatty() else None
    try:
        report = audit_export(args.export, pack=args.pack, workers=default_workers(args.workers),
                              field=args.field, progress=bar, count_first=bar is not None)
    finally:
        if bar is not None:
            bar.close()
    write_files(args.output, render_files(report, pack, args.lang, formats), args.force)
    shown = args.output / ("report.html" if "html" in formats else "report.json" if "json" in
                           formats else "posts.csv")
    look = report.verdicts.get("orange", 0) + report.verdicts.get("red", 0)
    print(translate("audit.done", args.lang, posts=report.imported["posts_yielded"], look=look,
                    path=shown))
    problems = len(report.imported.get("member_problems", {}))
    if report.skipped_records or problems:
        print(translate("audit.skipped", args.lang, count=report.skipped_records + problems))
    return exitcodes.OK


def _formats(value: str) -> set[str]:
    chosen = {part.strip().lower() for part in value.split(",") if part.strip()}
    unknown = sorted(chosen - set(FORMATS))
    if unknown or not chosen:
        raise UsageError("audit.unknown_output_format", value=",".join(unknown) or value,
                         choices=", ".join(FORMATS))
    return chosen
