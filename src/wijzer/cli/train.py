"""``wijzer train``: rebuild the pack's classifier model from the training corpus."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wijzer.cli import exitcodes
from wijzer.pack.loader import load_pack
from wijzer.pack.schema import CATEGORY_IDS


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("train", parents=[common], help=t(
        "train het classificatiemodel opnieuw", "retrain the classifier model"))
    parser.add_argument("--data", type=Path, default=Path("data/train"), help=t(
        "map met gelabelde JSON Lines-bestanden", "folder of labelled JSON Lines files"))
    parser.add_argument("--output", type=Path, help=t(
        "modelbestand (standaard: dat van het pakket)", "model file (default: the pack's)"))
    parser.add_argument("--c", type=float, default=16.0, help="regularisation C")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wijzer.classify.features import Lexicons
    from wijzer.classify.train import train

    pack = load_pack(args.pack)
    output = args.output or pack.path("models/classifier.v1.npz")
    names = list(pack.setting("classifier_feature_lists", []))
    lexicons = Lexicons(pack, tuple(names)) if names else None
    result = train(args.data, output, list(CATEGORY_IDS), args.c, lexicons)
    print(f"{result.posts} posts -> {result.path}")
    for category in result.categories:
        if category in result.thresholds:
            print(f"  {category:<20} cut {result.thresholds[category]:.2f}  "
                  f"cv F1 {result.cross_validated_f1[category]:.3f}")
    return exitcodes.OK
