"""Per-category precision/recall/F1 and the post-level measures of issue 2."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class CategoryScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        actual = self.true_positives + self.false_negatives
        return self.true_positives / actual if actual else 1.0

    @property
    def f1(self) -> float:
        denominator = 2 * self.true_positives + self.false_positives + self.false_negatives
        return 2 * self.true_positives / denominator if denominator else 1.0

    @property
    def support(self) -> int:
        return self.true_positives + self.false_negatives


@dataclass
class Evaluation:
    """Accumulates expected and predicted labels and verdicts of many posts."""

    categories: tuple[str, ...]
    per_category: dict[str, CategoryScore] = field(default_factory=dict)
    posts: int = 0
    fine_posts: int = 0
    fine_flagged: int = 0
    violating_posts: int = 0
    violating_green: int = 0
    verdict_correct: int = 0
    exact_match: int = 0

    def __post_init__(self) -> None:
        self.per_category = {category: CategoryScore() for category in self.categories}

    def add(self, expected: Iterable[str], predicted: Iterable[str], expected_verdict: str,
            predicted_verdict: str) -> None:
        gold, guess = set(expected), set(predicted)
        self.posts += 1
        for category, score in self.per_category.items():
            if category in gold and category in guess:
                score.true_positives += 1
            elif category in guess:
                score.false_positives += 1
            elif category in gold:
                score.false_negatives += 1
        if gold:
            self.violating_posts += 1
            self.violating_green += not guess
        else:
            self.fine_posts += 1
            self.fine_flagged += bool(guess)
        self.verdict_correct += expected_verdict == predicted_verdict
        self.exact_match += gold == (guess & set(self.categories))

    @property
    def micro(self) -> CategoryScore:
        total = CategoryScore()
        for score in self.per_category.values():
            total.true_positives += score.true_positives
            total.false_positives += score.false_positives
            total.false_negatives += score.false_negatives
        return total

    @property
    def macro_f1(self) -> float:
        scored = [s.f1 for s in self.per_category.values() if s.support or s.false_positives]
        return sum(scored) / len(scored) if scored else 1.0

    @property
    def fine_flagged_share(self) -> float:
        return self.fine_flagged / self.fine_posts if self.fine_posts else 0.0

    @property
    def violating_green_share(self) -> float:
        return self.violating_green / self.violating_posts if self.violating_posts else 0.0

    @property
    def verdict_accuracy(self) -> float:
        return self.verdict_correct / self.posts if self.posts else 0.0

    def as_dict(self) -> dict[str, object]:
        micro = self.micro
        return {
            "posts": self.posts,
            "per_category": {c: {"precision": round(s.precision, 3), "recall": round(s.recall, 3),
                                 "f1": round(s.f1, 3), "support": s.support}
                             for c, s in self.per_category.items()},
            "micro": {"precision": round(micro.precision, 3), "recall": round(micro.recall, 3),
                      "f1": round(micro.f1, 3)},
            "macro_f1": round(self.macro_f1, 3),
            "fine_flagged_share": round(self.fine_flagged_share, 3),
            "violating_green_share": round(self.violating_green_share, 3),
            "verdict_accuracy": round(self.verdict_accuracy, 3),
            "exact_match": round(self.exact_match / self.posts, 3) if self.posts else 0.0,
        }
