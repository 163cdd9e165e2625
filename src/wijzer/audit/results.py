"""What the audit keeps per post and in total: compact, picklable, mergeable."""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from dataclasses import dataclass, field

from wijzer.audit.dosage import DosageCounter
from wijzer.audit.focus import FocusCounter
from wijzer.audit.localtime import local
from wijzer.domain import Finding, Severity

_RANK = {"green": 0, "orange": 1, "red": 2}


@dataclass(frozen=True)
class FlaggedPost:
    """A post that would not pass today, with its findings; the only place texts are kept."""

    id: str
    source: str
    platform: str
    kind: str
    created_at: dt.datetime | None
    verdict: str
    findings: tuple[Finding, ...]
    text: str
    reply_to: str | None = None

    @property
    def categories(self) -> list[str]:
        return sorted({finding.category for finding in self.findings})

    def sort_key(self) -> tuple[int, int, int, float, str]:
        """Worse is larger: verdict, error findings, findings, strongest score, then source."""
        errors = sum(finding.severity is Severity.ERROR for finding in self.findings)
        top = max((finding.score for finding in self.findings), default=0.0)
        return (_RANK[self.verdict], errors, len(self.findings), top, _reverse(self.source))


def _reverse(text: str) -> str:
    """Sorts earlier sources as worse among equals, so the order is stable across merges."""
    return "".join(chr(0x10FFFF - ord(char)) for char in text[:200])


@dataclass(frozen=True)
class CheckedPost:
    """One post after checking, as a worker sends it back (text only when flagged)."""

    created_at: dt.datetime | None
    kind: str
    subject: str | None
    verdict: str | None  # None: not checked, see ``problem``
    problem: str | None = None
    flagged: FlaggedPost | None = None


@dataclass
class WorstPosts:
    """The ``cap`` worst flagged posts (a heap); the others are only counted."""

    cap: int
    heap: list[tuple[tuple[int, int, int, float, str], FlaggedPost]] = field(default_factory=list)
    total: int = 0

    def add(self, post: FlaggedPost) -> None:
        self.total += 1
        if self.cap <= 0:
            return
        entry = (post.sort_key(), post)
        if len(self.heap) < self.cap:
            heapq.heappush(self.heap, entry)
        elif entry[0] > self.heap[0][0]:
            heapq.heapreplace(self.heap, entry)

    def merge(self, other: WorstPosts) -> None:
        total = self.total + other.total
        for _, post in other.heap:
            self.add(post)
        self.total = total

    @property
    def not_listed(self) -> int:
        return self.total - len(self.heap)

    def worst_first(self) -> list[FlaggedPost]:
        return [post for _, post in sorted(self.heap, key=lambda entry: entry[0], reverse=True)]


@dataclass
class AuditTally:
    """Everything the report needs, counted over a stream of checked posts; mergeable."""

    cap: int = 500
    checked: int = 0
    not_checked: Counter[str] = field(default_factory=Counter)
    verdicts: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)  # posts per category
    guidelines: Counter[str] = field(default_factory=Counter)  # posts per guideline item
    flagged_by_month: Counter[str] = field(default_factory=Counter)
    dosage: DosageCounter = field(default_factory=DosageCounter)
    focus: FocusCounter = field(default_factory=FocusCounter)
    worst: WorstPosts = field(init=False)

    def __post_init__(self) -> None:
        self.worst = WorstPosts(self.cap)

    def add(self, post: CheckedPost) -> None:
        self.kinds[post.kind] += 1
        self.dosage.add(post.created_at, post.kind)
        self.focus.add(post.subject)
        if post.verdict is None:
            self.not_checked[post.problem or "unreadable"] += 1
            return
        self.checked += 1
        self.verdicts[post.verdict] += 1
        flagged = post.flagged
        if flagged is None:
            return
        self.categories.update({finding.category for finding in flagged.findings})
        self.guidelines.update({gid for finding in flagged.findings
                                for gid in finding.guidelines})
        month = local(flagged.created_at).strftime("%Y-%m") if flagged.created_at else "?"
        self.flagged_by_month[month] += 1
        self.worst.add(flagged)

    def merge(self, other: AuditTally) -> None:
        self.checked += other.checked
        for mine, theirs in ((self.not_checked, other.not_checked),
                             (self.verdicts, other.verdicts), (self.kinds, other.kinds),
                             (self.categories, other.categories),
                             (self.guidelines, other.guidelines),
                             (self.flagged_by_month, other.flagged_by_month)):
            mine.update(theirs)
        self.dosage.merge(other.dosage)
        self.focus.merge(other.focus)
        self.worst.merge(other.worst)
