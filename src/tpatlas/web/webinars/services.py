"""What happens to webinars and registrations, as operations the views and the admin call:
register (a seat, or the waiting list), cancel a registration (the first person waiting gets
the seat), cancel a session, change its time. Each plans the emails it causes as tasks; the
worker sends them, and the emails themselves check that they still apply when they go out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from tpatlas.web.learning.models import Enrollment
from tpatlas.web.learning.services import Refused
from tpatlas.web.webinars.models import Registration, Webinar
from tpatlas.web.webinars.tasks import send_message

REMINDERS = (("reminder-24h", dt.timedelta(hours=24)), ("reminder-1h", dt.timedelta(hours=1)))
ACTIVE = (Registration.REGISTERED, Registration.WAITING)


def has_access(user: Any, webinar: Webinar) -> bool:
    """A free course is open to anyone signed in; a paid one needs an active enrollment (the
    store creates it when payment is confirmed)."""
    if webinar.course.free:
        return True
    return Enrollment.objects.filter(user=user.pk, course=webinar.course, active=True).exists()


def active_registration(user: Any, webinar: Webinar) -> Registration | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return webinar.registrations.filter(user=user.pk, status__in=ACTIVE).first()


def waiting_position(registration: Registration) -> int | None:
    if registration.status != Registration.WAITING:
        return None
    ahead = registration.webinar.registrations.filter(
        status=Registration.WAITING, created_at__lt=registration.created_at
    ).count()
    return ahead + 1


def seats_taken(webinar: Webinar) -> int:
    return webinar.registrations.filter(status=Registration.REGISTERED).count()


def join_open(webinar: Webinar, now: dt.datetime | None = None) -> bool:
    """The join link is shown from 15 minutes before the start until the end."""
    now = now or timezone.now()
    return webinar.status == Webinar.SCHEDULED and webinar.join_opens_at <= now < webinar.ends_at


def enqueue(registration: Registration, kind: str, run_after: dt.datetime | None = None) -> None:
    task = send_message.using(run_after=run_after) if run_after else send_message
    task.enqueue(registration.pk, kind, registration.webinar.starts_at.isoformat())


def plan_reminders(registration: Registration, now: dt.datetime | None = None) -> None:
    """Reminders for the session's current start; a reminder whose time has passed is left out
    (the confirmation just sent says the same)."""
    now = now or timezone.now()
    for kind, before in REMINDERS:
        at = registration.webinar.starts_at - before
        if at > now:
            enqueue(registration, kind, at)


@transaction.atomic
def register(user: Any, webinar_id: int, zone: str, now: dt.datetime | None = None) -> Registration:
    now = now or timezone.now()
    webinar = Webinar.objects.select_for_update().select_related("course").get(pk=webinar_id)
    if webinar.status != Webinar.SCHEDULED:
        raise Refused("cancelled", "This webinar is cancelled.")
    if now >= webinar.starts_at:
        raise Refused("started", "Registration closed when the webinar started.")
    if not has_access(user, webinar):
        raise Refused("buy-first", "Buy the course first: the webinar is part of it.")
    existing = active_registration(user, webinar)
    if existing:
        return existing
    seated = seats_taken(webinar) < webinar.capacity
    registration = Registration.objects.create(
        webinar=webinar,
        user=user,
        status=Registration.REGISTERED if seated else Registration.WAITING,
        time_zone=zone,
        seated_at=now if seated else None,
    )
    if webinar.course.free:  # a free course is joined by registering; it shows in My learning
        Enrollment.objects.get_or_create(user=user, course=webinar.course)
    enqueue(registration, "confirmation" if seated else "waiting")
    if seated:
        plan_reminders(registration, now)
    return registration


@transaction.atomic
def cancel_registration(registration: Registration, now: dt.datetime | None = None) -> None:
    now = now or timezone.now()
    webinar = Webinar.objects.select_for_update().get(pk=registration.webinar_id)
    registration.refresh_from_db()
    if registration.status == Registration.CANCELLED:
        return
    registration.status, registration.cancelled_at = Registration.CANCELLED, now
    registration.save(update_fields=["status", "cancelled_at"])
    promote_waiting(webinar, now)


def promote_waiting(webinar: Webinar, now: dt.datetime | None = None) -> list[Registration]:
    """Give free seats to the people waiting, first come first served, and email them."""
    now = now or timezone.now()
    if webinar.status != Webinar.SCHEDULED or now >= webinar.starts_at:
        return []
    promoted = []
    free = webinar.capacity - seats_taken(webinar)
    for registration in webinar.registrations.filter(status=Registration.WAITING)[: max(free, 0)]:
        registration.status, registration.seated_at = Registration.REGISTERED, now
        registration.save(update_fields=["status", "seated_at"])
        enqueue(registration, "promoted")
        plan_reminders(registration, now)
        promoted.append(registration)
    return promoted


@transaction.atomic
def cancel_webinar(webinar: Webinar, reason: str = "") -> int:
    """Cancel a session: its calendar entry is cancelled (SEQUENCE up, STATUS:CANCELLED) and
    everyone registered or waiting is emailed. Returns how many were told."""
    webinar = Webinar.objects.select_for_update().get(pk=webinar.pk)
    if webinar.status == Webinar.CANCELLED:
        return 0
    webinar.status, webinar.cancel_reason = Webinar.CANCELLED, reason
    webinar.sequence += 1
    webinar.save(update_fields=["status", "cancel_reason", "sequence", "updated_at"])
    people = list(webinar.registrations.filter(status__in=ACTIVE))
    for registration in people:
        enqueue(registration, "cancelled")
    return len(people)


def rescheduled(webinar: Webinar, now: dt.datetime | None = None) -> int:
    """After the time of a session changed (the caller saved it with SEQUENCE bumped): email
    everyone registered or waiting with the new time and calendar file, and plan reminders for
    the new start. Reminders planned for the old start find it changed and send nothing."""
    people = list(webinar.registrations.filter(status__in=ACTIVE).select_related("webinar"))
    for registration in people:
        enqueue(registration, "rescheduled")
        if registration.status == Registration.REGISTERED:
            plan_reminders(registration, now)
    return len(people)
