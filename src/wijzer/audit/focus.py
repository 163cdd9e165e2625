"""Focus (rule-7.focused): which subject a post is about, and how the posts spread over them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from wijzer.detectors.base import FieldView
from wijzer.pack.model import Pack
from wijzer.text.stems import stem
from wijzer.text.tokens import tokenize


class SubjectMatcher:
    """The subject of a text: the pack subject whose word list matches most often."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        subjects = pack.meta.subjects
        self.subject_of_list = {spec.list: subject for subject, spec in subjects.items()}
        self.lists = pack.list_set(tuple(self.subject_of_list)) if subjects else None

    def subject_of(self, text: str, view: FieldView | None = None) -> str | None:
        """The best-matching subject id; ties go to the subject listed first in the pack.

        ``view``: the text as the checker saw it, whose word-list matches are reused.
        """
        if self.lists is None:
            return None
        if view is not None and view.text == text:
            found = {name: view.matches(self.pack, name) for name in self.lists.names}
        else:
            tokens = tokenize(text)
            found = self.lists.find(text, tokens, [stem(token.norm) for token in tokens])
        best, best_count = None, 0
        for name in self.lists.names:  # pack order
            count = len({(m.start, m.end) for m in found[name]})
            if count > best_count:
                best, best_count = self.subject_of_list[name], count
        return best


@dataclass
class FocusCounter:
    """How many posts were about each subject; mergeable."""

    subjects: Counter[str] = field(default_factory=Counter)
    unclassified: int = 0

    def add(self, subject: str | None) -> None:
        if subject is None:
            self.unclassified += 1
        else:
            self.subjects[subject] += 1

    def merge(self, other: FocusCounter) -> None:
        self.subjects.update(other.subjects)
        self.unclassified += other.unclassified


@dataclass(frozen=True)
class SubjectShare:
    subject: str
    posts: int
    share: float  # of the posts with a recognisable subject
    work: bool


@dataclass(frozen=True)
class FocusReport:
    """The spread over subjects; ``noted`` when the posts stray from the field (rule-7.focused)."""

    shares: tuple[SubjectShare, ...]
    classified: int
    unclassified: int
    field: str | None
    field_share: float | None
    top_subject: str | None
    top_share: float
    min_share: float
    min_posts: int

    @property
    def private_share(self) -> float:
        """The share of posts about private topics (subjects with ``work: false``)."""
        return sum(share.share for share in self.shares if not share.work)

    @property
    def judged_share(self) -> float:
        """The share compared with the threshold: the field's, or else the top subject's."""
        return self.field_share if self.field_share is not None else self.top_share

    @property
    def noted(self) -> bool:
        return self.classified >= self.min_posts and self.judged_share < self.min_share


def focus_report(counter: FocusCounter, pack: Pack, field: str | None = None) -> FocusReport:
    """The focus summary; ``field`` is the author's own subject id, if known."""
    classified = sum(counter.subjects.values())
    order = {subject: index for index, subject in enumerate(pack.meta.subjects)}
    ranked = sorted(counter.subjects.items(), key=lambda item: (-item[1], order.get(item[0], 99)))
    shares = tuple(SubjectShare(subject, count, count / classified if classified else 0.0,
                                _is_work(pack, subject)) for subject, count in ranked)
    field_share = None
    if field is not None:
        field_share = counter.subjects.get(field, 0) / classified if classified else 0.0
    return FocusReport(
        shares=shares, classified=classified, unclassified=counter.unclassified, field=field,
        field_share=field_share, top_subject=shares[0].subject if shares else None,
        top_share=shares[0].share if shares else 0.0,
        min_share=float(pack.setting("focus_min_share", 0.4)),
        min_posts=int(pack.setting("focus_min_posts", 20)))


def _is_work(pack: Pack, subject: str) -> bool:
    spec = pack.meta.subjects.get(subject)
    return spec.work if spec else False
