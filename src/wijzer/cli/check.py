"""``wijzer check``: one draft (argument, file, stdin) or a batch of posts (JSON Lines)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wijzer.cli import exitcodes
from wijzer.cli.inputs import read_stdin, read_text_file
from wijzer.cli.render import render_report
from wijzer.domain import PLATFORMS, Attachment, Post
from wijzer.engine.checker import Checker
from wijzer.engine.serialize import report_to_dict
from wijzer.errors import ImageError, UsageError
from wijzer.evaluation.records import parse_date


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("check", parents=[common], help=t("controleer een bericht",
                                                              "check a post"))
    parser.add_argument("text", nargs="?", help=t("de tekst van je bericht", "your post's text"))
    parser.add_argument("--file", type=Path, help=t("lees de tekst uit een bestand",
                                                    "read the text from a file"))
    parser.add_argument("--input", type=Path, help=t(
        "controleer alle berichten in een JSON Lines-bestand",
        "check every post in a JSON Lines file"))
    parser.add_argument("--format", choices=["human", "json", "jsonl"], default="human")
    parser.add_argument("--platform", default="linkedin",
                        help=t("platform: ", "platform: ") + ", ".join(PLATFORMS))
    parser.add_argument("--reply-to", help=t("het bericht waarop je reageert",
                                             "the message you are replying to"))
    parser.add_argument("--posted-at", help=t("publicatiedatum JJJJ-MM-DD (standaard vandaag)",
                                              "publication date YYYY-MM-DD (default today)"))
    parser.add_argument("--image", type=Path, action="append", default=[],
                        help=t("afbeelding bij het bericht (herhaalbaar)",
                               "image with the post (repeatable)"))
    parser.add_argument("--credit", action="append", default=[], help=t(
        "bronvermelding bij de afbeelding, in dezelfde volgorde als --image",
        "credit line of the image, in the order of --image"))
    parser.add_argument("--image-note", action="append", default=[], help=t(
        "waar de afbeelding vandaan komt, in dezelfde volgorde als --image",
        "where the image comes from, in the order of --image"))
    parser.add_argument("--workers", type=int, default=0, help=t(
        "processen voor --input (standaard: automatisch)", "processes for --input (default: auto)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    sources = [args.text is not None, args.file is not None, args.input is not None]
    if sum(sources) > 1:
        raise UsageError("usage.conflict")
    if args.format == "jsonl" and args.input is None:
        raise UsageError("usage.jsonl_format")
    checker = Checker(args.pack)
    if args.input is not None:
        from wijzer.cli.batch import run_batch

        return run_batch(args.input, checker, args.pack, args.lang, args.format, args.workers)
    post = _post_from_args(args, checker)
    report = checker.check(post)
    if args.format == "human":
        print(render_report(report, checker.pack, args.lang, colour=sys.stdout.isatty()))
    else:
        print(json.dumps(report_to_dict(report, checker.pack, args.lang), ensure_ascii=False,
                         indent=2))
    return exitcodes.BY_VERDICT[report.verdict]


def _post_from_args(args: argparse.Namespace, checker: Checker) -> Post:
    if args.text is not None:
        text = args.text
    elif args.file is not None:
        text = read_text_file(args.file)
    elif not sys.stdin.isatty():
        text = read_stdin()
    else:
        raise UsageError("usage.no_text")
    if args.platform not in checker.pack.meta.platforms:
        raise UsageError("platform.unknown", platform=args.platform,
                         choices=", ".join(checker.pack.meta.platforms))
    posted_at = parse_date(args.posted_at) if args.posted_at else None
    return Post(text=text, platform=args.platform, reply_to=args.reply_to or None,
                posted_at=posted_at, attachments=tuple(_images(args)))


def _images(args: argparse.Namespace) -> list[Attachment]:
    if not args.image:
        return []
    for path in args.image:
        if not path.is_file():
            raise ImageError(path, "missing")
    from wijzer.images.metadata import read_image_metadata

    images = []
    for index, path in enumerate(args.image):
        credit = args.credit[index] if index < len(args.credit) else None
        note = args.image_note[index] if index < len(args.image_note) else None
        images.append(Attachment(type="image", credit=credit, note=note, path=path,
                                 metadata=read_image_metadata(path)))
    return images
