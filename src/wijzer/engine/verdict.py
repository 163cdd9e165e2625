"""From findings to the traffic light (categories.md: error -> red, warning -> orange)."""

from __future__ import annotations

from collections.abc import Iterable

from wijzer.domain import Finding, Severity, Verdict


def verdict_for(findings: Iterable[Finding]) -> Verdict:
    severities = {finding.severity for finding in findings}
    if Severity.ERROR in severities:
        return Verdict.RED
    if Severity.WARNING in severities:
        return Verdict.ORANGE
    return Verdict.GREEN
