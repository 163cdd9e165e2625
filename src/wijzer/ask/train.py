"""Train the learned ranker (``wijzer train-ask``); needs the ``train`` extra (scikit-learn).

Training material: every FAQ phrasing, every guideline entry's texts, and written questions in
JSON Lines (``question``, ``faq``, ``guideline``, ``no_answer``, optional ``split``). Only rows
of the splits in ``TRAIN_SPLITS`` are used, so blind benchmark splits can never leak in.
Reproducible: a deterministic solver over a fixed order of examples.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wijzer.ask.faq import load_faq
from wijzer.ask.features import N_FEATURES, question_counts, vector
from wijzer.ask.index import Index, build_index
from wijzer.ask.ranker import NONE, entry_label, faq_label, save_ranker
from wijzer.ask.synonyms import SYNONYMS_FILE
from wijzer.errors import WijzerError
from wijzer.pack.model import Pack

# Splits that were tuned on (benchmarks/ask_questions.jsonl), the retired blind sets
# (holdout3-5, retired in session 5 once holdout6 was written) and "train" (written for training).
TRAIN_SPLITS = ("train", "dev", "test", "holdout", "holdout2", "dev2", "dev3",
                "holdout3", "holdout4", "holdout5")
MAX_FILE_BYTES = 20_000_000
DEFAULT_C = 16.0  # chosen by benchmarks/cv_ask_ranker.py (session 5: 4, 8, 16, 32)


@dataclass(frozen=True)
class Example:
    text: str
    label: str


@dataclass(frozen=True)
class TrainingResult:
    examples: int
    labels: int
    path: Path


def pack_examples(pack: Pack) -> list[Example]:
    """The FAQ phrasings and the guideline entries' own texts."""
    examples = [Example(text, faq_label(item.id))
                for item in load_faq(pack).questions for _, text in item.phrasings()]
    for entry in pack.guideline.entries:
        texts = (entry.title.nl, entry.title.en, entry.explanation.nl, entry.explanation.en,
                 entry.source.quote)
        examples += [Example(text, entry_label(entry.id)) for text in texts]
    return examples


def question_examples(path: Path, pack: Pack,
                      splits: Sequence[str] = TRAIN_SPLITS) -> list[Example]:
    """Labelled questions of the given splits (rows without a split count as "train")."""
    if not path.is_file():
        raise WijzerError("train.no_data", path=path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise WijzerError("train.bad_question", path=path, line=1, reason="file too large")
    faq_ids = {item.id for item in load_faq(pack).questions}
    examples = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise WijzerError("train.bad_question", path=path, line=1, reason="not UTF-8") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        row = _row(path, number, line, faq_ids, set(pack.entries))
        if row.get("split", "train") in splits:
            examples.append(Example(row["question"], _label(row)))
    return examples


def _row(path: Path, number: int, line: str, faq_ids: set[str],
         entry_ids: set[str]) -> dict[str, Any]:
    def bad(reason: str) -> WijzerError:
        return WijzerError("train.bad_question", path=path, line=number, reason=reason)

    try:
        row = json.loads(line)
    except json.JSONDecodeError:
        raise bad("not JSON") from None
    if not isinstance(row, dict):
        raise bad("not an object")
    question = row.get("question")
    if not isinstance(question, str) or not question.strip():
        raise bad("no question")
    if not isinstance(row.get("split", "train"), str):
        raise bad("split is not text")
    if row.get("no_answer") is True:
        return row
    if row.get("no_answer") not in (False, None):
        raise bad("no_answer is not true or false")
    faq, guideline = row.get("faq"), row.get("guideline")
    if faq is not None and faq not in faq_ids:
        raise bad(f"unknown FAQ id {str(faq)[:40]!r}")
    if faq is None and guideline not in entry_ids:
        raise bad(f"unknown guideline id {str(guideline)[:40]!r}")
    return row


def _label(row: dict[str, Any]) -> str:
    if row.get("no_answer") is True:
        return NONE
    return faq_label(row["faq"]) if row.get("faq") is not None else entry_label(row["guideline"])


def fit(examples: Sequence[Example], index: Index | None, c: float = DEFAULT_C
        ) -> tuple[list[str], Any, Any]:
    """Labels, weights (N_FEATURES x labels) and bias of a multinomial logistic regression."""
    try:
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise WijzerError("train.needs_sklearn") from None
    labels = sorted({example.label for example in examples})
    if len(labels) < 2:
        raise WijzerError("train.no_data", path="(fewer than two labels)")
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for row, example in enumerate(examples):
        indices, weights = vector(question_counts(example.text, _terms(index, example.text)))
        rows += [row] * len(indices)
        cols += indices.tolist()
        values += weights.tolist()
    matrix = csr_matrix((values, (rows, cols)), shape=(len(examples), N_FEATURES))
    target = np.array([labels.index(example.label) for example in examples])
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=3000, tol=1e-6)
    model.fit(matrix, target)
    return labels, model.coef_.T.astype(np.float32), model.intercept_.astype(np.float32)


def training_examples(pack: Pack, question_files: Iterable[Path]) -> list[Example]:
    """Everything the ranker learns from, in a fixed order."""
    examples = pack_examples(pack)
    for path in question_files:
        examples += question_examples(path, pack)
    return examples


def fingerprint(pack: Pack, examples: Sequence[Example]) -> str:
    """A short hash of the training examples and the synonyms (the model's retrieval terms):
    when it changes, the shipped model is out of date."""
    digest = hashlib.sha256("\n".join(f"{e.label}\t{e.text}" for e in examples).encode())
    synonyms = pack.root / SYNONYMS_FILE
    if synonyms.is_file():
        digest.update(synonyms.read_bytes())
    return digest.hexdigest()[:16]


def _terms(index: Index | None, text: str) -> list[str]:
    return index.analyzer.query_terms(text).terms if index is not None else []


def train_ranker(pack: Pack, question_files: Iterable[Path], output: Path,
                 c: float = DEFAULT_C, uses_terms: bool = True) -> TrainingResult:
    """Train on the pack's own texts and the training rows of ``question_files``; write it."""
    examples = training_examples(pack, question_files)
    index = build_index(pack) if uses_terms else None
    labels, weights, bias = fit(examples, index, c)
    info = {"examples": len(examples), "C": c, "splits": list(TRAIN_SPLITS),
            "fingerprint": fingerprint(pack, examples)}
    save_ranker(output, labels, weights, bias, uses_terms, info)
    return TrainingResult(len(examples), len(labels), output)
