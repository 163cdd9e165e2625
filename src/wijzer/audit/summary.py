"""The audit's outcome as one value: tally, import summary and history notes, ready to render."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from wijzer.audit.dosage import DosageReport, DosageSettings, dosage_report
from wijzer.audit.focus import FocusReport, focus_report
from wijzer.audit.results import AuditTally, FlaggedPost
from wijzer.pack.model import Pack


@dataclass(frozen=True)
class HistoryNote:
    """A history-level finding (categories ``dosage`` and ``focus``); ``code`` picks its text."""

    category: str
    guideline: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditReport:
    source: str  # the export's file or folder name, never a full path
    format: str
    generated_at: dt.datetime
    pack_id: str
    pack_version: str
    imported: dict[str, Any]
    checked: int
    not_checked: dict[str, int]
    verdicts: dict[str, int]
    kinds: dict[str, int]
    categories: dict[str, int]
    guidelines: dict[str, int]
    flagged_by_month: dict[str, int]
    flagged: tuple[FlaggedPost, ...]
    flagged_total: int
    dosage: DosageReport
    focus: FocusReport
    notes: tuple[HistoryNote, ...]

    @property
    def not_listed(self) -> int:
        return self.flagged_total - len(self.flagged)

    @property
    def first_day(self) -> dt.date | None:
        return self.dosage.days[0].day if self.dosage.days else None

    @property
    def last_day(self) -> dt.date | None:
        return self.dosage.days[-1].day if self.dosage.days else None

    @property
    def skipped_records(self) -> int:
        skipped: dict[str, int] = self.imported.get("skipped", {})
        return sum(skipped.values()) + sum(self.not_checked.values())


def build_report(tally: AuditTally, imported: dict[str, Any], pack: Pack, *, source: str,
                 field: str | None = None, now: dt.datetime | None = None) -> AuditReport:
    """The report of one audit (or of merged audits)."""
    dosage = dosage_report(tally.dosage, DosageSettings.from_pack(pack))
    focus = focus_report(tally.focus, pack, field)
    return AuditReport(
        source=source, format=str(imported.get("format", "?")),
        generated_at=now or dt.datetime.now(dt.UTC), pack_id=pack.id,
        pack_version=pack.meta.version, imported=imported, checked=tally.checked,
        not_checked=_sorted(tally.not_checked), verdicts=_sorted(tally.verdicts),
        kinds=_sorted(tally.kinds), categories=_by_count(tally.categories),
        guidelines=_by_count(tally.guidelines), flagged_by_month=_sorted(tally.flagged_by_month),
        flagged=tuple(tally.worst.worst_first()), flagged_total=tally.worst.total,
        dosage=dosage, focus=focus, notes=tuple(history_notes(dosage, focus)))


def history_notes(dosage: DosageReport, focus: FocusReport) -> list[HistoryNote]:
    """The dosage and focus findings, each citing its guideline item."""
    notes = []
    settings = dosage.settings
    if dosage.busy_days:
        notes.append(HistoryNote("dosage", "rule-7.dosed", "note.busy_days", {
            "days": len(dosage.busy_days), "limit": settings.posts_per_day,
            "max": dosage.busy_days[0].total}))
    if dosage.bursts:
        notes.append(HistoryNote("dosage", "rule-7.dosed", "note.bursts", {
            "bursts": len(dosage.bursts), "posts": settings.burst_posts,
            "minutes": settings.burst_minutes}))
    if dosage.late_noted:
        notes.append(HistoryNote("dosage", "rule-7.dosed", "note.late_night", {
            "share": round(100 * dosage.late_share), "limit": round(100 * settings.late_share)}))
    if focus.noted:
        code = "note.off_field" if focus.field is not None else "note.scattered"
        notes.append(HistoryNote("focus", "rule-7.focused", code, {
            "share": round(100 * focus.judged_share), "limit": round(100 * focus.min_share),
            "subjects": len(focus.shares), "field": focus.field or focus.top_subject or ""}))
    return notes


def merge_imported(summaries: list[dict[str, Any]]) -> dict[str, Any]:
    """Import summaries of several exports added up (for an organisation-wide audit)."""
    skipped: Counter[str] = Counter()
    for summary in summaries:
        skipped.update(summary.get("skipped", {}))
    formats = sorted({str(summary.get("format")) for summary in summaries})
    return {"format": "+".join(formats), "exports": len(summaries),
            "records_read": sum(int(s.get("records_read", 0)) for s in summaries),
            "posts_yielded": sum(int(s.get("posts_yielded", 0)) for s in summaries),
            "undated": sum(int(s.get("undated", 0)) for s in summaries),
            "skipped": dict(sorted(skipped.items())), "members_read": {},
            "member_problems": {}}


def _sorted(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items()))


def _by_count(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))
