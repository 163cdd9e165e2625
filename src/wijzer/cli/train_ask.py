"""``wijzer train-ask``: rebuild the learned ranker of ``wijzer ask`` from its training data."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wijzer.cli import exitcodes
from wijzer.errors import UsageError
from wijzer.pack.loader import load_pack

DEFAULT_QUESTIONS = (Path("data/ask/train-questions.jsonl"), Path("benchmarks/ask_questions.jsonl"))


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("train-ask", parents=[common], help=t(
        "train het antwoordmodel van 'wijzer ask' opnieuw",
        "retrain the answer model of 'wijzer ask'"))
    parser.add_argument("--questions", type=Path, action="append", help=t(
        "JSON Lines-bestand met gelabelde vragen (herhaalbaar; alleen trainingssplits tellen)",
        "JSON Lines file of labelled questions (repeatable; only training splits count)"))
    parser.add_argument("--output", type=Path, help=t(
        "modelbestand (standaard: dat uit faq.yml van het pakket)",
        "model file (default: the one named in the pack's faq.yml)"))
    parser.add_argument("--c", type=float, default=None, help="regularisation C")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wijzer.ask.faq import load_faq
    from wijzer.ask.train import DEFAULT_C, train_ranker

    pack = load_pack(args.pack)
    settings = load_faq(pack).ranker
    if args.output is None and settings is None:
        raise UsageError("train_ask.no_output")
    output = args.output or pack.path(settings.model if settings else "")
    c = DEFAULT_C if args.c is None else args.c
    if not 0 < c <= 1e6:
        raise UsageError("train_ask.bad_c")
    result = train_ranker(pack, args.questions or list(DEFAULT_QUESTIONS), output, c)
    print(f"{result.examples} examples, {result.labels} labels -> {result.path}")
    return exitcodes.OK
