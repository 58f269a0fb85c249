"""Webinar pages and API: times in the reader's zone and language, always labelled; the join
link and the calendar file's link only for registrants; nothing personal in a shared cache."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from tests.webinars.conftest import db_worker, run_worker

pytestmark = pytest.mark.django_db
SPRING = dt.datetime(2027, 3, 14, 6, 30, tzinfo=dt.UTC)  # New York changes at 07:00 UTC


def text(client: Client, url: str, **extra: Any) -> str:
    answer = client.get(url, **extra)
    assert answer.status_code == 200, url
    return answer.content.decode()


def test_anonymous_visitors_see_the_organisers_zone_or_their_browsers(
    make_webinar: Callable[..., Any],
) -> None:
    webinar = make_webinar(starts_at=SPRING)
    page = text(Client(), f"/webinars/{webinar.pk}/")
    assert "Eastern Standard Time (America/New_York, GMT-05:00)" in page
    assert "The clocks change during the session" in page  # it ends in daylight time
    assert 'data-zone-source="organiser"' in page
    browser = Client()
    browser.cookies["tz"] = "Europe/London"
    page = text(browser, f"/webinars/{webinar.pk}/")
    assert "Greenwich Mean Time (Europe/London, GMT+00:00)" in page and "6:30" in page
    browser.cookies["tz"] = "../../etc/passwd"  # not a zone: ignored
    assert "America/New_York" in text(browser, f"/webinars/{webinar.pk}/")


def test_a_signed_in_learner_sees_the_profile_zone_in_their_language(
    signed_in: Client, make_webinar: Callable[..., Any]
) -> None:
    webinar = make_webinar(starts_at=SPRING)
    signed_in.cookies["tz"] = "Europe/London"  # the profile's zone wins over the browser's
    page = text(signed_in, f"/webinars/{webinar.pk}/")
    assert "(America/Mexico_City, GMT-06:00)" in page and "12:30" in page
    signed_in.cookies["django_language"] = "es"
    page = text(signed_in, f"/es/webinars/{webinar.pk}/")
    assert "domingo, 14 de marzo de 2027" in page and "Clínica en directo" in page
    assert "(America/Mexico_City, GMT-06:00)" in page


def test_the_join_link_appears_15_minutes_before_the_start_for_registrants_only(
    signed_in: Client, make_webinar: Callable[..., Any]
) -> None:
    soon = make_webinar(starts_at=timezone.now() + dt.timedelta(minutes=10))
    later = make_webinar(starts_at=timezone.now() + dt.timedelta(minutes=20))
    for w in (soon, later):
        signed_in.post(f"/webinars/{w.pk}/register/")
    assert "Join the webinar" in text(signed_in, f"/webinars/{soon.pk}/")
    assert "Join the webinar" not in text(signed_in, f"/webinars/{later.pk}/")
    assert soon.join_url not in text(Client(), f"/webinars/{soon.pk}/")
    mine = text(signed_in, "/me/webinars/")
    assert mine.count("Join the webinar") == 1 and "Registered" in mine


def test_the_calendar_file_is_utc_and_has_the_join_link_only_for_a_registrant(
    signed_in: Client, make_webinar: Callable[..., Any]
) -> None:
    webinar = make_webinar(starts_at=SPRING)
    anonymous = Client().get(f"/webinars/{webinar.pk}.ics")
    assert anonymous["Content-Type"].startswith("text/calendar")
    assert b"DTSTART:20270314T063000Z" in anonymous.content
    assert b"meet.example.org" not in anonymous.content
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    entry = Calendar.from_ical(signed_in.get(f"/webinars/{webinar.pk}.ics").content).walk("VEVENT")[
        0
    ]
    assert entry.decoded("dtstart") == SPRING and str(entry["location"]) == webinar.join_url
    assert str(entry["uid"]) == f"{webinar.uid}@tpatlas"
    page = text(signed_in, f"/webinars/{webinar.pk}/")
    assert "calendar.google.com/calendar/render?action=TEMPLATE" in page
    assert "outlook.live.com/calendar/deeplink/compose" in page
    assert "outlook.office.com/calendar/deeplink/compose" in page


def test_personal_webinar_pages_are_never_shared_through_the_page_cache(
    signed_in: Client, make_webinar: Callable[..., Any]
) -> None:
    from django.test import RequestFactory

    from tpatlas.web.page_cache import cacheable

    webinar = make_webinar()
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    mine = signed_in.get(f"/webinars/{webinar.pk}/")
    assert "You are registered." in mine.content.decode()
    assert "private" in mine["Cache-Control"] and "no-store" in mine["Cache-Control"]
    assert "You are registered." not in text(Client(), f"/webinars/{webinar.pk}/")
    factory = RequestFactory()
    for path in ("/webinars/", f"/webinars/{webinar.pk}/", "/webinars/upcoming/",
                 f"/webinars/{webinar.pk}.ics", "/api/v1/webinars"):  # fmt: skip
        assert not cacheable(factory.get(path)), path


def test_the_list_the_home_page_and_my_webinars(
    signed_in: Client, make_webinar: Callable[..., Any], person: Callable[..., Any]
) -> None:
    from tpatlas.web.webinars import services

    first = make_webinar(title_en="First session")
    make_webinar(title_en="Gone", starts_at=timezone.now() - dt.timedelta(hours=3))
    cancelled = make_webinar(title_en="Called off")
    services.cancel_webinar(cancelled)
    listing = text(Client(), "/webinars/")
    assert "First session" in listing and "Gone" not in listing and "Called off" not in listing
    home = text(Client(), "/")
    assert 'hx-get="/webinars/upcoming/"' in home and "/static/tpatlas/timezone.js" in home
    assert "First session" in text(Client(), "/webinars/upcoming/")
    full = make_webinar(title_en="Full", capacity=0)
    signed_in.post(f"/webinars/{full.pk}/register/")
    signed_in.post(f"/webinars/{first.pk}/register/")
    mine = text(signed_in, "/me/webinars/")
    assert "Waiting list: number 1" in mine and "First session" in mine


def test_the_api_gives_utc_and_the_asked_zone_and_refuses_an_unknown_zone(
    make_webinar: Callable[..., Any],
) -> None:
    webinar = make_webinar(starts_at=SPRING)
    client = Client()
    data = json.loads(client.get("/api/v1/webinars").content)
    (item,) = data["items"]
    assert data["count"] == 1 and item["starts_at"] == "2027-03-14T06:30:00Z"
    assert item["ends_at"] == "2027-03-14T07:30:00Z" and item["local"] is None
    assert item["organiser_time_zone"] == "America/New_York" and item["free"] is True
    london = json.loads(client.get("/api/v1/webinars?tz=Europe/London").content)["items"][0]
    assert london["local"]["starts_at"] == "2027-03-14T06:30:00+00:00"
    ny = json.loads(client.get("/api/v1/webinars?tz=America/New_York").content)["items"][0]
    assert ny["local"]["starts_at"] == "2027-03-14T01:30:00-05:00"
    assert ny["local"]["ends_at"] == "2027-03-14T03:30:00-04:00"  # after the change
    assert "Eastern Daylight Time" in ny["local"]["label"]
    bad = client.get("/api/v1/webinars?tz=Mars/Olympus")
    assert bad.status_code == 422 and json.loads(bad.content)["field"] == "tz"
    assert client.get("/api/v1/webinars?limit=0").status_code == 422
    assert webinar.join_url not in client.get("/api/v1/webinars").content.decode()


def test_the_demo_webinars_are_seeded_once(db: Any, synced: None) -> None:
    from tpatlas.web.webinars.models import Webinar

    call_command("seed_demo_webinars")
    assert Webinar.objects.count() == 2
    assert {w.course.free for w in Webinar.objects.all()} == {True, False}
    call_command("seed_demo_webinars")
    assert Webinar.objects.count() == 2


def test_the_worker_command_runs_what_is_due(
    signed_in: Client, make_webinar: Callable[..., Any], settings: Any
) -> None:
    """django-tasks-db's `db_worker --batch` runs the confirmation and leaves the reminders."""
    from django_tasks_db.models import DBTaskResult

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    webinar = make_webinar()
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    db_worker("--batch")
    (done,) = DBTaskResult.objects.successful()
    assert done.return_value == "sent"
    assert DBTaskResult.objects.filter(status="READY").count() == 2  # the reminders
    assert run_worker() == 0


def test_a_persons_data_export_includes_their_webinar_registrations(
    signed_in: Client, make_webinar: Callable[..., Any]
) -> None:
    webinar = make_webinar(title_en="Exported session")
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    data = json.loads(signed_in.get("/me/data.json").content)
    (row,) = data["webinar_registrations"]
    assert row["webinar"] == "Exported session" and row["status"] == "registered"
