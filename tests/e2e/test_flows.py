"""The main flows through the real pages: live check while typing, submit, review, answer,
press question. Every step waits for what the user would see; nothing sleeps."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.e2e.support import Tab, require_playwright

if TYPE_CHECKING:
    from playwright.sync_api import Page

expect = require_playwright().expect
pytestmark = pytest.mark.e2e

INSULT = "Vandaag openen we de fietsbrug bij Goes. Die wethouder is een idioot."
GOOD = "Vandaag openen we de nieuwe fietsbrug bij Goes. Kom je ook kijken?"
QUESTION = "Mag ik dit zo op LinkedIn zetten?"
SUGGESTION = "Vandaag praten we met de wethouder over de nieuwe fietsbrug."
COMMENT = "Scherp punt, maar speel op de bal: zo blijft het respectvol."


def write_draft(page: Page, text: str, platform: str = "linkedin") -> None:
    page.goto("/schrijven")
    page.select_option("#platform", platform)
    page.click("#text")
    page.keyboard.type(text)


def submit_and_open(page: Page) -> int:
    page.click("#submit-button")
    page.wait_for_url(re.compile(r"/verzoeken/\d+$"))
    return int(page.url.rsplit("/", 1)[1])


def test_live_finding_appears_while_typing_and_turns_green(
        employee: Tab, shoot: Callable[[Page, str], Path]) -> None:
    page = employee.page
    write_draft(page, INSULT)
    result = page.locator("#live-result #result")
    expect(result).to_have_class(re.compile(r"\bverdict-red\b"))
    expect(result.locator("h2")).to_contain_text("Rood")
    expect(page.locator("#highlighted mark")).to_have_text("idioot")
    finding = page.locator("#findings li").first
    expect(finding).to_contain_text("idioot")
    guideline = finding.locator("details summary").first
    expect(guideline).to_contain_text("Richtlijn")
    guideline.click()
    expect(finding.locator("details p").first).to_be_visible()
    shoot(page, "flow-draft-live-desktop")
    # The user fixes the text; the light turns green without pressing a button.
    page.fill("#text", "")
    page.keyboard.type(GOOD)
    expect(result).to_have_class(re.compile(r"\bverdict-green\b"))
    expect(page.locator("#no-findings")).to_be_visible()
    expect(page.locator("#highlighted mark")).to_have_count(0)
    assert employee.dialogs == [] and employee.errors == []


def test_bsn_is_flagged(employee: Tab) -> None:
    write_draft(employee.page, "Bel me even, mijn BSN is 111222333.", platform="x")
    expect(employee.page.locator("#highlighted mark")).to_have_text("111222333")
    expect(employee.page.locator("#result")).to_have_class(re.compile(r"\bverdict-red\b"))


def test_submit_review_and_answer(employee: Tab, reviewer: Tab,
                                  shoot: Callable[[Page, str], Path]) -> None:
    page = employee.page
    write_draft(page, INSULT)
    expect(page.locator("#result")).to_have_class(re.compile(r"\bverdict-red\b"))
    page.fill("#question", QUESTION)
    submission = submit_and_open(page)
    expect(page.locator("#draft-text")).to_have_text(INSULT)
    expect(page.locator("#employee-question")).to_have_text(QUESTION)
    expect(page.locator("#result")).to_have_class(re.compile(r"\bverdict-red\b"))

    # Team Communicatie sees it in the queue and opens it.
    queue = reviewer.page
    queue.goto("/communicatie")
    row = queue.locator("#queue tbody tr", has=queue.locator(f'a[href="/verzoeken/{submission}"]'))
    expect(row).to_contain_text("Anna")
    expect(row).to_contain_text("Wacht op antwoord")
    shoot(queue, "flow-queue-desktop")
    row.locator("a").click()
    queue.wait_for_url(f"**/verzoeken/{submission}")
    expect(queue.locator("#draft-text")).to_have_text(INSULT)
    expect(queue.locator("#employee-question")).to_have_text(QUESTION)
    queue.check("#decision-aanpassen")
    queue.fill("#suggested_text", SUGGESTION)
    queue.fill("#comment", COMMENT)
    queue.click("#decision-submit")
    expect(queue.locator("#decision")).to_contain_text("Aanpassen")
    expect(queue.locator("#suggested-text")).to_have_text(SUGGESTION)

    # The employee is told in the app and reads the answer in "Mijn verzoeken".
    page.goto("/verzoeken")
    expect(page.locator("#nav-notifications .badge")).to_have_text(re.compile(r"^[1-9]\d*$"))
    mine = page.locator("#my-requests tbody tr",
                        has=page.locator(f'a[href="/verzoeken/{submission}"]'))
    expect(mine).to_contain_text("Aanpassen")
    shoot(page, "flow-my-requests-answered-desktop")
    mine.locator("a").click()
    expect(page.locator("#decision")).to_contain_text(COMMENT)
    expect(page.locator("#suggested-text")).to_have_text(SUGGESTION)
    shoot(page, "flow-answer-desktop")
    # The employee answers in the conversation; the reviewer reads it.
    page.fill("#message-body", "Dank je, ik pas het aan.")
    page.click("#message-submit")
    expect(page.locator("#gesprek .message")).to_contain_text("Dank je, ik pas het aan.")
    queue.reload()
    expect(queue.locator("#gesprek .message")).to_contain_text("Dank je, ik pas het aan.")
    for tab in (employee, reviewer):
        assert tab.dialogs == [] and tab.errors == []


def test_press_question_goes_to_the_top_of_the_queue(
        employee: Tab, reviewer: Tab, shoot: Callable[[Page, str], Path]) -> None:
    page = employee.page
    write_draft(page, GOOD)
    expect(page.locator("#result")).to_have_class(re.compile(r"\bverdict-green\b"))
    draft = submit_and_open(page)

    page.goto("/pers")
    page.fill("#medium", "PZC")
    page.fill("#journalist", "J. de Vries")
    page.fill("#press-question", "Klopt het dat de fietsbrug bij Goes later opengaat?")
    page.fill("#deadline", "2026-12-01")
    shoot(page, "flow-press-filled-desktop")
    page.click("#press-submit")
    page.wait_for_url(re.compile(r"/verzoeken/\d+$"))
    press = int(page.url.rsplit("/", 1)[1])
    expect(page.locator("#press-details")).to_contain_text("PZC")

    queue = reviewer.page
    queue.goto("/communicatie")
    links = queue.locator("#queue tbody tr td:first-child a")
    expect(links.first).to_be_visible()
    order = [int(text) for text in links.all_inner_texts()]
    assert order.index(press) < order.index(draft)
    # press questions come before every draft
    kinds = queue.locator("#queue tbody tr").evaluate_all(
        "rows => rows.map(r => r.classList.contains('press'))")
    assert kinds == sorted(kinds, reverse=True)
    expect(queue.locator("#queue tr.press", has=queue.locator(
        f'a[href="/verzoeken/{press}"]'))).to_contain_text("2026-12-01")
