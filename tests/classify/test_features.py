"""Classifier features: shared views, links as one word, evidence per sentence."""

from __future__ import annotations

from wijzer.classify.features import Lexicons, _hash, extract
from wijzer.classify.model import TextClassifier, load_classifier
from wijzer.detectors.base import FieldView
from wijzer.domain import Post
from wijzer.pack.loader import load_pack


def _model_and_lists() -> tuple[TextClassifier, Lexicons]:
    pack = load_pack()
    model = load_classifier(pack.path("models/classifier.v1.npz"))
    return model, Lexicons(pack, model.feature_lists)


def test_a_link_is_one_word_and_the_own_site_is_told_apart() -> None:
    own = extract(Post(text="Lees meer op https://www.zeeland.nl/nieuws/dijk vandaag"))
    other = extract(Post(text="Lees meer op https://example.com/nieuws/dijk vandaag"))
    assert own.counts[_hash("w:zlink")] == 1
    assert other.counts[_hash("w:xlink")] == 1
    # the link's parts are not words of the post
    assert _hash("w:nieuw") not in own.counts
    assert _hash("b:op zlink") in own.counts and _hash("b:zlink vandag") in own.counts


def test_shared_views_give_the_same_features_as_fresh_ones() -> None:
    pack = load_pack()
    lists = Lexicons(pack, tuple(pack.setting("classifier_feature_lists", [])))
    post = Post(text="Die collega zei gisteren dat het plan niet doorgaat. Zie zeeland.nl",
                reply_to="Klopt het dat de veerboot stopt?")
    text, reply = FieldView(post.text), FieldView(post.reply_to or "")
    assert extract(post, lists, text, reply).counts == extract(post, lists).counts


def test_evidence_points_at_the_sentence_that_carries_the_score() -> None:
    model, lists = _model_and_lists()
    post = Post(text="Mooie dag gehad op de dijk bij Westkapelle. "
                     "Wat een stelletje idioten en sukkels zijn het daar!")
    starts = [0, post.text.index("Wat")]
    evidence = model.evidence(extract(post, lists), starts)["tone"]
    assert evidence[1] > evidence[0]


def test_evidence_of_an_empty_post_is_zero() -> None:
    model, lists = _model_and_lists()
    evidence = model.evidence(extract(Post(text="..."), lists), [0])["tone"]
    assert evidence == [0.0]
