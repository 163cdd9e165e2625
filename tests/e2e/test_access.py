"""Language, phone screens, keyboard use and basic accessibility of the main pages, with
screenshots of each (desktop and phone) for people to look at."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.e2e.support import (
    CSS,
    DESKTOP,
    EMPLOYEE,
    PHONE,
    REVIEWER,
    LiveServer,
    Tab,
    audit_page,
    contrast,
    css_variables,
    has_horizontal_scroll,
    parse_colour,
    require_playwright,
    tab_to,
)
from tests.e2e.test_flows import INSULT, submit_and_open, write_draft
from tests.web.helpers import PASSWORD, add_user

if TYPE_CHECKING:
    from playwright.sync_api import Page

expect = require_playwright().expect
pytestmark = pytest.mark.e2e

Shoot = Callable[["Page", str], Path]


def test_language_switch_to_english(open_tab: Callable[..., Tab],
                                    live_server: LiveServer) -> None:
    add_user(live_server.app, "eva")  # her own account: the choice is remembered per user
    tab = open_tab()
    tab.login("eva")
    page = tab.page
    page.goto("/schrijven")
    expect(page.locator("h1")).to_have_text("Bericht schrijven")
    page.select_option("#lang-select", "en")
    page.locator("#lang-select + button").click()
    expect(page.locator("h1")).to_have_text("Write a post")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("nav")).to_contain_text("My requests")
    page.click("#text")
    page.keyboard.type(INSULT)
    expect(page.locator("#result h2")).to_contain_text("Red: do not post it like this")
    expect(page.locator("#findings")).to_contain_text("Guideline")
    page.goto("/verzoeken")
    expect(page.locator("h1")).to_have_text("My requests")
    page.select_option("#lang-select", "nl")
    page.locator("#lang-select + button").click()
    expect(page.locator("h1")).to_have_text("Mijn verzoeken")
    assert tab.errors == []


def test_phone_draft_page_has_no_horizontal_scrolling(open_tab: Callable[..., Tab],
                                                      shoot: Shoot) -> None:
    tab = open_tab(viewport=PHONE, is_mobile=True, has_touch=True)
    tab.login(EMPLOYEE)
    page = tab.page
    write_draft(page, INSULT)
    expect(page.locator("#highlighted mark")).to_have_text("idioot")
    assert not has_horizontal_scroll(page)
    # the findings sit below the form on a phone, not squeezed beside it
    form, result = page.locator("#draft-form").bounding_box(), page.locator(
        "#result").bounding_box()
    assert form and result and result["y"] >= form["y"] + form["height"]
    assert form["width"] <= PHONE["width"]
    shoot(page, "phone-draft-live")


def test_keyboard_only_login_and_draft(open_tab: Callable[..., Tab], shoot: Shoot) -> None:
    tab = open_tab()
    page = tab.page
    page.goto("/login")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Naar de inhoud")
    tab_to(page, "#username")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    shoot(page, "keyboard-focus-desktop")
    page.keyboard.type(EMPLOYEE)
    page.keyboard.press("Tab")
    expect(page.locator("#password")).to_be_focused()
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/schrijven")

    tab_to(page, "#platform")
    page.keyboard.press("End")  # the last platform, by keyboard
    expect(page.locator("#platform")).to_have_value("youtube")
    page.keyboard.press("Tab")
    expect(page.locator("#text")).to_be_focused()
    page.keyboard.type(INSULT)
    expect(page.locator("#result")).to_have_class(re.compile(r"\bverdict-red\b"))
    tab_to(page, "#question")
    page.keyboard.type("Kan dit zo?")
    tab_to(page, "#submit-button")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/verzoeken/\d+$"))
    expect(page.locator("#draft-text")).to_have_text(INSULT)
    expect(page.locator("h2", has_text="YouTube")).to_be_visible()
    assert tab.errors == []


def test_main_colours_have_enough_contrast() -> None:
    colours = css_variables(CSS.read_text(encoding="utf-8"))

    def colour(name: str) -> tuple[float, float, float]:
        value = colours.get(name.removeprefix("--"), name) if name.startswith("--") else name
        return parse_colour(value)

    pairs = [  # (text, background) as the stylesheet uses them
        ("--ink", "--bg"), ("--muted", "--bg"), ("--accent", "--bg"), ("#fff", "--accent"),
        ("--green", "--bg"), ("--orange", "--bg"), ("--red", "--bg"),
        ("--ink", "--soft"), ("--green", "--soft"), ("--orange", "--soft"), ("--red", "--soft"),
        ("--muted", "--soft"), ("--ink", "#ffe08a"), ("--ink", "#fdecec"), ("--ink", "#e8f5ec"),
        ("--ink", "#fff4e5"), ("--accent", "#fff4e5"), ("--accent", "#fff")]
    weak = [f"{fg} on {bg}: {ratio:.2f}" for fg, bg in pairs
            if (ratio := contrast(colour(fg), colour(bg))) < 4.5]
    # the focus ring (non-text contrast, 3:1): one of its two rings on every background
    weak += [f"focus ring on {bg}" for bg in ("--bg", "--accent", "--soft")
             if max(contrast(colour("--ink"), colour(bg)),
                    contrast(colour("--focus"), colour(bg))) < 3]
    assert weak == []


def test_contrast_helpers() -> None:
    assert contrast(parse_colour("#000"), parse_colour("#ffffff")) == pytest.approx(21.0)
    assert contrast(parse_colour("rgb(255, 255, 255)"), parse_colour("#fff")) == 1.0
    assert contrast(parse_colour("#767676"), parse_colour("#fff")) == pytest.approx(4.54, 0.01)
    with pytest.raises(ValueError):
        parse_colour("rgba(0, 0, 0, 0.5)")


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_main_pages_are_accessible(open_tab: Callable[..., Tab], shoot: Shoot,
                                   device: str) -> None:
    """Every main page: labels, alt texts, lang, one h1, contrast as rendered, no sideways
    scrolling on a phone; a screenshot of each."""
    options = ({"viewport": PHONE, "is_mobile": True, "has_touch": True}
               if device == "phone" else {"viewport": DESKTOP})
    problems: dict[str, list[str]] = {}

    def visit(page: Page, name: str, path: str | None = None) -> None:
        if path:
            page.goto(path)
        found = audit_page(page)
        if device == "phone" and has_horizontal_scroll(page):
            found.append("scrolls sideways on a phone")
        if found:
            problems[name] = found
        shoot(page, f"{name}-{device}")

    employee = open_tab(**options)
    visit(employee.page, "login", "/login")
    employee.login(EMPLOYEE)
    write_draft(employee.page, INSULT)
    expect(employee.page.locator("#findings")).to_be_visible()
    visit(employee.page, "draft-findings")
    employee.page.fill("#question", "Kan dit zo?")
    submission = submit_and_open(employee.page)
    visit(employee.page, "request-detail-employee")
    visit(employee.page, "my-requests", "/verzoeken")
    visit(employee.page, "press", "/pers")
    visit(employee.page, "notifications", "/meldingen")
    visit(employee.page, "account", "/account")

    reviewer = open_tab(**options)
    reviewer.login(REVIEWER)
    visit(reviewer.page, "queue", "/communicatie")
    visit(reviewer.page, "request-detail", f"/verzoeken/{submission}")
    visit(reviewer.page, "statistics", "/communicatie/statistiek")
    visit(reviewer.page, "audit", "/communicatie/audit")
    visit(reviewer.page, "api-docs", "/api/docs")
    assert problems == {}
    assert employee.errors == [] and reviewer.errors == []
