"""What the end-to-end tests share: finding playwright and chromium, page helpers, the
accessibility audit and colour contrast (WCAG 2.x relative luminance)."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest
from tests.web.helpers import PASSWORD

if TYPE_CHECKING:
    from fastapi import FastAPI
    from playwright.sync_api import Page

# Debian's chromium; nothing is downloaded (never `playwright install`). Without the
# background-networking flags chromium tries to reach Google hosts, which this network refuses.
CHROMIUM = os.environ.get("WIJZER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
# Set by .ci/run: there a missing browser is a failure, not a skip.
REQUIRED = os.environ.get("WIJZER_E2E_REQUIRED", "") not in ("", "0")
TIMEOUT_MS = 15_000
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
REPO = Path(__file__).resolve().parents[2]
CSS = REPO / "src" / "wijzer" / "web" / "static" / "wijzer.css"
EMPLOYEE, REVIEWER = "anna", "carla"


@dataclass
class LiveServer:
    url: str
    app: FastAPI


@dataclass
class Tab:
    """A page plus everything it said that a test may want to refuse (dialogs, errors)."""

    page: Page
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def login(self, username: str, password: str = PASSWORD) -> None:
        self.page.goto("/login")
        self.page.fill("#username", username)
        self.page.fill("#password", password)
        self.page.click("#login-submit")
        self.page.wait_for_selector("#logout")


def unavailable(reason: str) -> None:
    """Skip (a laptop without a browser) or fail (CI, where .ci/run installs it)."""
    if REQUIRED:
        pytest.fail(f"{reason} (WIJZER_E2E_REQUIRED is set)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def require_playwright() -> ModuleType:
    try:
        import playwright.sync_api as api
    except ImportError:
        unavailable("playwright is not installed (pip install -e '.[dev]')")
        raise
    return api


def chromium_reason() -> str | None:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)) and not shutil.which(
            CHROMIUM):
        return f"chromium not found at {CHROMIUM} (apt-get install chromium, or set " \
               "WIJZER_CHROMIUM)"
    return None


def screenshot_dir() -> Path:
    """Outside the source tree by default: build/ is ignored by git."""
    folder = Path(os.environ.get("WIJZER_SCREENSHOTS") or REPO / "build" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def tab_to(page: Page, selector: str, limit: int = 60) -> int:
    """Press Tab until the element matching ``selector`` has the focus; the number of presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)",
                         selector):
            return presses
    raise AssertionError(f"{selector} not reached with {limit} presses of Tab")


def has_horizontal_scroll(page: Page) -> bool:
    return bool(page.evaluate(
        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"))


# --- accessibility -------------------------------------------------------------------------

_AUDIT_JS = """() => {
  const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const unlabelled = [];
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (el.type === 'hidden' || el.type === 'submit' || el.type === 'button') continue;
    const byFor = el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]');
    const named = byFor || el.closest('label') || el.getAttribute('aria-label')
                  || el.getAttribute('aria-labelledby');
    if (!named) unlabelled.push(el.outerHTML.slice(0, 120));
  }
  const noAlt = [...document.querySelectorAll('img')].filter(i => !i.hasAttribute('alt'))
                 .map(i => i.outerHTML.slice(0, 120));
  const unnamedButtons = [...document.querySelectorAll('button, a[href]')]
    .filter(b => visible(b) && !(b.textContent.trim() || b.getAttribute('aria-label')))
    .map(b => b.outerHTML.slice(0, 120));
  return {lang: document.documentElement.getAttribute('lang') || '',
          h1: document.querySelectorAll('h1').length, title: document.title,
          unlabelled, noAlt, unnamedButtons};
}"""

# Every visible element with text of its own: its colour and the first opaque background
# behind it (the pages use no background images or transparency for text).
_COLOURS_JS = """() => {
  const out = [];
  const opaque = el => {
    for (let n = el; n; n = n.parentElement) {
      const bg = getComputedStyle(n).backgroundColor;
      if (bg && bg !== 'transparent' && !bg.startsWith('rgba(0, 0, 0, 0)')) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !(el.offsetWidth || el.offsetHeight)) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || el.closest('svg')) continue;
    out.push({tag: el.tagName, text: el.textContent.trim().slice(0, 40),
              color: style.color, background: opaque(el)});
  }
  return out;
}"""


def audit_page(page: Page) -> list[str]:
    """Problems found on the current page (an empty list when it passes)."""
    result: dict[str, Any] = page.evaluate(_AUDIT_JS)
    problems = [f"input without label: {html}" for html in result["unlabelled"]]
    problems += [f"image without alt: {html}" for html in result["noAlt"]]
    problems += [f"button or link without a name: {html}" for html in result["unnamedButtons"]]
    if result["lang"] not in ("nl", "en"):
        problems.append(f"html lang is {result['lang']!r}")
    if result["h1"] != 1:
        problems.append(f"{result['h1']} h1 elements instead of one")
    if not result["title"].strip():
        problems.append("empty <title>")
    for item in page.evaluate(_COLOURS_JS):
        ratio = contrast(parse_colour(item["color"]), parse_colour(item["background"]))
        if ratio < 4.5:
            problems.append(f"contrast {ratio:.2f} for {item['tag']} {item['text']!r} "
                            f"({item['color']} on {item['background']})")
    return problems


Colour = tuple[float, float, float]


def parse_colour(value: str) -> Colour:
    """``#rgb``, ``#rrggbb`` or ``rgb(r, g, b)`` / ``rgba(r, g, b, 1)`` as 0..255 floats."""
    value = value.strip().lower()
    if value.startswith("#"):
        digits = value[1:]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))
    match = re.fullmatch(r"rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)", value)
    if not match:
        raise ValueError(f"unknown colour {value!r}")
    if match.group(4) is not None and float(match.group(4)) < 1:
        raise ValueError(f"translucent colour {value!r}")
    return (float(match.group(1)), float(match.group(2)), float(match.group(3)))


def luminance(colour: Colour) -> float:
    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: Colour, background: Colour) -> float:
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def css_variables(css: str) -> dict[str, str]:
    """The custom properties of ``:root`` (``--ink: #1b1b1b``)."""
    blocks = re.findall(r":root\s*\{([^}]*)\}", css)
    assert blocks, "no :root block in the stylesheet"
    return dict(re.findall(r"--([\w-]+)\s*:\s*([^;]+);", " ".join(blocks)))
