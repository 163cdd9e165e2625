"""Focus: the subject of a post from the pack's word lists, and the spread over subjects."""

from __future__ import annotations

import pytest

from wijzer.audit.focus import FocusCounter, SubjectMatcher, focus_report
from wijzer.pack.model import Pack


@pytest.fixture(scope="module")
def matcher(pack: Pack) -> SubjectMatcher:
    return SubjectMatcher(pack)


@pytest.mark.parametrize(("text", "subject"), [
    ("Vandaag de dijkversterking bij Westkapelle bekeken: de zeedijk is klaar.", "water"),
    ("De veerdienst Vlissingen-Breskens vaart weer volgens de dienstregeling.", "mobility"),
    ("Wat een wedstrijd gisteren, de voetbal was geweldig!", "sports"),
    ("Nieuwe windmolens op zee leveren groene energie.", "energy"),
    ("Mooie tentoonstelling in het Zeeuws Museum over ons erfgoed.", "culture"),
    ("Starterswoningen in de dorpen: daar is de woningmarkt mee geholpen.", "housing"),
])
def test_subject_of(matcher: SubjectMatcher, text: str, subject: str) -> None:
    assert matcher.subject_of(text) == subject


def test_no_subject_for_plain_text(matcher: SubjectMatcher) -> None:
    assert matcher.subject_of("Goedemorgen allemaal, fijne dag!") is None


def _counter(**counts: int) -> FocusCounter:
    counter = FocusCounter()
    for subject, count in counts.items():
        for _ in range(count):
            counter.add(subject)
    return counter


def test_distribution_and_top_share(pack: Pack) -> None:
    counter = _counter(water=30, sports=10)
    counter.add(None)
    report = focus_report(counter, pack)
    assert [(s.subject, s.posts) for s in report.shares] == [("water", 30), ("sports", 10)]
    assert report.top_subject == "water" and report.top_share == pytest.approx(0.75)
    assert report.unclassified == 1 and report.classified == 40
    assert report.shares[0].work and not report.shares[1].work
    assert report.private_share == pytest.approx(0.25)
    assert not report.noted


def test_scattered_posts_are_noted(pack: Pack) -> None:
    report = focus_report(_counter(water=6, sports=6, politics=6, culture=6, energy=6), pack)
    assert report.top_share == pytest.approx(0.2) and report.noted


def test_own_field_share(pack: Pack) -> None:
    counter = _counter(water=30, mobility=5)
    assert focus_report(counter, pack, "water").noted is False
    off = focus_report(counter, pack, "mobility")
    assert off.field_share == pytest.approx(5 / 35) and off.noted


def test_too_few_posts_are_not_judged(pack: Pack) -> None:
    report = focus_report(_counter(water=2, sports=3, politics=3), pack)
    assert report.classified < report.min_posts and not report.noted


def test_merge(pack: Pack) -> None:
    left, right = _counter(water=2), _counter(water=1, sports=4)
    right.add(None)
    left.merge(right)
    assert left.subjects == {"water": 3, "sports": 4} and left.unclassified == 1


def test_a_pack_without_subjects_has_no_focus(pack: Pack) -> None:
    bare = Pack(root=pack.root, meta=pack.meta.model_copy(update={"subjects": {}}),
                guideline=pack.guideline)
    assert SubjectMatcher(bare).subject_of("De dijk bij Westkapelle") is None
    counter = FocusCounter()
    counter.add(None)
    report = focus_report(counter, bare)
    assert report.shares == () and report.top_subject is None and not report.noted
