"""Rule type ``classifier.v1``: the statistical text classifier for one category."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from wijzer.classify.features import Features, Lexicons, extract
from wijzer.classify.model import TextClassifier, load_classifier
from wijzer.detectors.base import CheckContext, Hit
from wijzer.detectors.params import DetectorParams
from wijzer.pack.model import Pack


class ClassifierParams(DetectorParams):
    model: str = "models/classifier.v1.npz"
    category: str
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    min_words: int = Field(default=4, ge=1)
    # Word lists of which one must occur in the draft: the concept's anchor (you cannot
    # quote a colleague without mentioning one). Empty: no anchor needed.
    anchor_lists: list[str] = Field(default_factory=list)


class ClassifierDetector:
    """Scores the whole post; the span is the sentence that scores highest.

    The rule's own threshold is compared with a score rescaled so that the
    model's calibrated threshold for the category maps to 0.5.
    """

    type_name: ClassVar[str] = "classifier.v1"
    Params = ClassifierParams

    def __init__(self, params: ClassifierParams, pack: Pack) -> None:
        self.params = params
        self.path = pack.path(params.model)
        for name in params.anchor_lists:
            pack.word_list(name)

    def detect(self, context: CheckContext) -> list[Hit]:
        if len(context.text.tokens) < self.params.min_words or not self._anchored(context):
            return []
        model = load_classifier(self.path)
        features, scores = self._scored(context, model)
        probability = scores.get(self.params.category, 0.0)
        cut = self.params.threshold or model.thresholds.get(self.params.category, 0.5)
        score = _rescale(probability, cut)
        if score < 0.5:
            return []
        start, end = self._best_sentence(context, model, features)
        return [Hit(start, end, score,
                    explanation=f"classifier p={probability:.2f} (cut {cut:.2f})")]

    def _scored(self, context: CheckContext, model: TextClassifier
                ) -> tuple[Features, dict[str, float]]:
        """The post's features and scores, computed once for all rules of this model."""
        key = f"classifier:{self.path}"
        if key not in context.shared:
            names = model.feature_lists
            lexicons = Lexicons(context.pack, names) if names else None
            features = extract(context.post, lexicons, context.text, context.reply)
            context.shared[key] = (features, model.scores(features))
        found: tuple[Features, dict[str, float]] = context.shared[key]
        return found

    def _anchored(self, context: CheckContext) -> bool:
        view = context.text
        return not self.params.anchor_lists or any(
            view.matches(context.pack, name) for name in self.params.anchor_lists)

    def _best_sentence(self, context: CheckContext, model: TextClassifier,
                       features: Features) -> tuple[int, int]:
        """The sentence whose own words add most to the category's score (the reply and
        attachments count for the whole post, not for one sentence)."""
        sentences = context.text.sentences
        if len(sentences) <= 1:
            return sentences[0] if sentences else (0, len(context.post.text))
        key = f"classifier-evidence:{self.path}"
        if key not in context.shared:
            context.shared[key] = model.evidence(features, [start for start, _ in sentences])
        evidence = context.shared[key][self.params.category]
        best = max(range(len(sentences)), key=evidence.__getitem__)
        return sentences[best]


def _rescale(probability: float, cut: float) -> float:
    """Map [0, cut] to [0, 0.5] and [cut, 1] to [0.5, 1]."""
    if probability < cut:
        return 0.5 * probability / cut if cut > 0 else 0.0
    return 0.5 + 0.5 * (probability - cut) / (1.0 - cut) if cut < 1 else 1.0
