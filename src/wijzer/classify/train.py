"""Train the text classifier on the project's own corpus (never on evaluation data).

Reproducible: fixed fold assignment and a deterministic solver, so the same
corpus gives the same model file. Needs the ``train`` extra (scikit-learn).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wijzer.classify.features import N_FEATURES, Lexicons, vectorize
from wijzer.classify.model import save_classifier
from wijzer.domain import Post
from wijzer.errors import WijzerError
from wijzer.evaluation.records import Record, read_records

FOLDS = 5


@dataclass
class TrainingResult:
    posts: int
    categories: list[str]
    thresholds: dict[str, float]
    cross_validated_f1: dict[str, float]
    path: Path


def load_corpus(folder: Path) -> list[Record]:
    files = sorted(folder.rglob("*.jsonl")) if folder.is_dir() else [folder]
    records = [item for file in files for item in read_records(file) if isinstance(item, Record)]
    if not records:
        raise WijzerError("train.no_data", path=folder)
    return records


def feature_matrix(posts: list[Post], lexicons: Lexicons | None = None) -> Any:
    from scipy.sparse import csr_matrix

    rows, cols, values = [], [], []
    for row, post in enumerate(posts):
        indices, weights = vectorize(post, lexicons)
        rows += [row] * len(indices)
        cols += indices
        values += weights
    return csr_matrix((values, (rows, cols)), shape=(len(posts), N_FEATURES), dtype="float32")


def fold_of(record_id: str) -> int:
    return int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % FOLDS


def best_threshold(probabilities: Any, truth: Any) -> tuple[float, float]:
    """The cut with the best F1 on out-of-fold predictions, leaning to precision on ties."""
    best = (0.5, 0.0)
    for cut in [x / 100 for x in range(20, 91, 2)]:
        predicted = probabilities >= cut
        tp = float((predicted & truth).sum())
        fp = float((predicted & ~truth).sum())
        fn = float((~predicted & truth).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 >= best[1]:
            best = (cut, f1)
    return best


def train(corpus: Path, output: Path, categories: list[str], c: float = 16.0,
          lexicons: Lexicons | None = None) -> TrainingResult:
    try:
        import numpy as np
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise WijzerError("train.needs_sklearn") from None

    records = load_corpus(corpus)
    matrix = feature_matrix([record.post for record in records], lexicons)
    folds = np.array([fold_of(record.id) for record in records])
    weights = np.zeros((N_FEATURES, len(categories)), dtype=np.float32)
    bias = np.zeros(len(categories), dtype=np.float32)
    thresholds: dict[str, float] = {}
    scores: dict[str, float] = {}
    for column, category in enumerate(categories):
        truth = np.array([category in (record.labels or ()) for record in records])
        if truth.sum() < FOLDS:
            continue
        probabilities = out_of_fold(matrix, truth, folds, c)
        thresholds[category], scores[category] = best_threshold(probabilities, truth)
        model = _model(LogisticRegression, c).fit(matrix, truth)
        weights[:, column] = model.coef_[0]
        bias[column] = model.intercept_[0]
    info = {"posts": len(records), "trained": dt.date.today().isoformat(), "C": c,
            "cross_validated_f1": {k: round(v, 3) for k, v in scores.items()}}
    save_classifier(output, categories, weights, bias, thresholds, info,
                    list(lexicons.names) if lexicons else [])
    return TrainingResult(len(records), categories, thresholds, scores, output)


def out_of_fold(matrix: Any, truth: Any, folds: Any, c: float, extra: Any = None,
                extra_truth: Any = None) -> Any:
    """Out-of-fold probabilities of one category for every row of ``matrix``.

    ``extra`` rows (with ``extra_truth``) train in every fold and are never scored: how a new
    batch of posts is judged on the posts that were there before it.
    """
    import numpy as np
    from scipy.sparse import vstack
    from sklearn.linear_model import LogisticRegression

    result = np.zeros(matrix.shape[0])
    for fold in range(FOLDS):
        test = folds == fold
        train_x, train_y = matrix[~test], truth[~test]
        if extra is not None:
            train_x = vstack([train_x, extra])
            train_y = np.concatenate([train_y, extra_truth])
        model = _model(LogisticRegression, c).fit(train_x, train_y)
        result[test] = model.predict_proba(matrix[test])[:, 1]
    return result


def _model(cls: Any, c: float) -> Any:
    return cls(C=c, class_weight="balanced", solver="liblinear", max_iter=1000)
