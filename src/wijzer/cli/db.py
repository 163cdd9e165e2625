"""``wijzer db``: ``upgrade`` applies the migrations; ``prune`` applies the retention setting."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from wijzer.cli import exitcodes
from wijzer.cli.serve import add_settings_arguments, prepare, settings_from_args


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("db", parents=[common], help=t(
        "database van de webapp: bijwerken, oude verzoeken verwijderen",
        "web app database: upgrade, delete old requests"))
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION")
    upgrade = actions.add_parser("upgrade", parents=[common], help=t(
        "breng de database naar de nieuwste versie", "bring the database to the newest version"))
    prune = actions.add_parser("prune", parents=[common], help=t(
        "verwijder verzoeken ouder dan de bewaartermijn (WIJZER_RETENTION_DAYS, standaard 365)",
        "delete requests older than the retention period (default 365 days)"))
    prune.add_argument("--days", type=int, help=t("bewaartermijn in dagen",
                                                  "retention in days"))
    for item in (upgrade, prune):
        add_settings_arguments(item, t)
        item.set_defaults(handler=run)
    parser.set_defaults(handler=lambda _args: parser.print_help() or exitcodes.USAGE)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from wijzer.web.i18n import translate

    settings = settings_from_args(args)
    database = prepare(settings)
    if args.db_action == "upgrade":
        url = make_url(settings.effective_database_url).render_as_string(hide_password=True)
        print(translate("web.db.upgraded", args.lang, url=url))
        return exitcodes.OK
    from wijzer.web.services.retention import prune

    days = args.days if args.days is not None else settings.retention_days
    with database.session() as session:
        count = prune(session, settings.upload_dir, days)
    print(translate("web.db.pruned", args.lang, count=count, days=days))
    return exitcodes.OK
