"""Run every rule of a policy pack over a post and build the report."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from wijzer.detectors.base import CheckContext, Hit
from wijzer.domain import Finding, Post, Report
from wijzer.engine.notices import platform_notices
from wijzer.engine.validate import validate_post
from wijzer.engine.verdict import verdict_for
from wijzer.pack.loader import load_pack
from wijzer.pack.model import Pack, Rule


class Checker:
    """Checks posts against one pack. Build once, call :meth:`check` many times."""

    def __init__(self, pack: Pack | str | None = None, today: dt.date | None = None) -> None:
        self.pack = pack if isinstance(pack, Pack) else load_pack(pack)
        self.today = today
        self._fallback = {rule.id for rule in self.pack.rules if rule.spec.fallback}

    def check(self, post: Post) -> Report:
        return self.check_in_context(post)[0]

    def check_in_context(self, post: Post) -> tuple[Report, CheckContext]:
        """The report, and the context the rules saw: its tokens and word-list matches can
        be reused by the caller (the history audit finds a post's subject with them)."""
        validate_post(post, self.pack)
        context = CheckContext(post, self.pack, self.today)
        findings: list[Finding] = []
        for rule in self.pack.rules:
            hits = rule.detector.detect(context)
            if hits:
                findings.extend(self._findings(rule, hits, post))
        findings = self._suppress(findings)
        findings.sort(key=lambda f: (f.field != "text", f.start, f.end, f.rule))
        verdict = verdict_for(findings)
        advice = self.pack.meta.verdict_advice[verdict.value].local()
        report = Report(post=post, findings=tuple(findings), verdict=verdict, advice=advice,
                        notices=tuple(platform_notices(post, self.pack, context.text.tokens)))
        return report, context

    def _findings(self, rule: Rule, hits: list[Hit], post: Post) -> list[Finding]:
        best: dict[tuple[str, int, int], Hit] = {}
        for hit in hits:
            if hit.score < rule.spec.threshold:
                continue
            key = (hit.field, hit.start, hit.end)
            if key not in best or hit.score > best[key].score:
                best[key] = hit
        spec = rule.spec
        return [Finding(
            category=spec.category, rule=rule.id, guidelines=rule.guidelines,
            severity=rule.severity, message=spec.message.local(),
            start=hit.start, end=hit.end, matched=_matched(post, hit),
            suggestion=spec.suggestion.local() if spec.suggestion else None,
            field=hit.field, score=round(hit.score, 3), explanation=hit.explanation,
        ) for hit in _without_nested(list(best.values()))]

    def _suppress(self, findings: list[Finding]) -> list[Finding]:
        fallback = self._fallback
        specific = {f.category for f in findings if f.rule not in fallback}
        findings = [f for f in findings if f.rule not in fallback or f.category not in specific]
        present = {finding.category for finding in findings}
        hidden = {name for category in present
                  for name in self.pack.meta.suppress.get(category, ())}
        return [finding for finding in findings if finding.category not in hidden]


def _without_nested(hits: list[Hit]) -> list[Hit]:
    """Drop hits whose span lies inside a longer hit of the same rule (one sorted sweep)."""
    kept: list[Hit] = []
    ordered = sorted(hits, key=lambda h: (h.field, h.start, h.start - h.end))
    for _, group in groupby(ordered, key=lambda h: h.field):
        reach = -1
        for hit in group:
            if hit.end <= reach:
                continue
            kept.append(hit)
            reach = hit.end
    return kept


def _matched(post: Post, hit: Hit) -> str:
    if hit.field == "text":
        return post.text[hit.start:hit.end]
    if hit.field == "reply_to":
        return (post.reply_to or "")[hit.start:hit.end]
    return ""
