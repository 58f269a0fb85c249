"""A therapist makes a Spanish handout on US Letter for two muscles from the finder's results,
previews it and downloads the PDF; the preview page passes axe."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.a11y import violations

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_spanish_letter_handout_for_two_muscles_from_the_finder_results(
    live_server: Any, browser: Browser, artifacts: Path
) -> None:
    page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="es-ES").new_page()
    page.set_default_timeout(8000)
    page.goto(f"{live_server.url}/es/finder/")  # Spanish pages are under /es/
    page.fill("#finder-text", "Me duele la nalga y la parte de atrás del muslo al estar sentado")
    with page.expect_navigation():
        page.locator("fieldset.describe button[type=submit]").click()
    expect(page.locator("#results .finder-item").first).to_be_visible()

    page.locator(".handout-from-results summary").click()
    boxes = page.locator(".handout-from-results input[name=muscle]")
    for i in range(boxes.count()):
        boxes.nth(i).set_checked(i < 2)
    chosen = [boxes.nth(i).get_attribute("value") for i in range(2)]
    page.locator("#handout-paper").select_option("letter")
    with page.expect_navigation():
        page.locator(".handout-from-results button[type=submit]").click()

    expect(page.locator("h1")).to_have_text("Vista previa de la hoja")
    expect(page.locator(".handout-muscle")).to_have_count(2)
    assert not violations(page), violations(page)
    page.screenshot(path=str(artifacts / "handout-preview-es.png"), full_page=True)
    href = page.locator("a[download]").get_attribute("href")
    assert href and "paper=letter" in href and "lang=es" in href
    pdf = page.request.get(f"{live_server.url}{href}").body()
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout.decode()
    assert "Lea primero" in text and "Cuándo parar" in text
    assert all(f"/muscles/{m}/" in text for m in chosen)
    (artifacts / "handout-es-letter.pdf").write_bytes(pdf)
