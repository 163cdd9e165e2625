"""The audit's tables as CSV: ``posts.csv`` (flagged posts, worst first), ``activity.csv``."""

from __future__ import annotations

import csv
import io

from wijzer.audit.localtime import local
from wijzer.audit.summary import AuditReport

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet will not run as a formula (a post may start with '=' or '@')."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def posts_csv(report: AuditReport, lang: str = "nl") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "date", "local_time", "platform", "kind", "verdict", "categories",
                     "guidelines", "rules", "messages", "source", "id", "text"])
    for rank, post in enumerate(report.flagged, start=1):
        when = local(post.created_at) if post.created_at else None
        findings = post.findings
        writer.writerow([
            rank, when.date().isoformat() if when else "", when.strftime("%H:%M") if when else "",
            post.platform, post.kind, post.verdict, " ".join(post.categories),
            " ".join(sorted({gid for f in findings for gid in f.guidelines})),
            " ".join(dict.fromkeys(f.rule for f in findings)),
            safe_cell(" | ".join(dict.fromkeys(f.message.get(lang) for f in findings))),
            safe_cell(post.source), safe_cell(post.id), safe_cell(post.text)])
    return out.getvalue()


def activity_csv(report: AuditReport) -> str:
    """One row per local day with posts: posts, replies, total, ISO week, busy day or not."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["date", "iso_week", "posts", "replies", "total", "busy_day"])
    limit = report.dosage.settings.posts_per_day
    for day in report.dosage.days:
        year, week, _ = day.day.isocalendar()
        writer.writerow([day.day.isoformat(), f"{year}-W{week:02d}", day.posts, day.replies,
                         day.total, "yes" if day.total > limit else "no"])
    return out.getvalue()
