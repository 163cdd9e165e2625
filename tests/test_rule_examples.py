"""Every rule's own examples: the ``flag`` ones are flagged by it, the ``pass`` ones are not."""

from __future__ import annotations

import datetime as dt

import pytest

from wijzer.domain import Attachment, Post
from wijzer.engine.checker import Checker
from wijzer.evaluation.records import parse_date
from wijzer.pack.loader import load_pack
from wijzer.pack.schema import Example

PACK = load_pack("zeeland")


def _post(example: str | Example) -> Post:
    if isinstance(example, str):
        return Post(text=example)
    return Post(text=example.text, platform=example.platform, reply_to=example.reply_to,
                posted_at=parse_date(example.posted_at) if example.posted_at else None,
                attachments=tuple(Attachment(type=a.type, credit=a.credit, note=a.note)
                                  for a in example.attachments))


CASES = [(rule.id, kind, index, example)
         for rule in PACK.rules
         for kind, examples in (("flag", rule.spec.examples.flag),
                                ("pass", rule.spec.examples.passes))
         for index, example in enumerate(examples)]


@pytest.mark.parametrize(("rule_id", "kind", "index", "example"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_rule_example(checker: Checker, rule_id: str, kind: str, index: int,
                      example: str | Example) -> None:
    report = checker.check(_post(example))
    fired = {finding.rule for finding in report.findings}
    rule = PACK.rule(rule_id)
    assert rule is not None
    if kind == "flag" and rule.spec.fallback:
        # A fallback rule stays silent when a specific rule of its category speaks.
        assert rule.category in report.categories, f"{rule_id} should flag example {index}"
    elif kind == "flag":
        assert rule_id in fired, f"{rule_id} should flag example {index}"
    else:
        assert rule_id not in fired, f"{rule_id} should pass example {index}"


def test_every_rule_has_examples_of_both_kinds() -> None:
    for rule in PACK.rules:
        assert len(rule.spec.examples.flag) >= 3, rule.id
        assert len(rule.spec.examples.passes) >= 3, rule.id


def test_today_is_used_without_posted_at() -> None:
    checker = Checker(PACK, today=dt.date(2026, 1, 1))
    assert checker.check(Post(text="Hallo")).verdict.value == "green"
