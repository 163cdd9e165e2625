"""``wijzer serve``: run the web app (migrations first). The web stack is imported here only."""

from __future__ import annotations

import argparse
import os
import secrets
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
    parser.add_argument("--workers", type=int, default=1, help=t(
        "aantal serverprocessen (standaard 1; inlogpogingen worden per proces geteld)",
        "number of server processes (default 1; login attempts are counted per process)"))
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
    from wijzer.web.settings import PLACEHOLDER_SECRET

    settings = settings_from_args(args)
    database = prepare(settings) if settings.run_migrations else None
    options: dict[str, Any] = {"host": args.host, "port": args.port, "log_level": "warning",
                               "access_log": False, "proxy_headers": True,
                               "server_header": False}
    print(translate("web.serve.starting", args.lang, url=f"http://{args.host}:{args.port}"))
    if args.workers > 1:
        # Each process builds its app from the environment; hand the options over there.
        os.environ.update({"WIJZER_DATA_DIR": str(settings.data_dir),
                           "WIJZER_DATABASE_URL": settings.effective_database_url,
                           "WIJZER_PACK": settings.pack or ""})
        if args.config:
            os.environ["WIJZER_CONFIG"] = str(args.config)
        if settings.secret_key == PLACEHOLDER_SECRET:  # development: one secret for all
            os.environ["WIJZER_SECRET_KEY"] = secrets.token_hex(32)
        uvicorn.run("wijzer.web.asgi:app_from_env", factory=True, workers=args.workers,
                    **options)
        return exitcodes.OK
    uvicorn.run(create_app(settings, database=database), **options)
    return exitcodes.OK
