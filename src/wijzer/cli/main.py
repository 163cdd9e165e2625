"""Entry point of the ``wijzer`` command: parses arguments and maps errors to exit statuses."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from wijzer import __version__
from wijzer.cli import exitcodes
from wijzer.errors import UsageError, WijzerError
from wijzer.i18n import translate

Command = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """Turns argparse's own errors into a UsageError, so they are shown like all others."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError("usage.invalid", detail=message, usage=self.format_usage().strip())


def _language(argv: Sequence[str]) -> str:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "nl"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "nl"
    return "en" if os.environ.get("WIJZER_LANG") == "en" else "nl"


def build_parser(lang: str) -> argparse.ArgumentParser:
    from wijzer.cli import (
        ask,
        audit,
        check,
        checklist,
        db,
        evaluate,
        quiz,
        rules,
        selfscan,
        serve,
        train,
        train_ask,
        users,
    )

    def t(nl: str, en: str) -> str:
        return en if lang == "en" else nl

    parser = _Parser(prog="wijzer", description=t(
        "Wijzer controleert je social-mediabericht aan de richtlijn van je organisatie.",
        "Wijzer checks your social media post against your organisation's guideline."))
    parser.add_argument("--version", action="version", version=f"wijzer {__version__}")
    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=["nl", "en"], default=lang,
                        help=t("taal van de uitvoer (standaard nl)", "output language"))
    common.add_argument("--pack", help=t("beleidspakket: naam of map (standaard zeeland)",
                                         "policy pack: name or folder (default zeeland)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check.add_parser(sub, common, t)
    ask.add_parser(sub, common, t)
    checklist.add_parser(sub, common, t)
    selfscan.add_parser(sub, common, t)
    quiz.add_parser(sub, common, t)
    audit.add_parser(sub, common, t)
    evaluate.add_parser(sub, common, t)
    rules.add_parsers(sub, common, t)
    train.add_parser(sub, common, t)
    serve.add_parser(sub, common, t)
    users.add_parser(sub, common, t)
    db.add_parser(sub, common, t)
    train_ask.add_parser(sub, common, t)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _language(args_list)
    try:
        parser = build_parser(lang)
        args = parser.parse_args(args_list)
        if not getattr(args, "handler", None):
            parser.print_help()
            return exitcodes.USAGE
        handler: Command = args.handler
        return handler(args)
    except WijzerError as error:
        print(f"wijzer: {error.message(lang)}", file=sys.stderr)
        return error.exit_status
    except KeyboardInterrupt:
        print(f"wijzer: {translate('interrupted', lang)}", file=sys.stderr)
        return exitcodes.INTERRUPTED
    except BrokenPipeError:
        return exitcodes.OK
    except Exception:
        if os.environ.get("WIJZER_DEBUG"):
            raise
        print(f"wijzer: {translate('internal', lang)}", file=sys.stderr)
        return exitcodes.INTERNAL
