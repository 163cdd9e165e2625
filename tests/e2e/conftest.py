"""End-to-end fixtures: the app on a free port (SQLite in a temporary folder), an employee
and a reviewer account, Debian's chromium driven by Playwright, and screenshots.

The tests skip with the reason when playwright or chromium is missing; .ci/run sets
WIJZER_E2E_REQUIRED=1 so that CI fails instead. Select them with ``-m e2e``.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import create_engine
from tests.e2e.support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    EMPLOYEE,
    REVIEWER,
    TIMEOUT_MS,
    LiveServer,
    Tab,
    chromium_reason,
    require_playwright,
    screenshot_dir,
    unavailable,
)
from tests.web.helpers import add_user

from wijzer.web.app import create_app
from wijzer.web.db.migrate import upgrade
from wijzer.web.server import BackgroundServer
from wijzer.web.settings import Settings

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page

@pytest.fixture(scope="package")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("e2e-data")
    url = f"sqlite:///{folder / 'wijzer.sqlite3'}"
    engine = create_engine(url)
    upgrade(engine)
    engine.dispose()
    app = create_app(Settings(data_dir=folder, database_url=url,
                              secret_key=secrets.token_hex(32)))
    add_user(app, EMPLOYEE, email="anna@example.org")
    add_user(app, REVIEWER, role="communicatie", email="carla@example.org")
    with BackgroundServer(app) as server:
        yield LiveServer(server.url, app)
    app.state.wijzer.db.dispose()


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    api = require_playwright()
    reason = chromium_reason()
    if reason:
        unavailable(reason)
    api.expect.set_options(timeout=TIMEOUT_MS)
    with api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_tab(browser: Browser, live_server: LiveServer) -> Iterator[Callable[..., Tab]]:
    """``open_tab(viewport=PHONE)``: a fresh browser context (no cookies) with one page."""
    contexts = []

    def open_one(viewport: dict[str, int] | None = None, **options: Any) -> Tab:
        context = browser.new_context(base_url=live_server.url, viewport=viewport or DESKTOP,
                                      **options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        tab = Tab(context.new_page())

        def on_dialog(dialog: Dialog) -> None:
            tab.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                tab.errors.append(message.text)

        tab.page.on("dialog", on_dialog)
        tab.page.on("console", on_console)
        tab.page.on("pageerror", lambda error: tab.errors.append(str(error)))
        tab.page.on("response", lambda response: response.status >= 400 and tab.errors.append(
            f"{response.status} {response.url}"))
        return tab

    yield open_one
    for context in contexts:
        context.close()


@pytest.fixture
def employee(open_tab: Callable[..., Tab]) -> Tab:
    tab = open_tab()
    tab.login(EMPLOYEE)
    return tab


@pytest.fixture
def reviewer(open_tab: Callable[..., Tab]) -> Tab:
    tab = open_tab()
    tab.login(REVIEWER)
    return tab


@pytest.fixture(scope="package")
def screenshots() -> Path:
    return screenshot_dir()


@pytest.fixture
def shoot(screenshots: Path) -> Callable[[Page, str], Path]:
    def save(page: Page, name: str) -> Path:
        path = screenshots / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path
    return save
