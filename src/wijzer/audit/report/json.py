"""The audit report as plain data (``report.json``; the web app can serve the same)."""

from __future__ import annotations

from typing import Any

from wijzer.audit.results import FlaggedPost
from wijzer.audit.summary import AuditReport
from wijzer.audit.texts import t
from wijzer.engine.serialize import finding_to_dict
from wijzer.pack.model import Pack

SCHEMA = "wijzer.audit/1"


def report_to_dict(report: AuditReport, pack: Pack, lang: str = "nl") -> dict[str, Any]:
    dosage, focus = report.dosage, report.focus
    settings = dosage.settings
    return {
        "schema": SCHEMA,
        "source": report.source,
        "format": report.format,
        "generated_at": report.generated_at.isoformat(timespec="seconds"),
        "pack": {"id": report.pack_id, "version": report.pack_version},
        "privacy": t("privacy", lang),
        "import": report.imported,
        "checked": report.checked,
        "not_checked": report.not_checked,
        "verdicts": report.verdicts,
        "kinds": report.kinds,
        "period": {"first": _iso(report.first_day), "last": _iso(report.last_day)},
        "findings_by_category": report.categories,
        "findings_by_guideline": report.guidelines,
        "flagged_by_month": report.flagged_by_month,
        "history_findings": [{
            "category": note.category, "guidelines": [note.guideline], "code": note.code,
            "message": t(note.code, lang, **note.params), "params": note.params,
        } for note in report.notes],
        "dosage": {
            "time_zone": "Europe/Amsterdam",
            "thresholds": {"posts_per_day": settings.posts_per_day,
                           "burst_posts": settings.burst_posts,
                           "burst_minutes": settings.burst_minutes,
                           "late_night_start": _clock(settings.late_start),
                           "late_night_end": _clock(settings.late_end),
                           "late_night_share": settings.late_share},
            "dated": dosage.dated, "undated": dosage.undated, "posts": dosage.posts,
            "replies": dosage.replies, "active_days": len(dosage.days),
            "mean_per_active_day": round(dosage.mean_per_active_day, 2),
            "max_per_day": dosage.max_per_day, "max_per_week": dosage.max_per_week,
            "late_night": dosage.late_night, "late_night_share": round(dosage.late_share, 4),
            "by_hour": list(dosage.by_hour),
            "busy_days": [{"day": d.day.isoformat(), "posts": d.posts, "replies": d.replies}
                          for d in dosage.busy_days],
            "bursts": [{"start": b.start.isoformat(timespec="minutes"),
                        "end": b.end.isoformat(timespec="minutes"), "posts": b.posts}
                       for b in dosage.bursts],
            "per_week": dict(dosage.weeks),
        },
        "focus": {
            "field": focus.field, "field_share": _round(focus.field_share),
            "top_subject": focus.top_subject, "top_share": round(focus.top_share, 4),
            "private_share": round(focus.private_share, 4),
            "classified": focus.classified, "unclassified": focus.unclassified,
            "min_share": focus.min_share, "min_posts": focus.min_posts,
            "subjects": [{"subject": s.subject, "work": s.work, "posts": s.posts,
                          "share": round(s.share, 4)} for s in focus.shares],
        },
        "flagged_total": report.flagged_total,
        "flagged_not_listed": report.not_listed,
        "flagged": [flagged_to_dict(post, lang) for post in report.flagged],
    }


def flagged_to_dict(post: FlaggedPost, lang: str = "nl") -> dict[str, Any]:
    return {"id": post.id, "source": post.source, "platform": post.platform, "kind": post.kind,
            "created_at": post.created_at.isoformat() if post.created_at else None,
            "verdict": post.verdict, "categories": post.categories, "text": post.text,
            "reply_to": post.reply_to,
            "findings": [finding_to_dict(finding, lang) for finding in post.findings]}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _round(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
