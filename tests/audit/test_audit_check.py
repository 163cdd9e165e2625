"""Checking imported posts: the post's own date for time-relative rules, skips, the worst first."""

from __future__ import annotations

import datetime as dt

import pytest

from wijzer.audit.check import check_item, to_post
from wijzer.audit.focus import SubjectMatcher
from wijzer.audit.importers.model import ImportedPost
from wijzer.audit.results import AuditTally, CheckedPost, FlaggedPost, WorstPosts
from wijzer.domain import Finding, LocalText, Severity
from wijzer.engine.checker import Checker
from wijzer.pack.model import Pack

OLD_NEWS = "Nieuw: op 3 maart 2019 opent de nieuwe fietsbrug, kom allemaal kijken!"


def _item(text: str, created: dt.datetime | None, platform: str = "linkedin",
          source: str = "Shares.csv#1") -> ImportedPost:
    return ImportedPost(id=source, text=text, created_at=created, kind="post",
                        platform=platform, source=source)


@pytest.fixture(scope="module")
def matcher(pack: Pack) -> SubjectMatcher:
    return SubjectMatcher(pack)


def test_posted_at_is_the_local_date_of_the_post(checker: Checker) -> None:
    late = dt.datetime(2024, 7, 1, 22, 30, tzinfo=dt.UTC)  # 00:30 on 2 July in Zeeland
    assert to_post(_item("Hallo", late), checker).posted_at == dt.date(2024, 7, 2)
    assert to_post(_item("Hallo", None), checker).posted_at is None


def test_unknown_platform_is_checked_as_the_packs_first(checker: Checker) -> None:
    post = to_post(_item("Hallo", None, platform="unknown"), checker)
    assert post.platform in checker.pack.meta.platforms


def test_old_news_is_judged_on_the_posts_own_date(checker: Checker,
                                                  matcher: SubjectMatcher) -> None:
    then = dt.datetime(2019, 2, 20, 10, tzinfo=dt.UTC)  # announced before the date: fine
    on_time = check_item(checker, matcher, _item(OLD_NEWS, then))
    assert on_time.flagged is None or "outdated" not in on_time.flagged.categories
    # Posted years later, the same text presents old news as new.
    later = check_item(checker, matcher, _item(OLD_NEWS, dt.datetime(2024, 5, 1, tzinfo=dt.UTC)))
    assert later.flagged is not None and "outdated" in later.flagged.categories


def test_undated_posts_get_no_outdated_finding(checker: Checker,
                                               matcher: SubjectMatcher) -> None:
    result = check_item(checker, matcher, _item(OLD_NEWS, None))
    assert result.flagged is None or "outdated" not in result.flagged.categories


def test_too_long_post_is_counted_not_checked(checker: Checker, matcher: SubjectMatcher) -> None:
    text = "dijk " * (checker.pack.meta.max_text_chars // 4)
    result = check_item(checker, matcher, _item(text, None))
    assert result.verdict is None and result.problem == "too_long" and result.flagged is None


def test_only_flagged_posts_keep_their_text(checker: Checker, matcher: SubjectMatcher) -> None:
    fine = check_item(checker, matcher, _item("Mooie dag aan de Zeeuwse kust.", None))
    assert fine.verdict == "green" and fine.flagged is None and fine.subject == "water"
    rude = check_item(checker, matcher, _item("Wat een stelletje idioten daar.", None))
    assert rude.verdict == "red" and rude.flagged is not None
    assert rude.flagged.text == "Wat een stelletje idioten daar."


def _flagged(source: str, verdict: str, errors: int) -> FlaggedPost:
    severity = Severity.ERROR if verdict == "red" else Severity.WARNING
    finding = Finding(category="tone", rule="tone/insults", guidelines=("rule-1",),
                      severity=severity, message=LocalText("x", "x"), start=0, end=1,
                      matched="x")
    return FlaggedPost(id=source, source=source, platform="x", kind="post", created_at=None,
                       verdict=verdict, findings=(finding,) * max(errors, 1), text="x")


def test_worst_first_with_a_cap_and_a_count_of_the_rest() -> None:
    worst = WorstPosts(cap=2)
    for post in (_flagged("a", "orange", 1), _flagged("b", "red", 1), _flagged("c", "red", 3),
                 _flagged("d", "orange", 1)):
        worst.add(post)
    assert [post.source for post in worst.worst_first()] == ["c", "b"]
    assert worst.total == 4 and worst.not_listed == 2


def test_merged_tallies_equal_one_tally() -> None:
    posts = [CheckedPost(dt.datetime(2024, 1, i, 12, tzinfo=dt.UTC), "post", "water", "red",
                         flagged=_flagged(f"s{i}", "red", i % 3)) for i in range(1, 9)]
    posts.append(CheckedPost(None, "reply", None, None, "too_long"))
    whole = AuditTally(cap=3)
    for post in posts:
        whole.add(post)
    left, right = AuditTally(cap=3), AuditTally(cap=3)
    for index, post in enumerate(posts):
        (left if index % 2 else right).add(post)
    left.merge(right)
    assert left.worst.worst_first() == whole.worst.worst_first()
    assert (left.checked, left.not_checked, left.categories, left.worst.total) == (
        whole.checked, whole.not_checked, whole.categories, whole.worst.total)
    assert left.dosage.posts_by_day == whole.dosage.posts_by_day


def test_pipeline_reports_progress_with_the_total() -> None:
    from audit_helpers import FIXTURES

    from wijzer.audit.pipeline import audit_export

    calls: list[tuple[int, int | None]] = []
    report = audit_export(FIXTURES / "linkedin", progress=lambda done, total: calls.append(
        (done, total)), count_first=True, field="water")
    assert calls[-1] == (report.checked, report.imported["posts_yielded"])
    assert report.focus.field == "water" and report.source == "linkedin"


@pytest.mark.parametrize("text", [
    "Vandaag met de veerboot van Vlissingen naar Breskens, de dijkversterking gaat goed.",
    "Zaterdag wint Zeelandia eindelijk weer eens! #voetbal",
    "Niks bijzonders vandaag.",
])
def test_the_subject_from_the_checkers_view_is_the_same_as_on_its_own(
        checker: Checker, matcher: SubjectMatcher, text: str) -> None:
    _, context = checker.check_in_context(to_post(_item(text, None), checker))
    assert matcher.subject_of(text, context.text) == matcher.subject_of(text)
