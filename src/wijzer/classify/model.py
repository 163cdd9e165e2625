"""Load a trained classifier file and score posts with it (numpy only)."""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from wijzer.classify.features import Features
from wijzer.errors import WijzerError


@dataclass
class TextClassifier:
    """One linear model per category over hashed features."""

    categories: tuple[str, ...]
    weights: Any  # numpy array (n_features, n_categories), float16 on disk
    bias: Any
    thresholds: dict[str, float]
    info: dict[str, Any]
    feature_lists: tuple[str, ...] = ()

    def scores(self, features: Features) -> dict[str, float]:
        """Probability per category."""
        import numpy as np

        indices, values = features.vector
        logits = values @ self.weights[indices] + self.bias
        probabilities = 1.0 / (1.0 + np.exp(-logits))
        return dict(zip(self.categories, (float(p) for p in probabilities), strict=True))

    def evidence(self, features: Features, starts: list[int]) -> dict[str, list[float]]:
        """Per category, how much each part of the draft (parts begin at ``starts``) adds
        to its score: the model is linear, so a score splits over the features and each
        feature's share goes to the place in the draft it came from."""
        import numpy as np

        indices, values = features.vector
        counts = features.counts
        share = {index: value / counts[index]
                 for index, value in zip(indices.tolist(), values.tolist(), strict=True)}
        flat: list[int] = []
        parts: list[int] = []
        for offset, spot in features.spots:
            flat += spot
            parts += [max(0, bisect_right(starts, offset) - 1)] * len(spot)
        totals = np.zeros((len(starts), len(self.categories)), dtype=np.float64)
        if flat:
            weighted = self.weights[flat] * np.array([share[i] for i in flat])[:, None]
            np.add.at(totals, parts, weighted)
        return {category: totals[:, column].tolist()
                for column, category in enumerate(self.categories)}


@lru_cache(maxsize=4)
def load_classifier(path: Path) -> TextClassifier:
    """Read a model file written by ``wijzer train`` (cached per path)."""
    import numpy as np

    if not path.is_file():
        raise WijzerError("model.missing", path=path)
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(str(data["meta"]))
        weights = data["weights"].astype(np.float32)
        bias = data["bias"].astype(np.float32)
    return TextClassifier(categories=tuple(meta["categories"]), weights=weights, bias=bias,
                          thresholds=meta["thresholds"], info=meta.get("info", {}),
                          feature_lists=tuple(meta.get("feature_lists", ())))


def save_classifier(path: Path, categories: list[str], weights: Any, bias: Any,
                    thresholds: dict[str, float], info: dict[str, Any],
                    feature_lists: list[str]) -> None:
    import numpy as np

    meta = json.dumps({"categories": categories, "thresholds": thresholds, "info": info,
                       "feature_lists": feature_lists}, ensure_ascii=False, sort_keys=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        np.savez_compressed(handle, weights=weights.astype(np.float16),
                            bias=bias.astype(np.float32), meta=np.array(meta))
