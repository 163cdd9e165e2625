"""Per rule: how often it fires on the training corpus, and how often on posts without its category.

A development aid for word-list rules (the classifier has seen this corpus, so
its rules look better here than they are): `python scripts/rule_precision.py`.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from wijzer.engine.checker import Checker
from wijzer.errors import WijzerError
from wijzer.evaluation.records import Record, read_records


def main(folder: str = "data/train") -> None:
    checker = Checker()
    fired: collections.Counter[str] = collections.Counter()
    wrong: collections.Counter[str] = collections.Counter()
    for path in sorted(Path(folder).rglob("*.jsonl")):
        for item in read_records(path):
            if not isinstance(item, Record):
                continue
            try:
                report = checker.check(item.post)
            except WijzerError:
                continue
            for rule in {(f.rule, f.category) for f in report.findings}:
                fired[rule[0]] += 1
                wrong[rule[0]] += rule[1] not in (item.labels or ())
    for rule, count in sorted(fired.items()):
        print(f"{rule:<40} fired {count:>5}  precision {1 - wrong[rule] / count:.2f}")


if __name__ == "__main__":
    main(*sys.argv[1:])
