"""The benchmark question set is well formed, independent of the FAQ, and passes the target."""

from __future__ import annotations

import json
from pathlib import Path

from wijzer.ask.answer import ask
from wijzer.ask.faq import load_faq
from wijzer.pack.model import Pack

QUESTIONS = Path(__file__).resolve().parents[2] / "benchmarks" / "ask_questions.jsonl"


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_question_set_is_well_formed(pack: Pack) -> None:
    rows = _rows()
    faq_ids = {item.id for item in load_faq(pack).questions}
    assert len(rows) >= 120
    assert sum(bool(row["no_answer"]) for row in rows) >= 10
    for row in rows:
        if not row["no_answer"]:
            # faq is null when a guideline entry itself is the best answer
            assert row["faq"] in faq_ids | {None} and row["guideline"] in pack.entries, row


def test_questions_are_not_copied_from_the_faq(pack: Pack) -> None:
    phrasings = {text.casefold().strip(" ?") for item in load_faq(pack).questions
                 for _, text in item.phrasings()}
    copied = [row["question"] for row in _rows()
              if str(row["question"]).casefold().strip(" ?") in phrasings]
    assert copied == []


def test_right_guideline_first_for_nine_in_ten(pack: Pack) -> None:
    rows = [row for row in _rows() if not row["no_answer"]]
    right = 0
    for row in rows:
        answer = ask(pack, str(row["question"]))
        right += not answer.no_answer and answer.guidelines[0] == row["guideline"]
    assert right / len(rows) >= 0.9
