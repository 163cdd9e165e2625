"""``wijzer train``: builds a loadable model from a small corpus; bad corpora get clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wijzer.classify.features import Lexicons, extract
from wijzer.classify.model import load_classifier
from wijzer.cli import exitcodes
from wijzer.cli.main import main
from wijzer.domain import Post
from wijzer.pack.loader import load_pack

TOXIC = ["Wat een stelletje idioten zijn het daar", "Jullie zijn echt sukkels, lees eens",
         "Ga toch zeuren, randdebiel", "Doe eens normaal, stelletje clowns"]
FINE = ["Mooie dag op de dijk vandaag", "Welkom aan onze nieuwe collega",
        "De planning staat op zeeland.nl", "Fijne vakantie allemaal"]


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    rows = []
    for round_ in range(6):
        for index, text in enumerate(TOXIC + FINE):
            labels = ["tone"] if text in TOXIC else []
            rows.append(json.dumps({
                "id": f"t-{round_}-{index}", "text": f"{text} ({round_})", "platform": "x",
                "reply_to": None, "posted_at": "2026-01-01", "attachments": [],
                "labels": labels, "verdict": "red" if labels else "green", "note": ""}))
    (folder / "small.jsonl").write_text("\n".join(rows) + "\n{broken\n", encoding="utf-8")
    return folder


def test_train_builds_a_loadable_model(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "model.npz"
    status = main(["train", "--data", str(_corpus(tmp_path / "data")), "--output", str(output)])
    assert status == exitcodes.OK
    assert "48 posts" in capsys.readouterr().out
    model = load_classifier(output)
    assert model.feature_lists
    lists = Lexicons(load_pack(), model.feature_lists)
    assert model.scores(extract(Post(text="Stelletje idioten daar (9)"), lists))["tone"] > 0.5
    assert model.scores(extract(Post(text="Mooie dag op de dijk (9)"), lists))["tone"] < 0.5


def test_train_without_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    status = main(["train", "--data", str(tmp_path / "empty"), "--output",
                   str(tmp_path / "m.npz")])
    assert status == exitcodes.INPUT
    assert "Geen trainingsdata" in capsys.readouterr().err
    assert not (tmp_path / "m.npz").exists()
