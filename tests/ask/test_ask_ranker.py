"""The learned ranker of ``wijzer ask``: loading, clear pack errors, training, bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from wijzer.ask.answer import ask
from wijzer.ask.faq import load_faq
from wijzer.ask.features import N_FEATURES, question_counts
from wijzer.ask.ranker import NONE, Learned, _read, faq_label, pack_ranker, save_ranker
from wijzer.ask.train import (
    TRAIN_SPLITS,
    Example,
    fingerprint,
    fit,
    question_examples,
    train_ranker,
    training_examples,
)
from wijzer.cli.main import main
from wijzer.cli.train_ask import DEFAULT_QUESTIONS
from wijzer.errors import PackError, WijzerError
from wijzer.pack.loader import load_pack_without_rules
from wijzer.pack.model import Pack

TINY = [
    Example("Mag ik een foto van een collega plaatsen?", "faq:photos-of-people"),
    Example("Can I post a picture of my colleague?", "faq:photos-of-people"),
    Example("Een journalist stuurt me een bericht", "faq:journalist-dm"),
    Example("A reporter sent me a message", "faq:journalist-dm"),
    Example("Hoeveel vakantiedagen heb ik?", NONE),
    Example("Where do I park my car?", NONE),
]


def _ranker_pack(pack_copy: Path) -> Pack:
    _read.cache_clear()
    return load_pack_without_rules(str(pack_copy))


def _model_path(pack_copy: Path) -> Path:
    settings = load_faq(load_pack_without_rules(str(pack_copy))).ranker
    assert settings is not None
    return pack_copy / settings.model


def _pack_error(pack_copy: Path) -> PackError:
    _read.cache_clear()
    pack = load_pack_without_rules(str(pack_copy))
    with pytest.raises(PackError) as caught:
        ask(pack, "Mag ik een foto van een collega op Facebook zetten?")
    return caught.value


def test_the_pack_ships_a_small_ranker(pack: Pack) -> None:
    learned = pack_ranker(pack)
    assert learned is not None and 0 < learned.settings.weight < 1
    path = pack.root / learned.settings.model
    assert path.stat().st_size < 3_000_000  # 2.5 MB at C 16 (session 5)
    faq_ids = {item.id for item in load_faq(pack).questions}
    assert {faq_label(faq_id) for faq_id in faq_ids} <= set(learned.ranker.labels)
    assert NONE in learned.ranker.labels


def test_probabilities_sum_to_one_and_find_the_obvious(pack: Pack) -> None:
    learned = pack_ranker(pack)
    assert learned is not None
    probabilities = learned.ranker.probabilities("Een journalist belt mij, wat nu?", [])
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert max(probabilities, key=probabilities.__getitem__) == "faq:journalist-dm"


@pytest.mark.parametrize("text", ["?!", "x" * 1000, "🙂 " * 300, "a " * 499, "\u202e\u0000ab"])
def test_odd_questions_do_not_break_the_ranker(pack: Pack, text: str) -> None:
    learned = pack_ranker(pack)
    assert learned is not None
    probabilities = learned.ranker.probabilities(text, ["~foto", "?" + text[:40]])
    assert all(np.isfinite(list(probabilities.values())))


def test_without_ranker_retrieval_alone_answers(pack: Pack) -> None:
    answer = ask(pack, "Mag ik nieuws van de provincie delen?", learned=None)
    assert answer.faq_id == "share-province-news"


def test_model_sure_it_is_out_of_scope_means_no_answer(pack: Pack) -> None:
    learned = pack_ranker(pack)
    assert learned is not None
    question = "Hoeveel vakantiedagen heb ik per jaar?"
    none = learned.ranker.probabilities(question, [])[NONE]
    strict = Learned(learned.ranker, learned.settings.model_copy(
        update={"max_none": none / 2, "min_score": 0.0, "min_score_social_media": 0.0}))
    lenient = Learned(learned.ranker, strict.settings.model_copy(update={"max_none": 1.0}))
    assert ask(pack, question, learned=strict).no_answer
    assert not ask(pack, question, learned=lenient).no_answer


@pytest.mark.parametrize("value", ["0", "-0.1", "1.5", "veel"])
def test_max_none_must_be_a_probability(pack_copy: Path, value: str) -> None:
    faq = pack_copy / "faq.yml"
    text = faq.read_text(encoding="utf-8")
    faq.write_text(text.replace("  weight: ", f"  max_none: {value}\n  weight: ", 1),
                   encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_faq(load_pack_without_rules(str(pack_copy)))
    assert "max_none" in caught.value.message("en")


def test_missing_model_is_a_clear_pack_error(pack_copy: Path) -> None:
    _model_path(pack_copy).unlink()
    error = _pack_error(pack_copy)
    message = error.message("en")
    assert error.exit_status == 4
    assert "ask-ranker" in message and "wijzer train-ask" in message


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "wrong_shape", "nan"])
def test_damaged_model_is_a_clear_pack_error(pack_copy: Path, damage: str) -> None:
    path = _model_path(pack_copy)
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"not a model at all" * 10)
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        weights = np.ones((N_FEATURES, 2), dtype=np.float32)
        if damage == "nan":
            weights[3, 1] = np.nan
        save_ranker(path, ["faq:work-use", NONE], weights, np.zeros(2 if damage == "nan" else 3),
                    False, {})
    message = _pack_error(pack_copy).message("nl")
    assert "ask-ranker" in message and "beschadigd" in message


def test_model_for_other_documents_is_a_pack_error(pack_copy: Path) -> None:
    save_ranker(_model_path(pack_copy), ["faq:no-such-item", NONE],
                np.ones((N_FEATURES, 2), dtype=np.float32), np.zeros(2), False, {})
    assert "faq:no-such-item" in _pack_error(pack_copy).message("en")


def test_model_path_must_stay_inside_the_pack(pack_copy: Path) -> None:
    faq = pack_copy / "faq.yml"
    text = faq.read_text(encoding="utf-8")
    faq.write_text(text.replace("model: models/", "model: models/../../"), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_faq(load_pack_without_rules(str(pack_copy)))
    assert "faq.yml" in caught.value.message("en")


def test_features_are_bounded_and_stable() -> None:
    first = question_counts("Mag ik een foto van mijn collega plaatsen?", ["~foto"])
    assert first == question_counts("Mag ik een foto van mijn collega plaatsen?", ["~foto"])
    assert all(0 <= index < N_FEATURES for index in first)
    assert question_counts("") == {}


def test_training_is_reproducible(pack: Pack, tmp_path: Path) -> None:
    first = fit(TINY, None, c=4.0)
    second = fit(list(TINY), None, c=4.0)
    assert first[0] == second[0]
    assert np.array_equal(first[1], second[1]) and np.array_equal(first[2], second[2])
    file = tmp_path / "q.jsonl"
    file.write_text("".join(json.dumps({"question": e.text, "faq": e.label[4:] if
                                        e.label != NONE else None, "no_answer": e.label == NONE})
                            + "\n" for e in TINY), encoding="utf-8")
    one, two = tmp_path / "one.npz", tmp_path / "two.npz"
    train_ranker(pack, [file], one, c=4.0, uses_terms=False)
    train_ranker(pack, [file], two, c=4.0, uses_terms=False)
    with np.load(one) as a, np.load(two) as b:
        for key in ("rows", "weights", "bias", "meta"):
            assert np.array_equal(a[key], b[key])


def test_fit_needs_two_labels() -> None:
    with pytest.raises(WijzerError):
        fit(TINY[:2], None)


def test_blind_splits_are_never_training_data(pack: Pack, tmp_path: Path) -> None:
    rows = [{"question": f"vraag {split}", "faq": "work-use", "guideline": "gir.ambassador",
             "no_answer": False, "split": split}
            for split in ("dev", "holdout6", "holdout9", "train")]
    file = tmp_path / "q.jsonl"
    file.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    texts = [example.text for example in question_examples(file, pack)]
    assert texts == ["vraag dev", "vraag train"]
    assert "holdout6" not in TRAIN_SPLITS


@pytest.mark.parametrize(("line", "reason"), [
    ("{not json", "not JSON"),
    ("[1, 2]", "not an object"),
    ('{"faq": "work-use", "no_answer": false}', "no question"),
    ('{"question": "   ", "no_answer": true}', "no question"),
    ('{"question": "q", "faq": "nope", "no_answer": false}', "unknown FAQ id"),
    ('{"question": "q", "faq": null, "guideline": "rule-99", "no_answer": false}',
     "unknown guideline id"),
    ('{"question": "q", "no_answer": "yes"}', "no_answer"),
    ('{"question": "q", "no_answer": true, "split": 3}', "split"),
])
def test_bad_training_lines_name_file_and_line(pack: Pack, tmp_path: Path, line: str,
                                               reason: str) -> None:
    file = tmp_path / "q.jsonl"
    file.write_text('{"question": "ok", "no_answer": true}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(WijzerError) as caught:
        question_examples(file, pack)
    message = caught.value.message("en")
    assert "q.jsonl line 2" in message and reason in message


def test_unreadable_training_files(pack: Pack, tmp_path: Path) -> None:
    with pytest.raises(WijzerError) as caught:
        question_examples(tmp_path / "missing.jsonl", pack)
    assert caught.value.code == "train.no_data"
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(WijzerError) as caught:
        question_examples(binary, pack)
    assert "UTF-8" in caught.value.message("en")


def test_train_ask_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "q.jsonl"
    file.write_text('{"question": "Mag ik een foto delen?", "faq": "using-photos", '
                    '"no_answer": false}\n', encoding="utf-8")
    output = tmp_path / "ranker.npz"
    assert main(["train-ask", "--questions", str(file), "--output", str(output)]) == 0
    assert output.is_file() and str(output) in capsys.readouterr().out
    assert main(["train-ask", "--questions", str(file), "--output", str(output),
                 "--c", "0"]) == 2
    assert main(["train-ask", "--questions", str(tmp_path / "none.jsonl"), "--output",
                 str(output)]) == 3


def test_copy_of_pack_keeps_a_working_ranker(pack_copy: Path) -> None:
    assert (pack_copy / "models").is_dir()
    shutil.rmtree(pack_copy / "models")
    assert _pack_error(pack_copy).exit_status == 4


def test_shipped_model_is_trained_on_the_current_data(pack: Pack) -> None:
    """Changing the FAQ, the guideline, the synonyms or the training questions needs
    ``wijzer train-ask`` (run from the repository root) before committing."""
    learned = pack_ranker(pack)
    assert learned is not None
    root = Path(__file__).resolve().parents[2]
    files = [root / path for path in DEFAULT_QUESTIONS]
    assert learned.ranker.info["fingerprint"] == fingerprint(pack, training_examples(pack, files))
