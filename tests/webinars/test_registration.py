"""Registering, the waiting list, emails through a real SMTP server sent by the task worker
(idempotently), reminders, rescheduling and cancellation by staff, paid courses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email.message import Message
from typing import Any
from unittest.mock import patch

import pytest
from django.test import Client
from icalendar import Calendar

from tests.platform.smtp import Inbox
from tests.webinars.conftest import PAID, run_worker

pytestmark = pytest.mark.django_db


def ics_of(message: Message) -> Any:
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            return Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")[0]
    raise AssertionError("no calendar file attached")


def subjects(inbox: Inbox) -> list[str]:
    return [str(m["Subject"]).removeprefix("[Trigger Point Atlas] ") for m in inbox.messages]


def test_registering_for_a_free_webinar_emails_a_confirmation_with_the_calendar_file(
    signed_in: Client, learner: Any, make_webinar: Callable[..., Any], inbox: Inbox
) -> None:
    from django_tasks_db.models import DBTaskResult

    from tpatlas.web.learning.models import Enrollment

    webinar = make_webinar()
    answer = signed_in.post(f"/webinars/{webinar.pk}/register/")
    assert answer.status_code == 302
    registration = webinar.registrations.get()
    assert registration.status == "registered"
    assert registration.time_zone == "America/Mexico_City"  # the learner's profile zone
    assert Enrollment.objects.filter(user=learner, course=webinar.course).exists()
    # The confirmation goes now; the reminders wait for 24 h and 1 h before the start.
    planned = sorted(
        t.task_result.task.run_after or webinar.starts_at for t in DBTaskResult.objects.all()
    )
    assert planned[:2] == [
        webinar.starts_at - dt.timedelta(hours=24),
        webinar.starts_at - dt.timedelta(hours=1),
    ]
    assert inbox.messages == []  # nothing is sent by the request itself
    assert run_worker() == 1
    (mail,) = inbox.messages
    assert mail["To"] == "ana@example.org" and "You are registered" in str(mail["Subject"])
    assert "America/Mexico_City" in inbox.text()  # times in the learner's zone, labelled
    entry = ics_of(mail)
    assert entry.decoded("dtstart") == webinar.starts_at
    assert str(entry["location"]) == webinar.join_url  # a registrant's file has the link
    page = signed_in.get(f"/webinars/{webinar.pk}/").content.decode()
    assert "You are registered." in page and webinar.join_url not in page  # not open yet


def test_each_email_is_sent_once_however_often_the_worker_runs_it(
    signed_in: Client, make_webinar: Callable[..., Any], inbox: Inbox
) -> None:
    """The real database backend (django-tasks-db): the same email enqueued twice, the worker
    run twice, the task run again by hand: one email."""
    from tpatlas.web.webinars import services
    from tpatlas.web.webinars.tasks import send_message

    webinar = make_webinar()
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    registration = webinar.registrations.get()
    services.enqueue(registration, "confirmation")  # the same email planned a second time
    assert run_worker() == 2 and run_worker() == 0
    start = webinar.starts_at.isoformat()
    assert send_message.call(registration.pk, "confirmation", start) == "skipped: already sent"
    assert len([s for s in subjects(inbox) if "You are registered" in s]) == 1
    assert registration.messages.count() == 1


class WorkerKilled(BaseException):
    """Stands for the worker process dying (SIGKILL, power cut): nothing after it runs."""


def test_a_task_left_running_by_a_crashed_worker_is_not_sent_twice(
    signed_in: Client, make_webinar: Callable[..., Any], inbox: Inbox
) -> None:
    """A worker sends the confirmation, then dies before recording the task as done, so its
    row stays RUNNING. django-tasks-db has no recovery of such rows: no worker picks a RUNNING
    task again, so it is not sent twice by the queue. What makes a rerun safe when someone does
    put it back (resetting the row to READY, as here, or enqueueing the email again) is our
    idempotency row: SentMessage was written in the transaction that sent the email, so the
    rerun finds it and sends nothing."""
    from django_tasks_db.models import DBTaskResult

    webinar = make_webinar()
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    # The worker dies after the task returned, before it could store the outcome.
    with (
        patch.object(DBTaskResult, "set_successful", side_effect=WorkerKilled),
        patch.object(DBTaskResult, "set_failed", side_effect=WorkerKilled),
        pytest.raises(WorkerKilled),
    ):
        run_worker()
    (left,) = DBTaskResult.objects.running()
    assert subjects(inbox) == ["You are registered: Live clinic"]
    assert run_worker() == 0  # a RUNNING task is never picked again
    DBTaskResult.objects.filter(pk=left.pk).update(status="READY")  # put back by hand
    assert run_worker() == 1
    left.refresh_from_db()
    assert left.status == "SUCCESSFUL" and left.return_value == "skipped: already sent"
    assert subjects(inbox) == ["You are registered: Live clinic"]
    assert webinar.registrations.get().messages.count() == 1


def test_reminders_go_24_hours_and_1_hour_before_the_start(
    signed_in: Client, make_webinar: Callable[..., Any], inbox: Inbox
) -> None:
    webinar = make_webinar()
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    run_worker()
    assert run_worker(now=webinar.starts_at - dt.timedelta(hours=25)) == 0
    assert run_worker(now=webinar.starts_at - dt.timedelta(hours=24)) == 1
    assert run_worker(now=webinar.starts_at - dt.timedelta(hours=1)) == 1
    assert [s.split(": ")[0] for s in subjects(inbox)] == [
        "You are registered",
        "Tomorrow",
        "In one hour",
    ]
    assert webinar.join_url in inbox.text(-1)  # the last reminder carries the join link


def test_a_full_webinar_has_a_waiting_list_and_a_cancellation_promotes_the_first_in_it(
    signed_in: Client,
    learner: Any,
    person: Callable[..., Any],
    make_webinar: Callable[..., Any],
    inbox: Inbox,
) -> None:
    from tpatlas.web.webinars import services

    webinar = make_webinar(capacity=1)
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    bo, cy = person("bo"), person("cy")
    waiting_bo = services.register(bo, webinar.pk, "UTC")
    waiting_cy = services.register(cy, webinar.pk, "UTC")
    assert (waiting_bo.status, waiting_cy.status) == ("waiting", "waiting")
    assert services.waiting_position(waiting_cy) == 2
    bo_client = Client()
    bo_client.force_login(bo)
    page = bo_client.get(f"/webinars/{webinar.pk}/").content.decode()
    assert "You are number 1 on the waiting list." in page
    run_worker()
    assert "You are on the waiting list" in " ".join(subjects(inbox))

    signed_in.post(f"/webinars/{webinar.pk}/cancel/")  # Ana gives up her seat
    waiting_bo.refresh_from_db()
    waiting_cy.refresh_from_db()
    assert waiting_bo.status == "registered" and services.waiting_position(waiting_cy) == 1
    run_worker()
    assert inbox.messages[-1]["To"] == "bo@example.org"
    assert "A seat is yours" in str(inbox.messages[-1]["Subject"])
    # Ana's planned reminders no longer apply: she cancelled.
    run_worker(now=webinar.starts_at)
    assert not [m for m in inbox.messages[3:] if m["To"] == "ana@example.org"]


def test_a_paid_webinar_needs_the_course_bought_first(
    signed_in: Client, learner: Any, make_webinar: Callable[..., Any]
) -> None:
    from tpatlas.web.learning.models import Course, Enrollment

    webinar = make_webinar(course=PAID)
    page = signed_in.get(f"/webinars/{webinar.pk}/").content.decode()
    assert "buy the course first" in page and f"/courses/{PAID}/" in page
    refused = signed_in.post(f"/webinars/{webinar.pk}/register/", follow=True)
    assert "Buy the course first" in refused.content.decode()
    assert not webinar.registrations.exists()
    Enrollment.objects.create(user=learner, course=Course.objects.get(id=PAID))  # paid for
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    assert webinar.registrations.get().status == "registered"


def test_rescheduling_in_the_admin_bumps_the_sequence_emails_and_replans_reminders(
    signed_in: Client, staff: Client, make_webinar: Callable[..., Any], inbox: Inbox
) -> None:
    from tpatlas.web.webinars.models import Webinar

    webinar = make_webinar()
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    run_worker()
    old_start = webinar.starts_at
    form = staff.get(f"/admin/webinars/webinar/{webinar.pk}/change/").context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "instructors"}
    new_local = (old_start + dt.timedelta(days=1)).astimezone(
        __import__("zoneinfo").ZoneInfo("America/New_York")
    )
    data.update(
        course=webinar.course_id,
        starts_local=new_local.strftime("%Y-%m-%dT%H:%M"),
        **_empty_inlines(),
    )
    answer = staff.post(f"/admin/webinars/webinar/{webinar.pk}/change/", data)
    assert answer.status_code == 302, answer.content.decode()[:2000]
    webinar = Webinar.objects.get(pk=webinar.pk)
    assert webinar.starts_at == old_start + dt.timedelta(days=1) and webinar.sequence == 1
    run_worker()
    mail = inbox.messages[-1]
    assert str(mail["Subject"]).startswith("[Trigger Point Atlas] New time")
    entry = ics_of(mail)
    assert int(entry["sequence"]) == 1 and entry.decoded("dtstart") == webinar.starts_at
    # Reminders for the old start are dropped; those for the new start go.
    assert run_worker(now=old_start - dt.timedelta(minutes=1)) == 2
    assert len(inbox.messages) == 2
    run_worker(now=webinar.starts_at - dt.timedelta(hours=1))
    assert [s.split(": ")[0] for s in subjects(inbox)][2:] == ["Tomorrow", "In one hour"]
    assert webinar.history.count() >= 2  # the change is in the audit trail


def _empty_inlines() -> dict[str, str]:
    out = {}
    for prefix in ("registrations", "attendance"):
        out.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    return out


def test_cancelling_a_webinar_emails_everyone_a_cancelled_calendar_entry(
    signed_in: Client, staff: Client, make_webinar: Callable[..., Any], inbox: Inbox
) -> None:
    webinar = make_webinar()
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    run_worker()
    staff.post(
        "/admin/webinars/webinar/",
        {
            "action": "cancel_selected",
            "_selected_action": [webinar.pk],
            "reason": "Instructor ill.",
        },
    )
    run_worker()
    mail = inbox.messages[-1]
    assert str(mail["Subject"]).startswith("[Trigger Point Atlas] Cancelled")
    assert "Instructor ill." in inbox.text(-1)
    entry = ics_of(mail)
    assert str(entry["status"]) == "CANCELLED" and int(entry["sequence"]) == 1
    assert run_worker(now=webinar.starts_at) == 2  # the reminders run and send nothing
    assert len(inbox.messages) == 2


def test_a_start_time_the_clocks_skip_is_refused_in_the_admin(
    staff: Client, make_webinar: Callable[..., Any]
) -> None:
    webinar = make_webinar()
    form = staff.get("/admin/webinars/webinar/add/")
    assert form.status_code == 200
    answer = staff.post(
        "/admin/webinars/webinar/add/",
        {
            "course": webinar.course_id,
            "title_en": "Spring forward",
            "description_en": "x",
            "starts_local": "2027-03-14T02:30",
            "time_zone": "America/New_York",
            "duration_minutes": "60",
            "capacity": "10",
            **_empty_inlines(),
        },
    )
    assert answer.status_code == 200
    assert "does not exist in America/New_York" in answer.content.decode()


def test_registering_again_after_cancelling_is_a_new_registration_with_its_own_emails(
    signed_in: Client, make_webinar: Callable[..., Any], inbox: Inbox
) -> None:
    webinar = make_webinar()
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    run_worker()
    signed_in.post(f"/webinars/{webinar.pk}/cancel/")
    signed_in.post(f"/webinars/{webinar.pk}/register/")
    run_worker()
    assert [r.status for r in webinar.registrations.all()] == ["cancelled", "registered"]
    assert subjects(inbox) == ["You are registered: Live clinic"] * 2
    assert signed_in.get(f"/webinars/{webinar.pk}/register/").status_code == 405  # POST only
