"""The connections maps in a real browser: the keyboard reaches and follows a node, axe finds
nothing, the maps fit a phone with readable labels, and the page prints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.django_db(transaction=True)

FOCUSED_NODE = "document.activeElement.matches('a.cmap-node:not(.centre)')"


def _tab_to_first_node(page: Page) -> str:
    """Press Tab as a keyboard user would until a connected muscle on the map has focus."""
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_NODE):
            return str(page.evaluate("document.activeElement.getAttribute('href')"))
    raise AssertionError("the keyboard never reached a node of the map")


def test_the_keyboard_reaches_a_node_shows_its_focus_and_follows_it(
    live_server: Any, page: Page, artifacts: Path
) -> None:
    page.goto(f"{live_server.url}/muscles/masseter/")
    href = _tab_to_first_node(page)
    assert href == "/muscles/sternocleidomastoid/"  # the first kind drawn: key and satellite
    ring = page.evaluate(
        "getComputedStyle(document.activeElement.querySelector('.cmap-ring')).stroke"
    )
    assert ring == "rgb(240, 162, 2)"  # the site's focus colour, drawn around the node
    page.locator("#connections .cmap").screenshot(path=str(artifacts / "connections-focus.png"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{live_server.url}{href}"
    expect(page.locator("h1").first).to_have_text("Sternocleidomastoid")


def _violations(page: Page, context: str | None = None) -> list[str]:
    results = Axe().run(page, context=context)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in results.response["violations"]]


@pytest.mark.parametrize(("width", "lang"), [(1280, "en"), (375, "es")])
def test_axe_finds_no_violations_on_the_connections_page(
    live_server: Any, browser: Any, width: int, lang: str
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, locale=lang)
    page = context.new_page()
    page.goto(f"{live_server.url}/connections/")
    assert _violations(page) == []
    page.goto(f"{live_server.url}/muscles/hamstrings/")
    assert _violations(page, "#connections") == []
    context.close()


@pytest.mark.parametrize("path", ["/connections/", "/muscles/sternocleidomastoid/"])
def test_the_maps_fit_a_phone_with_readable_labels(
    live_server: Any, browser: Any, artifacts: Path, path: str
) -> None:
    name = path.strip("/").replace("/", "-")
    for width in (1280, 375):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(f"{live_server.url}{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} is {overflow}px wider than the {width}px screen"
        smallest = page.evaluate(
            """[...document.querySelectorAll('svg.cmap-svg')].map(svg =>
                 svg.getBoundingClientRect().width / svg.viewBox.baseVal.width * 14)
               .reduce((a, b) => Math.min(a, b))"""
        )
        assert smallest >= 10, f"labels shrink to {smallest:.1f}px at {width}px"
        page.screenshot(path=str(artifacts / f"{name}-{width}.png"), full_page=True)
        context.close()


def test_the_connections_page_prints_without_navigation(
    live_server: Any, page: Page, artifacts: Path
) -> None:
    page.goto(f"{live_server.url}/connections/")
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".cmap-top").first).to_be_hidden()
    box = page.locator("#region-neck svg.cmap-svg").bounding_box()
    assert box and box["width"] > 200
    page.locator("#region-neck").screenshot(path=str(artifacts / "connections-print-neck.png"))
    page.pdf(path=str(artifacts / "connections.pdf"), format="A4")
    assert (artifacts / "connections.pdf").stat().st_size > 10_000
