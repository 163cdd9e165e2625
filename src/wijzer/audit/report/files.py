"""The report files for the chosen formats, by name; the CLI and the web app share this."""

from __future__ import annotations

import json

from wijzer.audit.report.csv import activity_csv, posts_csv
from wijzer.audit.report.html import render_html
from wijzer.audit.report.json import report_to_dict
from wijzer.audit.summary import AuditReport
from wijzer.pack.model import Pack

FORMATS = ("html", "json", "csv")


def render_files(report: AuditReport, pack: Pack, lang: str, formats: set[str]
                 ) -> dict[str, str]:
    """The report files' names and contents for the chosen formats."""
    files: dict[str, str] = {}
    if "html" in formats:
        files["report.html"] = render_html(report, pack, lang)
    if "json" in formats:
        files["report.json"] = json.dumps(report_to_dict(report, pack, lang),
                                          ensure_ascii=False, indent=2) + "\n"
    if "csv" in formats:
        files["posts.csv"] = posts_csv(report, lang)
        files["activity.csv"] = activity_csv(report)
    return files
