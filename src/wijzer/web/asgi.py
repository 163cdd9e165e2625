"""ASGI entry point for process managers: ``uvicorn --factory wijzer.web.asgi:app_from_env``.

Settings come from ``WIJZER_*`` variables (and ``WIJZER_CONFIG``); run ``wijzer db upgrade``
first. ``wijzer serve --workers N`` uses this to start several processes.
"""

from __future__ import annotations

from fastapi import FastAPI

from wijzer.web.app import create_app
from wijzer.web.settings import load_settings


def app_from_env() -> FastAPI:
    return create_app(load_settings())
