"""``wijzer checklist``: the questions before posting, then the check of the draft."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wijzer.cli import exitcodes
from wijzer.cli.inputs import read_stdin, read_text_file
from wijzer.cli.prompt import ask_until_valid, read_draft, require_terminal
from wijzer.cli.render import render_report
from wijzer.domain import Post
from wijzer.engine.checker import Checker
from wijzer.engine.serialize import report_to_dict
from wijzer.errors import UsageError
from wijzer.learn.answers import Reply, parse_replies, parse_reply
from wijzer.learn.checklist import Outcome, advise, load_checklist, outcome_to_dict
from wijzer.learn.messages import LearnInterrupted, LearnUsageError, text
from wijzer.pack.model import Pack
from wijzer.pack.schema import ChecklistFile

WIDTH = 88


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("checklist", parents=[common], help=t(
        "de vragen voor het plaatsen, daarna de controle van je bericht",
        "the questions before posting, then the check of your post"))
    parser.add_argument("text", nargs="?", help=t("de tekst van je bericht (of Wijzer vraagt "
                                                  "erom)", "your post's text (or Wijzer asks)"))
    parser.add_argument("--file", type=Path, help=t("lees de tekst uit een bestand",
                                                    "read the text from a file"))
    parser.add_argument("--answers", help=t(
        "de antwoorden zonder vragen, gescheiden door komma's: ja,nee,weet niet,...",
        "the answers without questions, separated by commas: yes,no,not sure,..."))
    parser.add_argument("--platform", default="linkedin")
    parser.add_argument("--format", choices=["human", "json"], default="human", help=t(
        "json: het advies en de controle als JSON (vraagt --answers)",
        "json: the advice and the check as JSON (needs --answers)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.text is not None and args.file is not None:
        raise UsageError("usage.conflict")
    checker = Checker(args.pack)
    pack = checker.pack
    if args.platform not in pack.meta.platforms:
        raise UsageError("platform.unknown", platform=args.platform,
                         choices=", ".join(pack.meta.platforms))
    if args.format == "json" and args.answers is None:
        raise LearnUsageError("checklist.json_needs_answers")
    checklist = load_checklist(pack)
    lang = args.lang
    draft = read_text_file(args.file) if args.file is not None else args.text
    interrupted = LearnInterrupted("interrupted.nothing_saved")
    if args.answers is not None:
        replies = parse_replies(args.answers, len(checklist.questions))
    else:
        require_terminal("answers.not_interactive",
                         example=",".join(["ja"] * len(checklist.questions)))
        replies = _interview(checklist, lang, interrupted)
    if draft is None and not sys.stdin.isatty():
        draft = read_stdin()  # scripted: --answers given and the draft piped in
    if draft is None:
        draft = read_draft(text("prompt.draft", lang), interrupted, pack.meta.max_text_chars)
    report = checker.check(Post(text=draft, platform=args.platform))
    outcome = advise(checklist, replies)
    if args.format == "json":
        print(json.dumps({"checklist": outcome_to_dict(outcome, pack, lang),
                          "check": report_to_dict(report, pack, lang)},
                         ensure_ascii=False, indent=2))
    else:
        print(render_outcome(outcome, checklist, pack, lang))
        print()
        print(text("checklist.check", lang) + ":")
        print(render_report(report, pack, lang, colour=sys.stdout.isatty()))
    status = exitcodes.BY_VERDICT[report.verdict]
    return max(status, exitcodes.ORANGE) if outcome.action != "proceed" else status


def _interview(checklist: ChecklistFile, lang: str,
               interrupted: LearnInterrupted) -> list[Reply]:
    print(_wrap(checklist.intro.local().get(lang)))
    replies = []
    count = len(checklist.questions)
    for number, question in enumerate(checklist.questions, start=1):
        print()
        print(f"{text('prompt.question', lang, number=number, count=count)}: "
              f"{question.question.local().get(lang)}")
        replies.append(ask_until_valid(text("prompt.reply", lang), parse_reply, lang,
                                       interrupted))
    print()
    return replies


def render_outcome(outcome: Outcome, checklist: ChecklistFile, pack: Pack, lang: str) -> str:
    """The advice for every "no" or "not sure", the most careful first, with its guideline."""
    if not outcome.advice:
        return _wrap(checklist.all_yes.local().get(lang))
    contact = pack.meta.contact.local().get(lang)
    lines = [f"{text('checklist.advice', lang)}: "
             f"{text('checklist.action.' + outcome.action, lang, contact=contact)}"]
    entries = pack.entries
    for item in outcome.advice:
        answer = text(f"reply.{item.reply.value}", lang)
        lines.append(f"- {item.question.question.local().get(lang)} ({answer})")
        lines.append(_wrap(item.advice.text.local().get(lang), "  "))
        cited = "; ".join(f"{entries[gid].title.local().get(lang)} ({gid})"
                          for gid in item.question.guidelines)
        lines.append(_wrap(f"{text('guideline', lang)}: {cited}", "  "))
    return "\n".join(lines)


def _wrap(value: str, indent: str = "") -> str:
    return textwrap.fill(value, width=WIDTH, initial_indent=indent, subsequent_indent=indent)
