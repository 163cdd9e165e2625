"""Check one imported post as it would be checked today, and keep only what the audit needs.

"Would it pass today": every rule of today's pack applies, with one exception. Time-relative
rules (``outdated``: old news presented as new) are judged against the post's *own* date, in
local time, because that is when it was published; an undated post cannot be judged on that,
so its ``outdated`` findings are dropped.
"""

from __future__ import annotations

from wijzer.audit.focus import SubjectMatcher
from wijzer.audit.importers.model import ImportedPost
from wijzer.audit.localtime import local
from wijzer.audit.results import CheckedPost, FlaggedPost
from wijzer.domain import Post
from wijzer.engine.checker import Checker
from wijzer.engine.verdict import verdict_for
from wijzer.errors import WijzerError

TIME_RELATIVE = frozenset({"outdated"})


def to_post(item: ImportedPost, checker: Checker) -> Post:
    """The checker's post for an imported one; an unknown platform is checked as the first."""
    platforms = checker.pack.meta.platforms
    platform = item.platform if item.platform in platforms else next(iter(platforms))
    reply = item.reply_to_text
    if reply is not None and len(reply) > checker.pack.meta.max_text_chars:
        reply = None  # the post itself can still be checked
    posted_at = local(item.created_at).date() if item.created_at else None
    return Post(text=item.text, platform=platform, reply_to=reply, posted_at=posted_at)


def check_item(checker: Checker, matcher: SubjectMatcher, item: ImportedPost) -> CheckedPost:
    """The checked post: verdict and subject, and the findings and text when it is flagged."""
    if len(item.text) > checker.pack.meta.max_text_chars:
        return CheckedPost(item.created_at, item.kind, matcher.subject_of(item.text), None,
                           "too_long")
    try:
        report, context = checker.check_in_context(to_post(item, checker))
    except WijzerError as error:
        return CheckedPost(item.created_at, item.kind, matcher.subject_of(item.text), None,
                           error.code)
    subject = matcher.subject_of(item.text, context.text)
    findings = report.findings
    if item.created_at is None and any(f.category in TIME_RELATIVE for f in findings):
        findings = tuple(f for f in findings if f.category not in TIME_RELATIVE)
    verdict = verdict_for(findings).value
    flagged = None
    if findings:
        flagged = FlaggedPost(id=item.id, source=item.source, platform=item.platform,
                              kind=item.kind, created_at=item.created_at, verdict=verdict,
                              findings=findings, text=item.text, reply_to=item.reply_to_text)
    return CheckedPost(item.created_at, item.kind, subject, verdict, flagged=flagged)
