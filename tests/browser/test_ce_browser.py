"""A therapist earns CE hours in a real browser: signs up (the code arrives over real SMTP),
fills in the profile, takes the free course, passes the assessment, downloads the certificate;
an auditor verifies it logged out, and sees when it is revoked."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.a11y import violations
from tests.platform.smtp import Inbox, smtp_server

pytestmark = pytest.mark.django_db(transaction=True)
COURSE = "reading-referral-charts"
PASSWORD = "a-long-Passw0rd!"


@pytest.fixture
def inbox(settings: Any) -> Iterator[Inbox]:
    with smtp_server() as (box, port):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        settings.EMAIL_USE_TLS = False
        settings.CE_MIN_TIME_FACTOR = 0.0
        yield box


def sign_up(page: Page, url: str, inbox: Inbox) -> None:
    page.goto(f"{url}/courses/{COURSE}/")
    page.get_by_role("link", name="Create a free account").click()
    page.locator("#id_email").fill("therapist@example.org")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_label("Code")).to_be_visible()
    match = re.search(r"\b([A-Z0-9]{4}-[A-Z0-9]{4})\b", inbox.text())
    assert match, inbox.text()
    page.get_by_label("Code").fill(match.group(1))
    page.get_by_role("button", name="Confirm").click()


def answer_rightly(page: Page) -> None:
    from tpatlas.web.learning import services
    from tpatlas.web.learning.models import Attempt

    attempt = Attempt.objects.get(submitted_at__isnull=True)
    bank = services.bank(COURSE)
    for qid in attempt.question_ids:
        for option in bank[qid].right:
            page.locator(f'#q-{qid} input[value="{option}"]').check()


def tick_a_zone_on_the_chart(page: Page) -> None:
    """A chart question is answered by clicking the body chart, or from the keyboard."""
    # the attempt page must have loaded: count() does not wait (a race seen once in CI)
    expect(page.locator("fieldset.question").first).to_be_visible()
    questions = page.locator("fieldset.question", has=page.locator(".zone.choosable"))
    assert questions.count(), "a stratified draw always has a chart question"
    question = questions.first
    zone = question.locator(".zone.choosable").first
    kind = re.sub(r"^(right|left)-", "", zone.get_attribute("data-zone") or "")
    box = question.locator(f'input[value="{kind}"]')
    zone.click()
    expect(box).to_be_checked()
    expect(zone).to_have_attribute("aria-pressed", "true")
    zone.focus()
    page.keyboard.press("Space")
    expect(box).not_to_be_checked()


def test_a_therapist_earns_a_certificate_and_an_auditor_verifies_it(
    live_server: Any, page: Page, browser: Browser, inbox: Inbox, courses: None, artifacts: Path
) -> None:
    url = live_server.url
    page.set_default_timeout(5000)
    sign_up(page, url, inbox)

    # Asking for the certificate too early says what is missing, in words.
    page.goto(f"{url}/courses/{COURSE}/")
    assert not violations(page), violations(page)
    page.get_by_role("button", name="Start this free course").click()
    expect(page.locator("article.lesson h1")).to_be_visible()
    page.goto(f"{url}/courses/{COURSE}/")
    page.get_by_role("button", name="Get my certificate").click()
    expect(page.get_by_text("Add your legal name to your profile")).to_be_visible()
    expect(page.get_by_text("Complete every lesson.")).to_be_visible()

    page.goto(f"{url}/me/profile/")
    page.get_by_label("Legal name").fill("Dana Whitfield")
    page.get_by_label("Time zone").select_option("America/Chicago")
    page.get_by_label("Board").fill("NCBTMB")
    page.get_by_label("Number").fill("998877-00")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("profile is saved")

    page.goto(f"{url}/courses/{COURSE}/")
    page.locator(".course ol a").first.click()
    page.screenshot(path=str(artifacts / "ce-lesson.png"), full_page=True)
    assert not violations(page), violations(page)
    while True:
        button = page.locator("form.lesson-done button")
        last = button.inner_text() == "Mark as done"
        button.click()
        if last:
            break
    page.goto(f"{url}/learn/{COURSE}/assessment/")
    page.get_by_role("button", name="Start an attempt").click()
    tick_a_zone_on_the_chart(page)
    answer_rightly(page)
    page.screenshot(path=str(artifacts / "ce-assessment.png"), full_page=True)
    assert not violations(page), violations(page)
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.locator("h1")).to_contain_text("Passed")
    assert not violations(page), violations(page)

    page.goto(f"{url}/courses/{COURSE}/")
    page.get_by_role("button", name="Get my certificate").click()
    expect(page.locator("h1")).to_contain_text("Certificate")
    page.screenshot(path=str(artifacts / "ce-certificate.png"), full_page=True)
    assert not violations(page), violations(page)
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download.*PDF")).click()
    pdf = Path(download.value.path()).read_bytes()
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout
    assert b"Dana Whitfield" in text and b"998877-00" in text

    from tpatlas.web.credentials import issue
    from tpatlas.web.credentials.models import Certificate

    certificate = Certificate.objects.get()
    auditor = browser.new_context(viewport={"width": 375, "height": 800}).new_page()
    auditor.goto(f"{url}/verify/")
    auditor.get_by_label(re.compile("Certificate code")).fill(certificate.code.lower())
    auditor.get_by_role("button", name="Verify").click()
    expect(auditor.locator(".verify-status")).to_contain_text("Valid")
    expect(auditor.get_by_text("Dana Whitfield")).to_be_visible()
    expect(auditor.get_by_text("therapist@example.org")).to_have_count(0)
    auditor.screenshot(path=str(artifacts / "ce-verify-phone.png"), full_page=True)
    assert not violations(auditor), violations(auditor)
    width = auditor.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the verification page scrolls sideways on a phone ({width}px)"

    issue.revoke(certificate, "Issued in error: the assessment was retaken under another name.")
    auditor.reload()
    expect(auditor.locator(".verify-status")).to_contain_text("Revoked")
    expect(auditor.locator(".verify-status")).to_contain_text("Issued in error")
