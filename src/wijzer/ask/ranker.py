"""The learned ranker: a small question -> FAQ item / guideline entry model (numpy only).

It is trained by ``wijzer train-ask`` (see :mod:`wijzer.ask.train`) on the FAQ phrasings, the
guideline texts and written training questions, never on the blind benchmark splits. The pack
names the model file and the weight of its vote in ``faq.yml`` (``ranker:``); the file is read
on the first question, not when the pack loads.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from wijzer.ask.faq import RankerSettings, load_faq
from wijzer.ask.features import N_FEATURES, question_counts, vector
from wijzer.errors import PackError, bilingual
from wijzer.pack.model import Pack

NONE = "none"  # the label of questions the guideline does not answer
FORMAT = 1


def faq_label(faq_id: str) -> str:
    return "faq:" + faq_id


def entry_label(entry_id: str) -> str:
    return "entry:" + entry_id


@dataclass(frozen=True)
class Ranker:
    """Multinomial logistic regression over hashed question features."""

    labels: tuple[str, ...]
    rows: Any  # int64 feature indices that have weights, sorted
    weights: Any  # float32 (len(rows), len(labels))
    bias: Any  # float32 (len(labels),)
    uses_terms: bool
    info: dict[str, Any]

    def probabilities(self, text: str, terms: list[str]) -> dict[str, float]:
        """The probability of every label for a question (and its retrieval terms)."""
        import numpy as np

        indices, values = vector(question_counts(text, terms if self.uses_terms else ()))
        logits = self.bias.astype(np.float64)
        if len(indices):
            positions = np.searchsorted(self.rows, indices)
            positions = np.minimum(positions, len(self.rows) - 1)
            known = self.rows[positions] == indices
            logits = logits + values[known] @ self.weights[positions[known]]
        logits -= logits.max()
        exps = np.exp(logits)
        probabilities = exps / exps.sum()
        return dict(zip(self.labels, (float(p) for p in probabilities), strict=True))


@dataclass(frozen=True)
class Learned:
    """A ranker with the pack's settings for it."""

    ranker: Ranker
    settings: RankerSettings


def pack_ranker(pack: Pack) -> Learned | None:
    """The pack's ranker, if its ``faq.yml`` names one (read once per file)."""
    faq = load_faq(pack)
    if faq.ranker is None:
        return None
    labels = {faq_label(item.id) for item in faq.questions}
    labels |= {entry_label(entry_id) for entry_id in pack.entries} | {NONE}
    return Learned(load_ranker(pack.root / faq.ranker.model, frozenset(labels)), faq.ranker)


def load_ranker(path: Path, labels: frozenset[str]) -> Ranker:
    """Read a ranker file; a missing or damaged one, or one for other documents, is a pack error.

    ``labels`` are the labels the pack's FAQ and guideline allow.
    """
    ranker = _read(path)
    unknown = sorted(set(ranker.labels) - labels)
    if unknown:
        raise PackError(path, 1, bilingual("ask.ranker_stale", label=unknown[0]))
    return ranker


@lru_cache(maxsize=4)
def _read(path: Path) -> Ranker:
    import numpy as np

    if not path.is_file():
        raise PackError(path, 1, bilingual("ask.ranker_missing", name=path.name))
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            rows = data["rows"].astype(np.int64)
            weights = data["weights"].astype(np.float32)
            bias = data["bias"].astype(np.float32)
        labels = tuple(str(label) for label in meta["labels"])
        uses_terms = bool(meta["uses_terms"])
        info = dict(meta.get("info", {}))
        valid = (meta.get("format") == FORMAT and meta.get("n_features") == N_FEATURES
                 and rows.ndim == 1 and weights.shape == (len(rows), len(labels))
                 and bias.shape == (len(labels),) and len(labels) >= 2
                 and bool(np.all(np.diff(rows) > 0)) and bool(np.all(np.isfinite(weights)))
                 and bool(np.all(np.isfinite(bias))) and len(set(labels)) == len(labels)
                 and (not len(rows) or (rows[0] >= 0 and rows[-1] < N_FEATURES)))
    except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile):
        valid = False
    if not valid:
        raise PackError(path, 1, bilingual("ask.ranker_damaged", name=path.name))
    return Ranker(labels, rows, weights, bias, uses_terms, info)


def save_ranker(path: Path, labels: list[str], weights: Any, bias: Any, uses_terms: bool,
                info: dict[str, Any]) -> None:
    """Write a ranker file: only the feature rows that carry weight, as float16."""
    import numpy as np

    half = weights.astype(np.float16)
    rows = np.flatnonzero(np.any(half != 0, axis=1)).astype(np.int32)
    meta = json.dumps({"format": FORMAT, "n_features": N_FEATURES, "labels": labels,
                       "uses_terms": uses_terms, "info": info}, ensure_ascii=False,
                      sort_keys=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("wb") as handle:
        np.savez_compressed(handle, rows=rows, weights=half[rows], bias=bias.astype(np.float32),
                            meta=np.array(meta))
    temporary.replace(path)
