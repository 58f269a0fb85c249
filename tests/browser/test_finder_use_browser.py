"""The pain finder as a person uses it, in a browser: the keyboard, long descriptions, widespread
pain, the description kept after Find, marks that keep their colour, targets of at least 24 px,
the live count on a phone, printing, and no accessibility violations (axe)."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.django_db(transaction=True)

MODERATE = "rgb(240, 138, 75)"  # chart.css: .zone.picked-moderate


def fill_of(page: Page, selector: str) -> str:
    return str(page.evaluate(f"getComputedStyle(document.querySelector('{selector}')).fill"))


def test_each_chart_is_one_tab_stop_and_arrows_reach_the_back_of_the_knee(
    live_server: Any, page: Page
) -> None:
    page.goto(f"{live_server.url}/finder/")
    for view in ("front", "back", "plantar", "side"):
        stops = page.locator(f'#pick-{view} .zone[tabindex="0"]').count()
        assert stops == 1, view
    # Every chart, zoomed views included, is one tab stop (the zoomed ones only once opened).
    per_chart = page.evaluate(
        "[...document.querySelectorAll('#finder-form .bodychart')]"
        ".map(svg => svg.querySelectorAll('.zone[tabindex=\"0\"]').length)"
    )
    assert set(per_chart) == {1}
    # From the description box, Tab reaches the front chart after a few stops, then the back.
    page.locator("#finder-text").focus()
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('#pick-front') !== null"):
            break
    assert page.evaluate("document.activeElement.closest('#pick-front') !== null")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#pick-back') !== null")
    # Arrow keys towards the back of the right knee, as a person looking at the chart would.
    target = "#pick-back-right-popliteal-fossa"
    presses = 0
    while page.evaluate("document.activeElement.id") != target[1:] and presses < 30:
        delta = page.evaluate(
            """(t) => {
                 const a = document.activeElement.getBBox();
                 const b = document.querySelector(t).getBBox();
                 return [b.x + b.width / 2 - a.x - a.width / 2,
                         b.y + b.height / 2 - a.y - a.height / 2]; }""",
            target,
        )
        dx, dy = delta
        if abs(dy) >= abs(dx):
            key = "ArrowDown" if dy > 0 else "ArrowUp"
        else:
            key = "ArrowRight" if dx > 0 else "ArrowLeft"
        page.keyboard.press(key)
        presses += 1
    assert page.evaluate("document.activeElement.id") == target[1:], presses
    assert presses < 30
    page.keyboard.press("Enter")
    assert page.locator('input[name="zone"][value="right-popliteal-fossa"]').is_checked()
    # The focused, marked zone keeps its colour and has a visible ring drawn over it.
    assert fill_of(page, target) == MODERATE
    assert page.locator("#pick-back .focus-ring").count() == 1
    expect(page.locator("#results .finder-item").first).to_be_visible()
    page.keyboard.press(" ")
    assert not page.locator('input[name="zone"][value="right-popliteal-fossa"]').is_checked()


def test_a_marked_zone_keeps_its_colour_under_the_pointer(live_server: Any, page: Page) -> None:
    page.goto(f"{live_server.url}/finder/")
    zone = page.locator("#pick-back-right-upper-calf")
    zone.click()
    zone.hover()
    assert fill_of(page, "#pick-back-right-upper-calf") == MODERATE
    assert page.locator('#pick-back .zone[tabindex="0"]').count() == 1
    # The skip link goes past the chart to the list of zones.
    assert page.locator("a.skip-chart").get_attribute("href") == "#zone-lists"


def test_a_5000_character_description_is_answered_and_kept(live_server: Any, page: Page) -> None:
    page.goto(f"{live_server.url}/finder/")
    text = ("My right shoulder aches when I reach up and my neck is stiff in the morning. " * 70)[
        :5000
    ].strip()
    page.fill("#finder-text", text)
    with page.expect_navigation():
        page.locator("fieldset.describe button[type=submit]").click()
    expect(page.locator("#results .finder-item").first).to_be_visible()
    assert page.input_value("#finder-text") == text


def test_a_description_over_the_limit_is_not_sent_and_not_lost(
    live_server: Any, page: Page
) -> None:
    page.goto(f"{live_server.url}/finder/")
    text = "my knee hurts " * 800  # 11,200 characters
    page.fill("#finder-text", text)
    expect(page.locator("#finder-text-count")).to_contain_text("more than the 10,000")
    url = page.url
    page.locator("fieldset.describe button[type=submit]").click()
    page.wait_for_timeout(300)
    assert page.url == url and page.input_value("#finder-text") == text


def test_update_keeps_the_description_and_its_nerve_warning(live_server: Any, page: Page) -> None:
    page.goto(f"{live_server.url}/finder/")
    text = "deep ache behind my right knee when I sit, and my foot is numb and tingling"
    page.fill("#finder-text", text)
    with page.expect_navigation():
        page.locator("fieldset.describe button[type=submit]").click()
    assert page.input_value("#finder-text") == text
    expect(page.locator("#results")).to_contain_text("nerve")
    with page.expect_navigation():
        page.locator(".finder-actions button[type=submit]").click()
    assert page.input_value("#finder-text") == text
    expect(page.locator("#results")).to_contain_text("nerve")
    expect(page.locator("#results")).to_contain_text("sitting")


def test_widespread_pain_with_100_zones(live_server: Any, page: Page) -> None:
    page.goto(f"{live_server.url}/finder/")
    page.evaluate(
        """() => { const boxes = [...document.querySelectorAll('input[name="zone"]')].slice(0, 100);
                   boxes.forEach(b => { b.checked = true; });
                   boxes[99].dispatchEvent(new Event('change', {bubbles: true})); }"""
    )
    expect(page.locator("#mark-count")).to_have_text("100 zones marked")
    expect(page.locator("#results .finder-item").first).to_be_visible()  # the live update
    with page.expect_navigation():
        page.locator(".finder-actions button[type=submit]").click()
    expect(page.locator("#results .marked-list")).to_contain_text("Marked (100)")
    assert page.locator('input[name="zone"]:checked').count() == 100


def zone_sizes(page: Page) -> list[dict[str, Any]]:
    return list(
        page.evaluate(
            """() => [...document.querySelectorAll('details.zoom[open] .zone')].map(z => {
                 const r = z.getBoundingClientRect();
                 return {zone: z.dataset.zone, w: r.width, h: r.height}; })"""
        )
    )


@pytest.mark.parametrize("width", [375, 1280])
def test_every_zone_is_a_24_px_target_in_a_zoomed_view(
    live_server: Any, browser: Browser, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/finder/")
    all_zones = set(
        page.evaluate("[...document.querySelectorAll('input[name=zone]')].map(b => b.value)")
    )
    reachable: set[str] = set()
    small: list[dict[str, Any]] = []
    for summary in page.locator("details.zoom > summary").all():
        summary.click()
        sizes = zone_sizes(page)
        assert sizes
        small += [s for s in sizes if s["w"] < 24 or s["h"] < 24]
        reachable |= {s["zone"] for s in sizes if s["w"] >= 24 and s["h"] >= 24}
        summary.click()
    assert small == []
    assert reachable == all_zones
    # Marking in a zoomed view marks the zone everywhere.
    page.locator("#zoom-right-foot > summary").click()
    page.locator("#zoom-right-foot-front-right-anterior-ankle").click()
    assert page.locator('input[name="zone"][value="right-anterior-ankle"]').is_checked()
    assert "picked" in (
        page.locator("#pick-front-right-anterior-ankle").get_attribute("class") or ""
    )
    context.close()


def test_on_a_phone_the_count_and_the_way_to_the_results_stay_in_view(
    live_server: Any, browser: Browser
) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, has_touch=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/finder/")
    page.locator("#pick-back-right-popliteal-fossa").tap()
    page.locator("#pick-back-right-upper-calf").tap()
    status = page.locator(".mark-status")
    expect(page.locator("#mark-count")).to_have_text("2 zones marked")
    box = status.bounding_box()
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= 740  # on screen while marking
    page.locator(".mark-status a").tap()
    expect(page.locator("#results .finder-item").first).to_be_in_viewport()
    context.close()


def test_on_a_phone_a_description_sent_lands_on_its_warning(
    live_server: Any, browser: Browser
) -> None:
    """The form and the chart are several screens long on a phone: after sending a description
    the page opens at the results, so a warning is the first thing seen, not the empty form."""
    context = browser.new_context(viewport={"width": 375, "height": 740}, has_touch=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/finder/")
    page.fill("#finder-text", "crushing pain in my chest when I climb the stairs, and I'm sweating")
    with page.expect_navigation():
        page.locator("fieldset.describe button[type=submit]").click()
    expect(page.locator("#results .flag").first).to_be_in_viewport()
    context.close()


def test_printing_shows_the_results_and_the_drawing_not_the_form(
    live_server: Any, page: Page, artifacts: Any
) -> None:
    page.goto(f"{live_server.url}/finder/")
    page.fill("#finder-text", "deep ache behind my right knee when I sit")
    with page.expect_navigation():
        page.locator("fieldset.describe button[type=submit]").click()
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => ['fieldset.describe', '.red-flag-questions', '.zooms', '.zone-lists']
                 .map(s => getComputedStyle(document.querySelector(s)).display)"""
    )
    assert hidden == ["none"] * 4
    assert page.locator("#results .finder-item").first.is_visible()
    assert page.locator("#pick-back").is_visible()
    results_top = page.locator("#results").bounding_box()
    chart_top = page.locator("#pick-back").bounding_box()
    assert results_top and chart_top and results_top["y"] < chart_top["y"]  # the answer first
    page.pdf(path=str(artifacts / "finder-print.pdf"), format="A4", print_background=True)


def test_the_finder_has_no_accessibility_violations(live_server: Any, page: Page) -> None:
    axe = Axe()
    page.goto(f"{live_server.url}/finder/")
    assert axe.run(page).response["violations"] == []
    page.locator("#pick-back-right-popliteal-fossa").click()
    expect(page.locator("#results .finder-item").first).to_be_visible()
    page.locator("#zoom-right-leg > summary").click()
    page.wait_for_load_state("networkidle")
    violations = axe.run(page).response["violations"]
    assert violations == [], [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
