"""``wijzer serve``: run the web app (migrations first). The web stack is imported here only."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wijzer.cli import exitcodes


def add_settings_arguments(parser: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser.add_argument("--config", type=Path, help=t(
        "instellingenbestand (TOML); standaard WIJZER_CONFIG", "settings file (TOML)"))
    parser.add_argument("--data-dir", type=Path, help=t(
        "map voor de SQLite-database en bijlagen (standaard ./wijzer-data)",
        "folder for the SQLite database and attachments (default ./wijzer-data)"))
    parser.add_argument("--database-url", help=t(
        "database-URL, bijv. postgresql+psycopg://user@host/db (standaard SQLite)",
        "database URL, e.g. postgresql+psycopg://user@host/db (default SQLite)"))


def settings_from_args(args: argparse.Namespace) -> Any:
    from wijzer.web.settings import load_settings

    return load_settings(args.config, data_dir=args.data_dir, database_url=args.database_url,
                         pack=args.pack)


def add_parser(sub: Any, common: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser = sub.add_parser("serve", parents=[common], help=t(
        "start de webapp", "start the web app"))
    add_settings_arguments(parser, t)
    parser.add_argument("--host", default="127.0.0.1", help=t("adres (standaard 127.0.0.1)",
                                                              "address (default 127.0.0.1)"))
    parser.add_argument("--port", type=int, default=8000, help=t("poort (standaard 8000)",
                                                                 "port (default 8000)"))
    parser.set_defaults(handler=run)


def prepare(settings: Any) -> Any:
    """Validate the settings, create the data folder and bring the database up to date."""
    from sqlalchemy.exc import OperationalError

    from wijzer.web.db.migrate import upgrade
    from wijzer.web.db.session import Database
    from wijzer.web.i18n import WebUsageError

    settings.validate()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    database = Database(settings.effective_database_url)
    try:
        upgrade(database.engine)
    except OperationalError as exc:
        raise WebUsageError("web.db.unavailable", detail=type(exc.orig).__name__) from None
    return database


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from wijzer.web.app import create_app
    from wijzer.web.i18n import translate

    settings = settings_from_args(args)
    database = prepare(settings) if settings.run_migrations else None
    app = create_app(settings, database=database)
    print(translate("web.serve.starting", args.lang, url=f"http://{args.host}:{args.port}"))
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                proxy_headers=True, server_header=False)
    return exitcodes.OK
