"""The hamstrings page in a real browser: charts, keyboard, language switch, phone width."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_hamstrings_charts_language_and_screenshot(
    live_server: Any, page: Page, artifacts: Path
) -> None:
    page.goto(f"{live_server.url}/muscles/hamstrings/")
    points = page.locator("article.trigger-point")
    assert points.count() == 4
    for i in range(points.count()):
        tp = points.nth(i)
        assert tp.locator("svg .zone.essential").count() >= 1
        assert tp.locator("svg .zone.spillover").count() >= 1
        assert tp.locator("svg .tp-mark").count() >= 1
    # zones are named for hover and screen readers
    title = page.locator("svg path.zone.essential title").first.text_content()
    assert title and title.endswith(", right")
    page.screenshot(path=str(artifacts / "hamstrings-en.png"), full_page=True)

    page.select_option("#language-select", "es")
    with page.expect_navigation():
        page.get_by_role("button", name="Change", exact=True).click()
    expect(page.locator("h1").first).to_have_text("Isquiotibiales")
    expect(page.locator("#anatomy-h")).to_have_text("Anatomía")
    page.screenshot(path=str(artifacts / "hamstrings-es.png"), full_page=True)


def test_the_page_fits_a_phone_and_is_keyboard_navigable(
    live_server: Any, page: Page, artifacts: Path
) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{live_server.url}/muscles/biceps-femoris/")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"page is {overflow}px wider than a 375px phone"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.screenshot(path=str(artifacts / "biceps-femoris-phone.png"), full_page=True)
