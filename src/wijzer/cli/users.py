"""``wijzer users``: add local accounts, change role or password, list them."""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from collections.abc import Callable
from typing import Any

from wijzer.cli import exitcodes
from wijzer.cli.serve import add_settings_arguments, prepare, settings_from_args

ROLES = ("medewerker", "communicatie", "beheerder")
USERNAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("users", parents=[common], help=t(
        "beheer accounts van de webapp", "manage web app accounts"))
    actions = parser.add_subparsers(dest="users_action", metavar="ACTION")
    add = actions.add_parser("add", parents=[common], help=t("nieuw account", "new account"))
    change = actions.add_parser("set", parents=[common], help=t(
        "wijzig rol, wachtwoord of status", "change role, password or status"))
    listing = actions.add_parser("list", parents=[common], help=t("toon accounts",
                                                                  "list accounts"))
    for item in (add, change):
        item.add_argument("username")
        item.add_argument("--role", choices=ROLES)
        item.add_argument("--name", help=t("weergavenaam", "display name"))
        item.add_argument("--email", help=t("e-mailadres voor meldingen",
                                            "e-mail address for notifications"))
        item.add_argument("--password-stdin", action="store_true", help=t(
            "lees het wachtwoord van standaardinvoer (anders wordt erom gevraagd; of "
            "WIJZER_NEW_PASSWORD)", "read the password from standard input"))
    change.add_argument("--password", action="store_true", help=t("nieuw wachtwoord",
                                                                  "new password"))
    change.add_argument("--disable", action="store_true")
    change.add_argument("--enable", action="store_true")
    for item in (add, change, listing):
        add_settings_arguments(item, t)
        item.set_defaults(handler=run)
    parser.set_defaults(handler=lambda _args: parser.print_help() or exitcodes.USAGE)


def _password(args: argparse.Namespace) -> str:
    from wijzer.web.auth.passwords import MIN_LENGTH
    from wijzer.web.i18n import WebUsageError

    if os.environ.get("WIJZER_NEW_PASSWORD"):
        password = os.environ["WIJZER_NEW_PASSWORD"]
    elif args.password_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Wachtwoord / password: ")
        if getpass.getpass("Nogmaals / again: ") != password:
            raise WebUsageError("web.users.password_mismatch")
    if len(password) < MIN_LENGTH:
        raise WebUsageError("web.users.password_short", limit=MIN_LENGTH)
    return password


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from wijzer.web.auth.passwords import hash_password
    from wijzer.web.db.models import User
    from wijzer.web.i18n import WebUsageError, translate
    from wijzer.web.services import audit

    database = prepare(settings_from_args(args))
    with database.session() as session:
        if args.users_action == "list":
            for user in session.scalars(select(User).order_by(User.username)):
                state = "" if user.active else " (uit/disabled)"
                print(f"{user.username}\t{user.role}\t{user.email}{state}")
            return exitcodes.OK
        if not USERNAME.match(args.username):
            raise WebUsageError("web.users.bad_name")
        user = session.scalars(select(User).where(User.username == args.username)).first()
        if args.users_action == "add":
            if user is not None:
                raise WebUsageError("web.users.exists", username=args.username)
            user = User(username=args.username, role=args.role or "medewerker",
                        display_name=args.name or "", email=args.email or "",
                        password_hash=hash_password(_password(args)), lang=args.lang,
                        active=True)
            session.add(user)
            session.flush()
            audit.record(session, "user.created", None, detail=f"user={user.id} role={user.role}")
            print(translate("web.users.added", args.lang, username=user.username, role=user.role))
            return exitcodes.OK
        if user is None:
            raise WebUsageError("web.users.unknown", username=args.username)
        if args.role:
            audit.record(session, "user.role", None, detail=f"user={user.id} {user.role}->"
                                                            f"{args.role}")
            user.role = args.role
        if args.name is not None:
            user.display_name = args.name
        if args.email is not None:
            user.email = args.email
        if args.password or args.password_stdin:
            user.password_hash = hash_password(_password(args))
            user.session_epoch += 1  # logged-in sessions end
            audit.record(session, "user.password", None, detail=f"user={user.id}")
        if args.disable or args.enable:
            user.active = bool(args.enable)
            audit.record(session, "user.active", None, detail=f"user={user.id} {user.active}")
        print(translate("web.users.changed", args.lang, username=user.username))
    return exitcodes.OK
