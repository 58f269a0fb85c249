"""Emails to registrants, in their language and time zone, with the calendar file attached.

``deliver`` is what the worker runs for each planned email. It first checks that the email
still applies (a reminder for a start that has since moved, or for a cancelled session, is not
sent), then writes the SentMessage row and sends inside one transaction: a second run finds the
row and sends nothing, and a failed send rolls the row back so a retry can send.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from tpatlas.web.accounts.models import Profile
from tpatlas.web.webinars import presenters
from tpatlas.web.webinars.models import Registration, SentMessage, Webinar

SEATED_ONLY = {"confirmation", "promoted", "reminder-24h", "reminder-1h"}


def _subject(kind: str, title: str) -> str:
    subjects = {
        "confirmation": _("You are registered: %(title)s"),
        "waiting": _("You are on the waiting list: %(title)s"),
        "promoted": _("A seat is yours: %(title)s"),
        "reminder-24h": _("Tomorrow: %(title)s"),
        "reminder-1h": _("In one hour: %(title)s"),
        "rescheduled": _("New time: %(title)s"),
        "cancelled": _("Cancelled: %(title)s"),
    }
    return settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subjects[kind] % {"title": title}


def still_applies(registration: Registration, kind: str, starts_at: dt.datetime) -> str | None:
    """None if the email should go; otherwise why not."""
    webinar = registration.webinar
    if kind == "cancelled":
        return None if webinar.status == Webinar.CANCELLED else "not cancelled"
    if webinar.status == Webinar.CANCELLED:
        return "cancelled"
    if webinar.starts_at != starts_at:
        return "the start changed"
    if registration.status == Registration.CANCELLED:
        return "registration cancelled"
    if kind in SEATED_ONLY and registration.status != Registration.REGISTERED:
        return "no seat"
    return None


def compose(registration: Registration, kind: str) -> EmailMessage:
    webinar = registration.webinar
    user = registration.user
    profile = Profile.objects.filter(user=user).first()
    lang = profile.language if profile else "en"
    with translation.override(lang):
        zone = presenters.reader_zone(user, registration.time_zone, webinar.time_zone)
        seated = registration.status == Registration.REGISTERED and kind != "cancelled"
        context = {
            "kind": kind,
            "title": webinar.title(lang),
            "times": presenters.times(webinar, zone, lang),
            "url": presenters.page_url(webinar),
            "join_url": webinar.join_url if seated and kind == "reminder-1h" else "",
            "reason": webinar.cancel_reason,
            "facts": presenters.course_facts(webinar, lang),
        }
        body = render_to_string("webinars/email/message.txt", context)
        message = EmailMessage(_subject(kind, webinar.title(lang)), body, to=[user.email])
        message.attach(
            "webinar.ics",
            presenters.ics_bytes(webinar, lang, with_join_link=seated),
            "text/calendar",
        )
    return message


def deliver(registration_id: int, kind: str, starts_at: dt.datetime) -> str:
    registration = (
        Registration.objects.select_related("webinar", "webinar__course", "user")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:
        return "skipped: registration gone"
    why_not = still_applies(registration, kind, starts_at)
    if why_not:
        return f"skipped: {why_not}"
    with transaction.atomic():
        _row, created = SentMessage.objects.get_or_create(
            registration=registration, kind=kind, starts_at=starts_at
        )
        if not created:
            return "skipped: already sent"
        compose(registration, kind).send()
    return "sent"
