"""The pain finder in a browser: mark zones on the chart, read results, open the monograph."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_marking_zones_updates_results_and_links_to_the_monograph(
    live_server: Any, page: Page, artifacts: Any
) -> None:
    page.goto(f"{live_server.url}/finder/")
    page.locator("#pick-back-right-popliteal-fossa").click()
    expect(page.locator("#results .finder-item").first).to_be_visible()
    page.locator("#pick-back-right-upper-calf").click()
    # The answer for both marks must have arrived (Plantaris is in the first answer too).
    expect(page.locator("#results .marked-list")).to_contain_text("(2)")
    expect(page.locator("#results")).to_contain_text("Plantaris")
    assert page.locator('input[name="zone"][value="right-popliteal-fossa"]').is_checked()
    assert "picked" in (page.locator("#pick-back-right-upper-calf").get_attribute("class") or "")
    page.screenshot(path=str(artifacts / "finder.png"), full_page=True)

    first = page.locator("#results .finder-name").first
    name = first.text_content()
    with page.expect_navigation():
        first.click()
    assert page.locator("h1").text_content() == name
    assert "#" in page.url  # lands on the matching trigger point's chart


def test_the_finder_works_without_javascript(live_server: Any, browser: Any) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/finder/")
    page.fill("#finder-text", "pain in my sitting bone when I sit")
    with page.expect_navigation():
        page.locator("fieldset.describe button[type=submit]").click()
    expect(page.locator("#results")).to_contain_text("Semimembranosus")
    expect(page.locator(".understood")).to_contain_text("sitting bone")
    context.close()
