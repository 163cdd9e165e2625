"""``wijzer quiz``: "mag dit?" with example posts from the pack, an explanation after each."""

from __future__ import annotations

import argparse
import secrets
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
from wijzer.engine.checker import Checker
from wijzer.learn.answers import Reply, parse_reply
from wijzer.learn.messages import LearnInterrupted, text
from wijzer.learn.progress import ProgressStore
from wijzer.learn.quiz import Feedback, QuizItem, QuizSession, item_bank, select
from wijzer.learn.share import quiz_summary
from wijzer.learn.workshop import load_workshop
from wijzer.pack.model import Pack

WIDTH = 88
KIND = "quiz"


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("quiz", parents=[common], help=t(
        "quiz: mag dit? voorbeeldberichten met uitleg", "quiz: is this OK? example posts"))
    parser.add_argument("--seed", type=int, help=t(
        "vaste keuze en volgorde van de vragen", "fixed choice and order of the questions"))
    parser.add_argument("--questions", type=int, metavar="N", help=t(
        "aantal vragen (standaard uit het beleidspakket)", "number of questions (pack default)"))
    add_session_options(parser, t)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    store = ProgressStore(KIND)
    if args.forget:
        forget(store, lang)
        return exitcodes.OK
    checker = Checker(args.pack)
    pack = checker.pack
    spec = load_workshop(pack).quiz
    if args.share is not None:
        session = _restore(finished_state(store, pack), checker, store)
        write_summary(args.share, quiz_summary(pack, session), lang)
        return exitcodes.OK
    require_terminal("session.not_interactive", kind=KIND)
    saved = saved_state(store, pack, args.resume)
    if saved is not None:
        session = _restore(saved, checker, store)
    else:
        seed = args.seed if args.seed is not None else secrets.randbelow(2**31)
        count = args.questions if args.questions is not None else spec.questions
        session = QuizSession(select(item_bank(checker, spec), count, seed), seed)
        print(spec.title.local().get(lang))
        print(_wrap(spec.intro.local().get(lang)))
        _save(store, pack, session)
    interrupted = LearnInterrupted("interrupted.saved", path=store.path)
    while not session.finished:
        item = session.current()
        number = session.next_number
        print()
        print(f"{text('prompt.question', lang, number=number, count=len(session.items))} "
              f"({pack.meta.platforms[item.platform].name}):")
        print(_wrap(item.text, "  | "))
        reply = ask_until_valid(text("prompt.yes_no", lang),
                                lambda line: parse_reply(line, allow_unsure=False), lang,
                                interrupted)
        feedback = session.answer(number, reply is Reply.YES)
        _save(store, pack, session)
        print(render_feedback(feedback, pack, lang))
    print()
    print(text("quiz.score", lang, score=session.score, count=len(session.items)))
    print(_wrap(text("quiz.kept", lang, path=store.path)))
    return exitcodes.OK


def _save(store: ProgressStore, pack: Pack, session: QuizSession) -> None:
    store.save({**pack_identity(pack), **session.to_dict(), "finished": session.finished})


def _restore(state: dict[str, Any], checker: Checker, store: ProgressStore) -> QuizSession:
    bank = item_bank(checker, load_workshop(checker.pack).quiz)
    try:
        return QuizSession.from_dict(state, bank)
    except (KeyError, TypeError, ValueError):
        raise store.damaged() from None


def render_feedback(feedback: Feedback, pack: Pack, lang: str) -> str:
    """Right or not, whether the post may be posted, why, and the guideline behind it."""
    item: QuizItem = feedback.item
    verdict = text("quiz.allowed" if item.allowed else "quiz.not_allowed", lang)
    lines = [f"{text('quiz.right' if feedback.correct else 'quiz.wrong', lang)} {verdict}",
             _wrap(item.explanation.get(lang), "  ")]
    if item.tip is not None:
        lines.append(_wrap(f"{text('quiz.tip', lang)}: {item.tip.get(lang)}", "  "))
    entries = pack.entries
    cited = "; ".join(f"{entries[gid].title.local().get(lang)} ({gid})"
                      for gid in item.guidelines)
    lines.append(_wrap(f"{text('guideline', lang)}: {cited}", "  "))
    return "\n".join(lines)


def _wrap(value: str, indent: str = "") -> str:
    return "\n".join(textwrap.fill(line, width=WIDTH, initial_indent=indent,
                                   subsequent_indent=indent) or indent.rstrip()
                     for line in value.splitlines() or [""])
