"""The Content-Security-Policy in a real browser: pages, the finder's htmx updates and the search
suggestions work with it on, and Chromium reports no violation (a blocked inline style, an
htmx eval, an injected <style>) on the way."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.django_db(transaction=True)

# Chromium words a violation "Refused to ... because it violates the following Content
# Security Policy directive"; a bad Permissions-Policy header is logged as "Permissions-Policy".
WATCHED = ("Content Security Policy", "Content-Security-Policy", "Permissions-Policy")
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || e.sample));
});
// htmx told not to eval skips an hx-on or a trigger filter silently, apart from this event.
document.addEventListener("htmx:evalDisallowedError", function (e) {
  window.__cspViolations.push("htmx wanted to eval on " + e.target.id);
});
"""


@pytest.fixture
def watched(page: Page) -> Iterator[list[str]]:
    """Console messages and page errors about the policies, collected while the test runs."""
    seen: list[str] = []
    page.on("console", lambda m: seen.append(m.text) if any(w in m.text for w in WATCHED) else None)
    page.on("pageerror", lambda e: seen.append(f"page error: {e}"))
    page.add_init_script(RECORD_VIOLATIONS)
    yield seen


def violations(page: Page) -> list[str]:
    found: list[str] = page.evaluate("window.__cspViolations || []")
    return found


def test_pages_and_htmx_work_under_the_policy_without_violations(
    live_server: Any, page: Page, watched: list[str]
) -> None:
    response = page.goto(f"{live_server.url}/")
    assert response and "script-src 'self'" in response.headers["content-security-policy"]
    expect(page.locator("h1").first).to_be_visible()
    assert violations(page) == []

    # A monograph: the spillover shape keeps its hatch (a fill attribute, not a blocked style).
    page.goto(f"{live_server.url}/muscles/hamstrings/")
    fill = page.evaluate("getComputedStyle(document.querySelector('svg .pattern-spillover')).fill")
    assert fill.startswith("url("), fill
    assert violations(page) == []

    # The finder: a click on the chart updates the results through htmx (no eval) ...
    page.goto(f"{live_server.url}/finder/")
    page.locator("#pick-back-right-popliteal-fossa").click()
    expect(page.locator("#results .finder-item").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert "zone=right-popliteal-fossa" in page.url  # hx-push-url kept the address
    assert violations(page) == []
    # ... and a described pain is answered too.
    page.fill("#finder-text", "pain in my sitting bone when I sit")
    with page.expect_navigation():
        page.locator("fieldset.describe button[type=submit]").click()
    expect(page.locator("#results")).to_contain_text("Semimembranosus")
    assert violations(page) == []

    # The search suggestions (htmx on the header's search box).
    page.locator("#site-search-q").press_sequentially("hamst", delay=30)
    expect(page.locator("#search-suggestions li").first).to_be_visible()
    expect(page.locator("#search-suggestions")).to_contain_text("Hamstrings")
    assert violations(page) == []

    assert watched == []
