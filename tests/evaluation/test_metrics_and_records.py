"""Accuracy measures and the labelled-record reader."""

from __future__ import annotations

import datetime as dt

import pytest

from wijzer.errors import WijzerError
from wijzer.evaluation.metrics import Evaluation
from wijzer.evaluation.records import parse_date, post_from_mapping, record_from_line


def test_metrics() -> None:
    evaluation = Evaluation(("tone", "political"))
    evaluation.add(["tone"], ["tone"], "red", "red")
    evaluation.add([], ["political"], "green", "red")
    evaluation.add(["political"], [], "red", "green")
    evaluation.add([], [], "green", "green")
    data = evaluation.as_dict()
    assert data["per_category"]["tone"]["f1"] == 1.0  # type: ignore[index]
    assert data["per_category"]["political"]["f1"] == 0.0  # type: ignore[index]
    assert data["fine_flagged_share"] == 0.5
    assert data["violating_green_share"] == 0.5
    assert data["verdict_accuracy"] == 0.5
    micro = evaluation.micro
    assert (micro.true_positives, micro.false_positives, micro.false_negatives) == (1, 1, 1)


def test_record_ignores_labels_for_the_post() -> None:
    line = (b'{"id": "x", "text": "Hoi", "platform": "x", "reply_to": null, '
            b'"posted_at": "2026-03-04", "attachments": [{"type": "image", "credit": null, '
            b'"note": "eigen foto"}], "labels": ["tone"], "verdict": "red", "note": "n"}')
    record = record_from_line(line, 1)
    assert record.labels == {"tone"}
    assert record.post.posted_at == dt.date(2026, 3, 4)
    assert record.post.attachments[0].note == "eigen foto"


@pytest.mark.parametrize("data", [
    {"text": 5}, {}, {"text": "x", "attachments": "foto"}, {"text": "x", "attachments": [1]},
    {"text": "x", "posted_at": "2026-02-30"}, {"text": "x", "reply_to": ["a"]},
    {"text": "x", "attachments": [{"credit": 3}]},
])
def test_bad_fields_get_clear_errors(data: dict[str, object]) -> None:
    with pytest.raises(WijzerError) as caught:
        post_from_mapping(data)
    assert caught.value.message("nl") and caught.value.message("en")


def test_timestamp_is_cut_to_date() -> None:
    assert parse_date("2026-03-04T10:00:00Z") == dt.date(2026, 3, 4)
