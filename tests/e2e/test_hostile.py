"""Hostile text typed into a draft and a question is shown as text everywhere (live result,
request page for the author and for Team Communicatie) and never runs."""

from __future__ import annotations

import re

import pytest
from tests.e2e.support import Tab, require_playwright
from tests.e2e.test_flows import submit_and_open, write_draft

expect = require_playwright().expect
pytestmark = pytest.mark.e2e

DRAFT = "Kijk <img src=x onerror=alert(1)> en <script>alert(2)</script> hier"
QUESTION = "<img src=x onerror=alert(3)><script>alert(4)</script>"
# Set when anything above runs, whichever way (an alert could be swallowed by the page).
PROBE = "<img src=x onerror=\"document.title='pwned'\">"


def assert_nothing_ran(tab: Tab) -> None:
    page = tab.page
    assert tab.dialogs == []
    assert tab.errors == []  # a blocked inline handler would be reported here (CSP)
    assert page.title() != "pwned"
    assert page.locator("main img, main script").count() == 0


def test_hostile_draft_and_question_are_text(employee: Tab, reviewer: Tab) -> None:
    page = employee.page
    write_draft(page, DRAFT + " " + PROBE)
    expect(page.locator("#highlighted")).to_contain_text(DRAFT)
    expect(page.locator("#highlighted")).to_contain_text(PROBE)
    assert_nothing_ran(employee)
    page.fill("#question", QUESTION)
    submission = submit_and_open(page)
    expect(page.locator("#draft-text")).to_have_text(DRAFT + " " + PROBE)
    expect(page.locator("#employee-question")).to_have_text(QUESTION)
    assert_nothing_ran(employee)

    reviewer.page.goto(f"/verzoeken/{submission}")
    expect(reviewer.page.locator("#employee-question")).to_have_text(QUESTION)
    reviewer.page.check("#decision-aanpassen")
    reviewer.page.fill("#suggested_text", PROBE)
    reviewer.page.fill("#comment", QUESTION)
    reviewer.page.click("#decision-submit")
    expect(reviewer.page.locator("#suggested-text")).to_have_text(PROBE)
    assert_nothing_ran(reviewer)

    page.reload()
    expect(page.locator("#decision")).to_contain_text(QUESTION)
    expect(page.locator("#suggested-text")).to_have_text(PROBE)
    assert_nothing_ran(employee)


def test_hostile_press_question_is_text(employee: Tab, reviewer: Tab) -> None:
    page = employee.page
    page.goto("/pers")
    page.fill("#medium", PROBE)
    page.fill("#journalist", QUESTION)
    page.fill("#press-question", DRAFT)
    page.click("#press-submit")
    page.wait_for_url(re.compile(r"/verzoeken/\d+$"))
    expect(page.locator("#press-details")).to_contain_text(DRAFT)
    assert_nothing_ran(employee)
    reviewer.page.goto("/communicatie?kind=press")
    expect(reviewer.page.locator("#queue")).to_be_visible()
    reviewer.page.goto(page.url)
    expect(reviewer.page.locator("#press-details")).to_contain_text(PROBE)
    assert_nothing_ran(reviewer)
