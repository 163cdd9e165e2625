"""Validate labelled JSON Lines files (training corpus format of categories.md)."""
from __future__ import annotations

import collections
import datetime as dt
import json
import sys
from pathlib import Path

CATEGORIES = {
    "tone": "error", "harm_organisation": "error", "confidential": "error",
    "spokesperson": "error", "political": "error", "speculation": "warning",
    "personal_data": "error", "quoting_colleague": "warning", "copyright": "warning",
    "unmarked_opinion": "warning", "media_inquiry": "warning", "outdated": "warning",
}
PLATFORMS = {"linkedin", "x", "facebook", "instagram", "youtube"}
KEYS = {"id", "text", "platform", "reply_to", "posted_at", "attachments", "labels", "verdict",
        "note"}


def verdict_for(labels: list[str]) -> str:
    severities = {CATEGORIES[label] for label in labels}
    if "error" in severities:
        return "red"
    return "orange" if severities else "green"


def check_file(path: Path, seen_ids: set[str], counts: collections.Counter[str]) -> list[str]:
    problems: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: invalid JSON ({exc})")
            continue
        if set(row) != KEYS:
            problems.append(f"{where}: keys must be exactly {sorted(KEYS)}, got {sorted(row)}")
            continue
        if row["id"] in seen_ids:
            problems.append(f"{where}: duplicate id {row['id']}")
        seen_ids.add(row["id"])
        if not isinstance(row["text"], str) or not row["text"].strip():
            problems.append(f"{where}: empty text")
        if row["platform"] not in PLATFORMS:
            problems.append(f"{where}: unknown platform {row['platform']!r}")
        try:
            dt.date.fromisoformat(row["posted_at"])
        except (TypeError, ValueError):
            problems.append(f"{where}: posted_at must be an ISO date")
        bad = [label for label in row["labels"] if label not in CATEGORIES]
        if bad:
            problems.append(f"{where}: unknown labels {bad}")
            continue
        if row["verdict"] != verdict_for(row["labels"]):
            problems.append(f"{where}: verdict should be {verdict_for(row['labels'])}")
        if not isinstance(row["attachments"], list):
            problems.append(f"{where}: attachments must be a list")
        counts.update(row["labels"] or ["(fine)"])
    return problems


def main(argv: list[str]) -> int:
    seen: set[str] = set()
    counts: collections.Counter[str] = collections.Counter()
    problems: list[str] = []
    for name in argv or ["data/train"]:
        path = Path(name)
        files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            problems.extend(check_file(file, seen, counts))
    for problem in problems:
        print(problem)
    print(f"{len(seen)} posts; per label: {dict(sorted(counts.items()))}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
