"""``wijzer eval``: accuracy of the checker on a labelled JSON Lines file."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wijzer.cli import exitcodes
from wijzer.cli.batch import check_records
from wijzer.engine.checker import Checker
from wijzer.errors import WijzerError
from wijzer.evaluation.metrics import Evaluation
from wijzer.evaluation.records import BadLine, read_records
from wijzer.pack.schema import CATEGORY_IDS


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("eval", parents=[common], help=t(
        "meet de nauwkeurigheid op een gelabelde set", "measure accuracy on a labelled set"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--format", choices=["human", "json"], default="human")
    parser.add_argument("--errors", action="store_true", help=t(
        "toon de berichten met een afwijkend oordeel (bevat berichtteksten)",
        "show the posts judged differently (includes post texts)"))
    parser.add_argument("--workers", type=int, default=0)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise WijzerError("file.missing", path=args.file)
    checker = Checker(args.pack)
    gold: dict[str, tuple[frozenset[str], str]] = {}
    texts: dict[str, str] = {}
    for item in read_records(args.file):
        if isinstance(item, BadLine):
            print(f"wijzer: {item.error.message(args.lang)}", file=sys.stderr)
            continue
        labels = item.labels or frozenset()
        gold[item.id] = (labels, _verdict(labels, checker))
        texts[item.id] = item.post.text
    evaluation = Evaluation(CATEGORY_IDS)
    mistakes: list[tuple[str, list[str], list[str]]] = []
    for post_id, result in check_records(args.file, checker, args.pack, args.workers):
        if isinstance(result, WijzerError) or post_id not in gold:
            continue
        labels, verdict = gold[post_id]
        predicted = {f["category"] for f in result["findings"]}
        evaluation.add(labels, predicted, verdict, result["verdict"])
        if predicted != set(labels):
            mistakes.append((post_id, sorted(labels), sorted(predicted)))
    if args.format == "json":
        print(json.dumps(evaluation.as_dict(), indent=2))
    else:
        print(_table(evaluation))
    if args.errors:
        for post_id, expected, guessed in mistakes:
            print(f"{post_id}: expected {expected} got {guessed} | {texts[post_id][:160]!r}")
    return exitcodes.OK


def _verdict(labels: frozenset[str], checker: Checker) -> str:
    severities = {checker.pack.severity(label).value for label in labels
                  if label in checker.pack.meta.categories}
    return "red" if "error" in severities else "orange" if severities else "green"


def _table(evaluation: Evaluation) -> str:
    data = evaluation.as_dict()
    lines = [f"{'category':<20} {'prec':>6} {'recall':>6} {'F1':>6} {'n':>5}"]
    per_category: dict[str, dict[str, float]] = data["per_category"]  # type: ignore[assignment]
    for category, row in per_category.items():
        lines.append(f"{category:<20} {row['precision']:>6.3f} {row['recall']:>6.3f} "
                     f"{row['f1']:>6.3f} {int(row['support']):>5}")
    micro: dict[str, float] = data["micro"]  # type: ignore[assignment]
    lines += [
        "",
        f"posts                     {data['posts']}",
        f"micro P / R / F1          {micro['precision']:.3f} / {micro['recall']:.3f} / "
        f"{micro['f1']:.3f}",
        f"macro F1                  {data['macro_f1']:.3f}",
        f"fine posts flagged        {data['fine_flagged_share']:.1%}",
        f"violating posts green     {data['violating_green_share']:.1%}",
        f"verdict accuracy          {data['verdict_accuracy']:.1%}",
        f"exact label match         {data['exact_match']:.1%}",
    ]
    return "\n".join(lines)
