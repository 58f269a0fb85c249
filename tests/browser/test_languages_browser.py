"""Every page type, in English and in Spanish, fits a 375 px phone without sideways scrolling
(Spanish runs about a fifth longer than English); the switcher keeps the page; screenshots of a
monograph, the finder and a course in Spanish go to test-artifacts/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.platform.test_flow import COURSE, take_course

pytestmark = pytest.mark.django_db(transaction=True)
PHONE = {"width": 375, "height": 740}
PAID = "buttock-and-back-of-thigh-pain"
PUBLIC = [
    "/",
    "/muscles/",
    "/muscles/by-pain/",
    "/muscles/hamstrings/",
    "/muscles/piriformis/",
    # the longest name ("Esternocleidomastoideo") and a long word in the technique notes
    # ("vasculonervioso") once made Spanish monographs scroll sideways
    "/muscles/sternocleidomastoid/",
    "/muscles/gluteus-minimus/",
    "/conditions/",
    "/techniques/",
    "/connections/",
    "/finder/",
    "/finder/?zone=right-popliteal-fossa&zone=right-upper-calf&flag=fever",
    "/search/?q=rodilla",
    "/search/?q=knee",
    "/data/",
    "/handouts/",
    "/handouts/?muscles=piriformis,hamstrings",
    "/api/",
    "/courses/",
    f"/courses/{COURSE}/",
    f"/courses/{PAID}/",
    "/verify/",
    "/webinars/",
    "/privacy/",
    "/policies/refund/",
    "/accounts/login/",
    "/accounts/signup/",
]


def personal_pages(code: str) -> list[str]:
    from tpatlas.web.learning import services

    lesson = services.lessons(services.definition(COURSE))[0].id
    return [
        "/me/",
        "/me/profile/",
        f"/learn/{COURSE}/{lesson}/",
        f"/learn/{COURSE}/assessment/",
        f"/learn/{COURSE}/attempts/1/",
        f"/me/certificates/{code}/",
        "/me/transcript/",
        f"/verify/{code}/",
        "/cart/",
        "/checkout/",
        "/me/orders/",
    ]


def in_language(path: str, lang: str) -> str:
    return path if lang == "en" else f"/{lang}{path}"


def assert_fits(page: Page, where: str) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{where} scrolls sideways on a 375 px phone ({width}px)"


def too_wide(page: Page) -> int | None:
    """The page's width when it is wider than the phone (so a test can list every such page)."""
    width = int(page.evaluate("document.documentElement.scrollWidth"))
    return width if width > PHONE["width"] else None


@pytest.fixture
def policies(transactional_db: Any) -> None:
    """The written policies (a data migration adds them; transactional tests flush them)."""
    import importlib

    from django.apps import apps

    importlib.import_module("tpatlas.web.store.migrations.0002_default_policies").seed(apps, None)


@pytest.fixture
def phone(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=PHONE)
    yield context
    context.close()


@pytest.fixture
def signed_in_phone(
    browser: Browser, live_server: Any, courses: None, settings: Any
) -> Iterator[tuple[BrowserContext, str]]:
    """A learner who took the free course (a certificate) and has a paid course in the cart,
    signed in on a phone: the session of a Django test client, handed to the browser."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    settings.CE_MIN_TIME_FACTOR = 0.0
    user = get_user_model().objects.create_user("ana", "ana@example.org", "a-long-Passw0rd!")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user.profile.legal_name = "Ana María Ruiz"
    user.profile.save()
    client = Client()
    client.force_login(user)
    certificate = take_course(client)
    client.post(f"/cart/add/{PAID}/")
    context = browser.new_context(viewport=PHONE)
    cookie = client.cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": cookie, "url": live_server.url}])
    yield context, certificate.code
    context.close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_public_page_fits_a_phone(
    live_server: Any, phone: BrowserContext, courses: None, policies: None, lang: str
) -> None:
    page = phone.new_page()
    wide = {}
    for path in PUBLIC:
        address = in_language(path, lang)
        response = page.goto(live_server.url + address)
        assert response is not None and response.ok, address
        assert page.evaluate("document.documentElement.lang") == lang, address
        if width := too_wide(page):
            wide[address] = width
    assert wide == {}, f"pages that scroll sideways on a 375 px phone: {wide}"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_signed_in_page_fits_a_phone(
    live_server: Any, signed_in_phone: tuple[BrowserContext, str], lang: str
) -> None:
    context, code = signed_in_phone
    page = context.new_page()
    wide = {}
    for path in personal_pages(code):
        address = in_language(path, lang)
        response = page.goto(live_server.url + address)
        assert response is not None and response.ok, address
        assert page.url.startswith(live_server.url + in_language("/", lang)), page.url
        if width := too_wide(page):
            wide[address] = width
    assert wide == {}, f"pages that scroll sideways on a 375 px phone: {wide}"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_finder_answer_and_search_suggestions_fit_a_phone(
    live_server: Any, phone: BrowserContext, lang: str
) -> None:
    page = phone.new_page()
    page.goto(live_server.url + in_language("/finder/", lang))
    words = {"en": "deep ache behind my right knee", "es": "dolor detrás de la rodilla derecha"}
    page.locator("#finder-text").fill(words[lang])
    page.locator("form:has(#finder-text) button[type=submit]").first.click()
    expect(page.locator(".finder-list")).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == lang
    assert_fits(page, f"{lang} finder results")
    page.goto(live_server.url + in_language("/", lang))
    page.locator("#site-search-q").press_sequentially("isquio" if lang == "es" else "hamstr")
    expect(page.locator(".suggestions-list a").first).to_be_visible()
    href = page.locator(".suggestions-list a").first.get_attribute("href") or ""
    assert href.startswith("/es/") if lang == "es" else not href.startswith("/es/")
    assert_fits(page, f"{lang} search suggestions")


def test_the_switcher_keeps_the_page_and_the_choice_is_remembered(
    live_server: Any, phone: BrowserContext
) -> None:
    page = phone.new_page()
    page.goto(f"{live_server.url}/muscles/piriformis/")
    page.locator("#language-select").select_option("es")
    page.locator("form.language:not(.currency) button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/es/muscles/piriformis/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    page.goto(f"{live_server.url}/finder/")  # an English address: the choice is remembered
    expect(page).to_have_url(f"{live_server.url}/es/finder/")
    page.locator("#language-select").select_option("en")
    page.locator("form.language:not(.currency) button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/finder/")
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_spanish_screenshots_of_a_monograph_the_finder_and_a_course(
    live_server: Any, phone: BrowserContext, courses: None, artifacts: Path
) -> None:
    page = phone.new_page()
    shots = {
        "es-monograph": "/es/muscles/hamstrings/",
        "es-finder": "/es/finder/?zone=right-popliteal-fossa&zone=right-upper-calf",
        "es-course": f"/es/courses/{COURSE}/",
    }
    for name, path in shots.items():
        page.goto(live_server.url + path)
        assert_fits(page, path)
        page.screenshot(path=str(artifacts / f"{name}-375.png"), full_page=True)
