"""``wijzer selfscan``: "how active are you on social media?", a profile with tips."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable
from typing import Any

from wijzer.cli import exitcodes
from wijzer.cli.prompt import ask_until_valid, require_terminal
from wijzer.cli.sessions import (
    add_session_options,
    finished_state,
    forget,
    pack_identity,
    saved_state,
    write_summary,
)
from wijzer.learn import selfscan
from wijzer.learn.messages import LearnError, LearnInterrupted, shown, text
from wijzer.learn.progress import ProgressStore
from wijzer.learn.share import selfscan_summary
from wijzer.learn.workshop import load_workshop
from wijzer.pack.loader import load_pack_without_rules
from wijzer.pack.model import Pack
from wijzer.pack.schema import ScanQuestion, SelfScanSpec

WIDTH = 88
KIND = "selfscan"


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("selfscan", parents=[common], help=t(
        "zelfscan: hoe actief ben jij op social media?",
        "self-scan: how active are you on social media?"))
    add_session_options(parser, t)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    store = ProgressStore(KIND)
    if args.forget:
        forget(store, lang)
        return exitcodes.OK
    pack = load_pack_without_rules(args.pack)
    spec = load_workshop(pack).selfscan
    if args.share is not None:
        answers = _answers(finished_state(store, pack), spec, store)
        write_summary(args.share, selfscan_summary(pack, selfscan.result(spec, answers)), lang)
        return exitcodes.OK
    require_terminal("session.not_interactive", kind=KIND)
    saved = saved_state(store, pack, args.resume)
    answers = _answers(saved, spec, store) if saved is not None else {}
    _interview(spec, answers, store, pack, lang)
    result = selfscan.result(spec, answers)
    store.save({**pack_identity(pack), "answers": answers, "finished": True})
    print(render_result(result, pack, lang))
    print()
    print(_wrap(text("scan.kept", lang, path=store.path)))
    return exitcodes.OK


def _answers(state: dict[str, Any], spec: SelfScanSpec,
             store: ProgressStore) -> dict[str, list[str]]:
    """Saved answers, checked against the questionnaire as if they were typed anew."""
    answers = state.get("answers")
    if not isinstance(answers, dict):
        raise store.damaged()
    checked: dict[str, list[str]] = {}
    for key, value in answers.items():
        if not isinstance(value, list) or not all(isinstance(o, str) for o in value):
            raise store.damaged()
        try:
            checked[key] = selfscan.validate_choice(spec, key, value)
        except LearnError:
            raise store.damaged() from None
    return checked


def _interview(spec: SelfScanSpec, answers: dict[str, list[str]], store: ProgressStore,
               pack: Pack, lang: str) -> None:
    interrupted = LearnInterrupted("interrupted.saved", path=store.path)
    if not answers:
        print(spec.title.local().get(lang))
        print(_wrap(spec.intro.local().get(lang)))
    count = len(spec.questions)
    for number, asked in enumerate(spec.questions, start=1):
        if asked.id in answers:
            continue
        print()
        print(f"{text('prompt.question', lang, number=number, count=count)}: "
              f"{asked.question.local().get(lang)}")
        for index, option in enumerate(asked.options, start=1):
            print(f"  {index}. {option.label.local().get(lang)}")
        prompt = text("prompt.choices" if asked.multiple else "prompt.choice", lang)
        answers[asked.id] = ask_until_valid(prompt, _parser(spec, asked), lang, interrupted)
        store.save({**pack_identity(pack), "answers": answers, "finished": False})


def _parser(spec: SelfScanSpec, asked: ScanQuestion) -> Callable[[str], list[str]]:
    def parse(line: str) -> list[str]:
        try:
            return selfscan.validate_choice(spec, asked.id, selfscan.parse_numbers(asked, line))
        except LearnError as error:
            if error.code != "option.invalid":
                raise
            raise LearnError("option.invalid", value=shown(line.strip()),
                             choices=f"1-{len(asked.options)}") from None
    return parse


def render_result(result: selfscan.ScanResult, pack: Pack, lang: str) -> str:
    """The profile, its description and the tips with the guideline items they rest on."""
    entries = pack.entries
    lines = ["", f"{text('scan.profile', lang)}: {result.profile.title.local().get(lang)}",
             _wrap(result.profile.description.local().get(lang)), "",
             f"{text('scan.tips', lang)}:"]
    for tip in result.tips:
        lines.append(_wrap(tip.text.local().get(lang), "- ", "  "))
        cited = "; ".join(f"{entries[gid].title.local().get(lang)} ({gid})"
                          for gid in tip.guidelines)
        lines.append(_wrap(f"{text('guideline', lang)}: {cited}", "  ", "    "))
    return "\n".join(lines)


def _wrap(value: str, first: str = "", rest: str | None = None) -> str:
    return textwrap.fill(value, width=WIDTH, initial_indent=first,
                         subsequent_indent=first if rest is None else rest)
