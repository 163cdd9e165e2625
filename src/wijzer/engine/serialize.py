"""Reports as plain data for JSON output (command line, web API)."""

from __future__ import annotations

from typing import Any

from wijzer.domain import Finding, Report
from wijzer.pack.model import Pack


def finding_to_dict(finding: Finding, lang: str = "nl") -> dict[str, Any]:
    return {
        "category": finding.category,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message.get(lang),
        "suggestion": finding.suggestion.get(lang) if finding.suggestion else None,
        "field": finding.field,
        "start": finding.start,
        "end": finding.end,
        "matched": finding.matched,
        "guidelines": list(finding.guidelines),
        "score": finding.score,
    }


def report_to_dict(report: Report, pack: Pack, lang: str = "nl") -> dict[str, Any]:
    entries = pack.entries
    cited = sorted({g for f in report.findings for g in f.guidelines})
    return {
        "verdict": report.verdict.value,
        "advice": report.advice.get(lang),
        "findings": [finding_to_dict(finding, lang) for finding in report.findings],
        "guidelines": {gid: {"title": entries[gid].title.local().get(lang),
                             "explanation": entries[gid].explanation.local().get(lang)}
                       for gid in cited if gid in entries},
        "notices": [{"code": n.code, "message": n.message.get(lang)} for n in report.notices],
        "pack": {"id": pack.id, "version": pack.meta.version},
    }


def batch_line(post_id: str, report: Report) -> dict[str, Any]:
    """One output line of ``wijzer check --input ... --format jsonl``."""
    return {
        "id": post_id,
        "verdict": report.verdict.value,
        "findings": [{
            "category": f.category, "rule": f.rule, "severity": f.severity.value,
            "message": f.message.nl, "start": f.start, "end": f.end,
            "guidelines": list(f.guidelines),
        } for f in report.findings],
    }
