"""A signed-in learner registers for a free-course webinar in a real browser, sees its times
labelled in their own zone, and downloads a calendar file whose DTSTART is the right UTC
instant; a visitor without an account sees times in the browser's own zone (the tz cookie),
on the webinar page and on the home page; the pages fit a 375 px phone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.django_db(transaction=True)
START = dt.datetime(2027, 3, 14, 6, 30, tzinfo=dt.UTC)  # 00:30 in Chicago, 15:30 in Tokyo


@pytest.fixture
def webinar(transactional_db: Any) -> Any:
    from tpatlas.ce.catalogue import load_catalogue
    from tpatlas.web.learning.models import Course
    from tpatlas.web.learning.sync import sync
    from tpatlas.web.webinars.models import Webinar

    sync(load_catalogue())
    return Webinar.objects.create(
        course=Course.objects.get(id="live-referral-chart-clinic"),
        title_en="Live clinic: reading referral charts together",
        description_en="Bring a pain drawing.",
        starts_at=START,
        time_zone="America/New_York",
        duration_minutes=60,
        capacity=30,
        join_url="https://meet.example.org/j/424242",
    )


def session_cookie(live_server: Any) -> dict[str, str]:
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.test import Client

    user = get_user_model().objects.create_user("dana", "dana@example.org", "a-long-Passw0rd!")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user.profile.legal_name, user.profile.time_zone = "Dana Whitfield", "America/Chicago"
    user.profile.save()
    client = Client()
    client.force_login(user)
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}


def test_a_learner_registers_sees_their_zone_and_downloads_the_calendar_file(
    live_server: Any, browser: Browser, webinar: Any, artifacts: Path
) -> None:
    url = live_server.url
    cookie = session_cookie(live_server)
    # The browser says Tokyo; the learner's profile says Chicago, and the profile wins.
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, timezone_id="Asia/Tokyo", accept_downloads=True
    )
    context.add_cookies([cookie])  # type: ignore[list-item]
    page = context.new_page()
    page.set_default_timeout(5000)
    page.goto(f"{url}/webinars/")
    page.get_by_role("link", name=webinar.title_en).click()
    times = page.locator("article .webinar-time")
    expect(times).to_contain_text("Central Standard Time (America/Chicago, GMT-06:00)")
    expect(times).to_contain_text("12:30")
    page.get_by_role("button", name="Register").click()
    expect(page.locator(".messages")).to_contain_text("You are registered")
    expect(page.get_by_text("You are registered.", exact=True)).to_be_visible()
    page.screenshot(path=str(artifacts / "webinar-registered.png"), full_page=True)
    with page.expect_download() as download:
        page.get_by_role("link", name="Calendar file (.ics)").click()
    data = Path(download.value.path()).read_bytes()
    entry = Calendar.from_ical(data).walk("VEVENT")[0]
    assert entry.decoded("dtstart") == START and b"DTSTART:20270314T063000Z" in data
    assert str(entry["location"]) == webinar.join_url  # a registrant's file has the link

    phone = browser.new_context(viewport={"width": 375, "height": 800}, timezone_id="Asia/Tokyo")
    phone.add_cookies([cookie])  # type: ignore[list-item]
    small = phone.new_page()
    for path, name in ((f"/webinars/{webinar.pk}/", "detail"), ("/me/webinars/", "mine")):
        small.goto(f"{url}{path}")
        small.screenshot(path=str(artifacts / f"webinar-{name}-phone.png"), full_page=True)
        width = small.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{path} scrolls sideways on a phone ({width}px)"
    phone.close()
    context.close()


def test_a_visitor_sees_times_in_the_browsers_zone_on_the_page_and_the_home_page(
    live_server: Any, browser: Browser, webinar: Any, artifacts: Path
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, timezone_id="Asia/Tokyo")
    page = context.new_page()
    page.set_default_timeout(5000)
    page.goto(f"{live_server.url}/webinars/{webinar.pk}/")  # rendered for New York, then reloaded
    times = page.locator("article .webinar-time")
    expect(times).to_contain_text("Japan Standard Time (Asia/Tokyo, GMT+09:00)")
    expect(times).to_contain_text("3:30")
    expect(page.locator(".webinar-actions").get_by_role("link", name="Sign in")).to_be_visible()
    assert "424242" not in page.content()  # no join link for visitors
    page.goto(f"{live_server.url}/")
    home = page.locator(".webinars-home")
    expect(home).to_contain_text(webinar.title_en)
    expect(home).to_contain_text("Japan Standard Time")
    page.screenshot(path=str(artifacts / "webinars-home.png"), full_page=False)
    context.close()
