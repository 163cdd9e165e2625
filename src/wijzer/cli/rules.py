"""``wijzer rules`` and ``wijzer explain``: the guideline, its rules and their documentation."""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Callable
from typing import Any

from wijzer.cli import exitcodes
from wijzer.errors import UsageError
from wijzer.pack.loader import load_pack
from wijzer.pack.model import Pack, Rule


def add_parsers(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    rules = sub.add_parser("rules", parents=[common], help=t(
        "toon de richtlijn en haar regels", "list the guideline and its rules"))
    rules.add_argument("--format", choices=["human", "json"], default="human")
    rules.set_defaults(handler=run_rules)
    explain = sub.add_parser("explain", parents=[common], help=t(
        "leg één regel uit", "explain one rule"))
    explain.add_argument("rule", help=t("regel-id, bijvoorbeeld tone/insults",
                                        "rule id, for example tone/insults"))
    explain.set_defaults(handler=run_explain)


def run_rules(args: argparse.Namespace) -> int:
    pack = load_pack(args.pack)
    lang = args.lang
    if args.format == "json":
        print(json.dumps(_as_data(pack, lang), ensure_ascii=False, indent=2))
        return exitcodes.OK
    print(pack.guideline.title.local().get(lang))
    print()
    by_guideline: dict[str, list[Rule]] = {}
    for rule in pack.rules:
        for gid in rule.guidelines:
            by_guideline.setdefault(gid, []).append(rule)
    for entry in pack.guideline.entries:
        print(f"{entry.id:<28} {entry.title.local().get(lang)}")
        for rule in by_guideline.get(entry.id, []):
            severity = "fout" if rule.severity.value == "error" and lang != "en" else (
                "let op" if lang != "en" else rule.severity.value)
            print(f"    - {rule.id:<36} {severity}")
    return exitcodes.OK


def run_explain(args: argparse.Namespace) -> int:
    pack = load_pack(args.pack)
    rule = pack.rule(args.rule)
    if rule is None:
        raise UsageError("rule.unknown", rule=args.rule)
    print(explain_rule(pack, rule, args.lang))
    return exitcodes.OK


def explain_rule(pack: Pack, rule: Rule, lang: str) -> str:
    spec = rule.spec
    heads = {"nl": ("Wat het signaleert", "Waarom", "Voorbeeld", "Schrijf in plaats daarvan",
                    "Richtlijn", "Ernst"),
             "en": ("What it flags", "Why", "Example", "Write instead", "Guideline", "Severity")}
    what, why, example, instead, guideline, severity = heads["en" if lang == "en" else "nl"]
    first = spec.examples.flag[0]
    sample = first if isinstance(first, str) else first.text
    entries = pack.entries
    cited = [f"{gid}: {entries[gid].title.local().get(lang)}" for gid in spec.guidelines]
    parts = [
        f"{rule.id} ({pack.category_title(rule.category).get(lang)})",
        f"{severity}: {rule.severity.value}",
        "", f"{what}:", _indent(spec.doc.what.local().get(lang)),
        "", f"{why}:", _indent(spec.doc.why.local().get(lang)),
        "", f"{example}:", _indent(sample),
        "", f"{instead}:", _indent(spec.doc.instead.local().get(lang)),
        "", f"{guideline}:", *(_indent(line) for line in cited),
    ]
    return "\n".join(parts)


def _indent(text: str) -> str:
    return textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="  ")


def _as_data(pack: Pack, lang: str) -> dict[str, Any]:
    return {
        "pack": {"id": pack.id, "version": pack.meta.version},
        "guideline": [{"id": e.id, "title": e.title.local().get(lang),
                       "explanation": e.explanation.local().get(lang),
                       "source": e.source.model_dump(exclude_none=True)}
                      for e in pack.guideline.entries],
        "rules": [{"id": r.id, "category": r.category, "severity": r.severity.value,
                   "guidelines": list(r.guidelines), "type": r.spec.type,
                   "message": r.spec.message.local().get(lang)} for r in pack.rules],
    }
