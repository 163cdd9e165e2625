"""Cross-validate the learned ranker of ``wijzer ask`` on the tuned splits (never the blind ones).

Run: .venv/bin/python benchmarks/cv_ask_ranker.py [--folds 5] [--c 16] [--no-terms] [--new-from N]
         [--weights 0.5 ...]

Every fold trains on the pack's own texts (FAQ phrasings, guideline entries), the training
questions (data/ask/train-questions.jsonl) and the other folds' questions, then answers the
held-out questions with retrieval mixed with the ranker for a range of weights and no-answer
thresholds. Rows of the training file were never tuned on by retrieval, so their figures are
the fairer ones; the tuned splits flatter retrieval alone. ``--new-from N`` reports the training
file's questions from the N-th onward as their own column ("new"), so a batch of added questions
can be judged on the rows measured before it (they train in every fold all the same).
The retired blind sets (holdout3-5: written blind, never tuned on by hand) are their own column,
"retired". ``none>`` is the ``max_none`` setting: no answer when the model's probability of
"the guideline does not answer this" is above it (1.0: off).
"""

from __future__ import annotations

import argparse
import hashlib
from collections import defaultdict
from pathlib import Path
from typing import Any

from wijzer.ask.analyze import QueryTerms
from wijzer.ask.answer import _hints
from wijzer.ask.index import build_index
from wijzer.ask.ranker import NONE, Ranker, entry_label, faq_label
from wijzer.ask.retrieve import Hit, mix, rank
from wijzer.ask.train import TRAIN_SPLITS, Example, fit, pack_examples, question_examples
from wijzer.engine.checker import Checker
from wijzer.pack.loader import load_pack

ROOT = Path(__file__).resolve().parent
QUESTIONS = ROOT / "ask_questions.jsonl"
TRAINING = ROOT.parent / "data" / "ask" / "train-questions.jsonl"
WEIGHTS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 1.0)
RETRIEVAL_THRESHOLDS = (0.36, 0.25)  # faq.yml min_score, min_score_social_media
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.36)
MAX_NONE = (1.0, 0.4, 0.3, 0.25)
RETIRED = ("holdout3", "holdout4", "holdout5")


def _fold(text: str, folds: int) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16) % folds


def _ranker(labels: list[str], weights: Any, bias: Any, uses_terms: bool) -> Ranker:
    import numpy as np

    rows = np.flatnonzero(np.any(weights != 0, axis=1))
    return Ranker(tuple(labels), rows, weights[rows], bias, uses_terms, {})


def _leading(index: Any, hit: Hit) -> str:
    if hit.document.kind == "entry":
        return hit.document.id
    item = index.faq.item(hit.document.id)
    return item.guidelines[0] if item else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=16.0)
    parser.add_argument("--no-terms", action="store_true")
    parser.add_argument("--weights", type=float, nargs="+", default=list(WEIGHTS))
    parser.add_argument("--new-from", type=int, default=0,
                        help="report training questions from this one (1-based) on as 'new'")
    args = parser.parse_args()
    pack = load_pack(None)
    index = build_index(pack)
    checker = Checker(pack)
    base = pack_examples(pack)
    rows: list[tuple[str, Example]] = [("tuned", e) for e in question_examples(
        QUESTIONS, pack, [s for s in TRAIN_SPLITS if s != "train" and s not in RETIRED])]
    rows += [("retired", e) for e in question_examples(QUESTIONS, pack, RETIRED)]
    if TRAINING.is_file():
        written = question_examples(TRAINING, pack, ["train"])
        rows += [("new" if 0 < args.new_from <= n else "written", e)
                 for n, e in enumerate(written, start=1)]
    uses_terms = not args.no_terms
    # outcome[w] -> list of (source, truth label, leading guideline wanted, top, score, social,
    # retrieval score, probability of "none")
    outcome: dict[float, list[tuple[str, str, str, str, str, float, bool, float, float]]] = (
        defaultdict(list))
    wanted_guideline = {}
    for item in index.faq.questions:
        wanted_guideline[faq_label(item.id)] = item.guidelines[0]
    for entry_id in pack.entries:
        wanted_guideline[entry_label(entry_id)] = entry_id
    for fold in range(args.folds):
        train = base + [e for _, e in rows if _fold(e.text, args.folds) != fold]
        held = [(source, e) for source, e in rows if _fold(e.text, args.folds) == fold]
        labels, weights, bias = fit(train, index if uses_terms else None, args.c)
        ranker = _ranker(labels, weights, bias, uses_terms)
        for source, example in held:
            query: QueryTerms = index.analyzer.query_terms(example.text)
            hits = rank(index, query, _hints(checker, example.text))
            social = any(index.analyzer.synonyms.is_social_media(t) for t in query.terms)
            probabilities = ranker.probabilities(example.text, query.terms)
            for w in args.weights:
                mixed = mix(index, hits, probabilities, w) if w else hits
                top = mixed[0] if mixed else None
                outcome[w].append((source, example.label,
                                   wanted_guideline.get(example.label, NONE),
                                   _leading(index, top) if top else "",
                                   f"{top.document.kind}:{top.document.id}" if top else "",
                                   top.score if top else 0.0, social,
                                   hits[0].score if hits else 0.0,
                                   probabilities.get(NONE, 0.0)))
    print(f"C={args.c} terms={uses_terms} folds={args.folds}; rows: "
          f"{sum(s == 'tuned' for s, _ in rows)} tuned, {sum(s == 'written' for s, _ in rows)}"
          f" written, {sum(s == 'retired' for s, _ in rows)} retired,"
          f" {sum(s == 'new' for s, _ in rows)} new")
    for decide in ("mixed", "both"):
        print(f"no answer when: {decide} below threshold"
              + (" (retrieval: faq.yml thresholds)" if decide == "both" else ""))
        _table(outcome, decide)
    return 0


def _table(outcome: Any, decide: str) -> None:
    low_t, low_ts = RETRIEVAL_THRESHOLDS

    def silent(o: Any, t: float, ts: float, none: float = 1.0) -> bool:
        mixed_low = o[5] < (ts if o[6] else t)
        retrieval_low = o[7] < (low_ts if o[6] else low_t)
        return (mixed_low and (decide == "mixed" or retrieval_low)) or o[8] > none

    for w in sorted(outcome):
        for t, ts, most in ((t, ts, most) for t in THRESHOLDS for ts in THRESHOLDS
                            for most in MAX_NONE if ts <= t):
            if decide == "both" and most < 1.0:
                continue
            line = [f"w={w:.1f} t={t:.2f}/{ts:.2f} none>{most:.2f}"]
            for source in ("tuned", "retired", "written", "new", None):
                chosen = [o for o in outcome[w] if source is None or o[0] == source]
                if not chosen:
                    continue
                answerable = [o for o in chosen if o[1] != NONE]
                none = [o for o in chosen if silent(o, t, ts, most)]
                right = sum(o[2] == o[3] and not silent(o, t, ts, most) for o in answerable)
                correct_none = sum(o[1] == NONE for o in none)
                expected = sum(o[1] == NONE for o in chosen)
                line.append(f"{source or 'all'}: top1 {right / max(len(answerable), 1):.3f}"
                            f" naP {correct_none / max(len(none), 1):.2f}"
                            f" naR {correct_none / max(expected, 1):.2f}")
            print("  ".join(line))


if __name__ == "__main__":
    raise SystemExit(main())
