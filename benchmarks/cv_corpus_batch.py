"""Does a new batch of training posts help the classifier on the posts that were there before?

Run: .venv/bin/python benchmarks/cv_corpus_batch.py data/train/corpus-n-short-replies.jsonl

5-fold cross-validation over the corpus (``data/train``, the same fixed folds as
``wijzer train``), scored only on the posts outside the batch: once trained without the batch,
once with it (the batch trains in every fold). Per category it prints the best out-of-fold F1
on those posts. ``wijzer train`` itself prints F1 over all posts, batch included, which cannot
compare a corpus before and after a batch. Dev is never used.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wijzer.classify.features import Lexicons
from wijzer.classify.train import (
    FOLDS,
    best_threshold,
    feature_matrix,
    fold_of,
    load_corpus,
    out_of_fold,
)
from wijzer.pack.loader import load_pack
from wijzer.pack.schema import CATEGORY_IDS

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", type=Path, help="the new corpus file (inside data/train)")
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "train")
    parser.add_argument("--c", type=float, default=16.0)
    args = parser.parse_args()
    pack = load_pack(None)
    names = tuple(pack.setting("classifier_feature_lists", []))
    lexicons = Lexicons(pack, names) if names else None
    batch_ids = {record.id for record in load_corpus(args.batch)}
    records = load_corpus(args.data)
    base = [record for record in records if record.id not in batch_ids]
    added = [record for record in records if record.id in batch_ids]
    matrix = feature_matrix([record.post for record in base], lexicons)
    extra = feature_matrix([record.post for record in added], lexicons)
    folds = np.array([fold_of(record.id) for record in base])
    print(f"{len(base)} posts scored, batch of {len(added)}; F1 without -> with the batch")
    for category in CATEGORY_IDS:
        truth = np.array([category in (record.labels or ()) for record in base])
        extra_truth = np.array([category in (record.labels or ()) for record in added])
        if truth.sum() < FOLDS:
            continue
        without = best_threshold(out_of_fold(matrix, truth, folds, args.c), truth)
        with_batch = best_threshold(
            out_of_fold(matrix, truth, folds, args.c, extra, extra_truth), truth)
        print(f"  {category:<20} {without[1]:.3f} -> {with_batch[1]:.3f}"
              f"  ({with_batch[1] - without[1]:+.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
