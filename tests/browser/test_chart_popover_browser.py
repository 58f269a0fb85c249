"""Monograph charts in a real browser: a zone opens the list of other muscles from the keyboard,
and every chart fits a 375 px phone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_zone_names_the_other_muscles_from_the_keyboard(live_server: Any, page: Page) -> None:
    page.goto(f"{live_server.url}/muscles/hamstrings/")
    link = page.locator("article.trigger-point a.zone-link").first
    link.focus()
    page.keyboard.press("Enter")
    popover = page.locator(".zone-popover")
    expect(popover).to_be_visible()
    assert popover.locator("a").count() >= 1
    assert page.evaluate("document.activeElement.closest('.zone-popover') !== null")
    page.keyboard.press("Escape")
    expect(popover).to_have_count(0)


@pytest.mark.parametrize("muscle", ["upper-trapezius", "masseter", "soleus"])
def test_charts_fit_a_phone(live_server: Any, page: Page, artifacts: Path, muscle: str) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{live_server.url}/muscles/{muscle}/")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    width = page.evaluate(
        "Math.max(...[...document.querySelectorAll('article.trigger-point svg.bodychart')]"
        ".map(s => s.getBoundingClientRect().width))"
    )
    assert width >= 250  # a chart takes the phone's width, not a thumbnail
    page.screenshot(path=str(artifacts / f"{muscle}-phone.png"), full_page=True)
