"""``wijzer ask``: answer a "mag ik ...?" question from the guideline and its FAQ."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable
from typing import Any

from wijzer.ask.answer import Answer, answer_to_dict, ask
from wijzer.cli import exitcodes
from wijzer.cli.inputs import read_stdin
from wijzer.engine.checker import Checker
from wijzer.errors import WijzerError
from wijzer.pack.model import Pack
from wijzer.pack.schema import SourceRef

WIDTH = 88
_LABELS = {
    "nl": {"question": "Vraag", "rests_on": "Dit antwoord steunt op", "source": "Bron",
           "rule": "regel {rule}", "rule_point": "regel {rule}, punt {point}",
           "integrity_code": "Gedragscode Integriteit Rijk, punt {point}",
           "protocol": "Protocol Gebruik ICT-faciliteiten en Sociale Media, punt {point}",
           "checklist": "vragen voor LinkedIn, vraag {question}", "advice": "advies bij twijfel",
           "introduction": "inleiding"},
    "en": {"question": "Question", "rests_on": "This answer rests on", "source": "Source",
           "rule": "rule {rule}", "rule_point": "rule {rule}, point {point}",
           "integrity_code": "Gedragscode Integriteit Rijk (integrity code), point {point}",
           "protocol": "Protocol on ICT facilities and social media, point {point}",
           "checklist": "LinkedIn questions, question {question}",
           "advice": "advice when in doubt", "introduction": "introduction"},
}


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("ask", parents=[common], help=t(
        "stel een vraag over de richtlijn (\"Mag ik ...?\")",
        "ask a question about the guideline (\"May I ...?\")"))
    parser.add_argument("question", nargs="*", help=t(
        "je vraag, in het Nederlands of Engels (of via standaardinvoer)",
        "your question, in Dutch or English (or on standard input)"))
    parser.add_argument("--format", choices=["human", "json"], default="human")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Answer in the language of the question; ``--lang`` decides when that is unclear."""
    words = args.question
    if isinstance(words, str):
        words = [words]
    if words:
        text = " ".join(words)
    elif not sys.stdin.isatty():
        text = read_stdin()
    else:
        raise WijzerError("ask.empty")
    checker = Checker(args.pack)
    pack = checker.pack
    answer = ask(pack, text, args.lang, checker)
    if args.format == "json":
        print(json.dumps(answer_to_dict(answer, pack), ensure_ascii=False, indent=2))
    else:
        print(render_answer(answer, pack))
    return exitcodes.OK


def render_answer(answer: Answer, pack: Pack) -> str:
    """The answer for a terminal: question, answer, then each cited entry with its source."""
    lang = answer.language
    labels = _LABELS["en" if lang == "en" else "nl"]
    lines = [f"{labels['question']}: {answer.question}", "", _wrap(answer.text, "")]
    if answer.guidelines:
        lines += ["", f"{labels['rests_on']}:"]
    entries = pack.entries
    for number, gid in enumerate(answer.guidelines, start=1):
        entry = entries[gid]
        lines.append(f"  {number}. {gid} - {entry.title.local().get(lang)}")
        lines.append(_wrap(entry.explanation.local().get(lang), "     "))
        source = f"{labels['source']}: {source_label(entry.source, lang)}: \"{entry.source.quote}\""
        lines.append(_wrap(source, "     "))
    if not answer.no_answer:
        lines += ["", f"(faq: {answer.faq_id or '-'}, score {answer.score:.2f})"]
    return "\n".join(lines)


def source_label(source: SourceRef, lang: str) -> str:
    """Where a guideline entry stands in the original document, in words."""
    template = _LABELS["en" if lang == "en" else "nl"][source.kind]
    return template.format(rule=source.rule, point=source.point, question=source.question)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=WIDTH, initial_indent=indent, subsequent_indent=indent)
