"""Live webinars: the sessions staff schedule, who registered (or waits), every email sent to
them, and the attendance imported from the meeting platform.

A session's start is stored in UTC with the organiser's IANA zone; it belongs to a course of the
catalogue (delivery ``webinar`` or ``live``), which gives it its CE hours, approvals and price.
Webinars, registrations and attendance keep their history (django-simple-history): who changed
a start time, cancelled a session or imported a report, and when.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tpatlas.web.accounts.models import valid_zone
from tpatlas.web.learning.models import Course

JOIN_OPENS_BEFORE = dt.timedelta(minutes=15)


class Webinar(models.Model):
    SCHEDULED, CANCELLED = "scheduled", "cancelled"
    STATUSES = [(SCHEDULED, _("scheduled")), (CANCELLED, _("cancelled"))]

    course = models.ForeignKey(
        Course,
        on_delete=models.PROTECT,
        related_name="webinars",
        limit_choices_to={"delivery__in": ["webinar", "live"]},
        help_text=_("A course with delivery webinar or live: it gives the CE hours and price."),
    )
    title_en = models.CharField(_("title (English)"), max_length=300)
    title_es = models.CharField(_("title (Spanish)"), max_length=300, blank=True)
    description_en = models.TextField(_("description (English)"))
    description_es = models.TextField(_("description (Spanish)"), blank=True)
    instructors = models.JSONField(default=list, help_text=_("Ids from instructors.yaml"))
    starts_at = models.DateTimeField(_("start (UTC)"), db_index=True)
    time_zone = models.CharField(
        _("organiser's time zone"), max_length=64, default="UTC", validators=[valid_zone]
    )
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"))
    capacity = models.PositiveIntegerField(_("capacity"), default=100)
    join_url = models.URLField(_("join link"), max_length=500, blank=True)
    status = models.CharField(max_length=12, choices=STATUSES, default=SCHEDULED)
    cancel_reason = models.TextField(blank=True)
    sequence = models.PositiveIntegerField(
        default=0, help_text=_("Calendar SEQUENCE: goes up when the time changes")
    )
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["starts_at", "id"]

    def __str__(self) -> str:
        return f"{self.title_en} ({self.starts_at:%Y-%m-%d %H:%M} UTC)"

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)

    @property
    def join_opens_at(self) -> dt.datetime:
        return self.starts_at - JOIN_OPENS_BEFORE

    def title(self, lang: str) -> str:
        return (self.title_es if lang == "es" else "") or self.title_en

    def description(self, lang: str) -> str:
        return (self.description_es if lang == "es" else "") or self.description_en


class Registration(models.Model):
    """A person's place: a seat (registered), a place in the queue (waiting), or cancelled.
    Cancelling and registering again makes a new row, so its emails are sent again."""

    REGISTERED, WAITING, CANCELLED = "registered", "waiting", "cancelled"
    STATUSES = [
        (REGISTERED, _("registered")),
        (WAITING, _("waiting list")),
        (CANCELLED, _("cancelled")),
    ]

    webinar = models.ForeignKey(Webinar, on_delete=models.PROTECT, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webinar_registrations"
    )
    status = models.CharField(max_length=12, choices=STATUSES)
    time_zone = models.CharField(
        max_length=64, default="UTC", help_text=_("The zone the person saw times in")
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    seated_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["webinar", "user"],
                condition=~Q(status="cancelled"),
                name="one_active_registration",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.webinar_id} · {self.status}"


class SentMessage(models.Model):
    """One row per email: registration, kind and the start time it was about. The row is
    written before the email is sent, in the same transaction, so a task run twice (or after a
    restart) finds it and sends nothing; a send that fails rolls the row back for a retry."""

    KINDS = [
        ("confirmation", "confirmation"),
        ("waiting", "waiting list"),
        ("promoted", "seat from the waiting list"),
        ("reminder-24h", "reminder 24 hours before"),
        ("reminder-1h", "reminder 1 hour before"),
        ("rescheduled", "new time"),
        ("cancelled", "session cancelled"),
    ]

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="messages"
    )
    kind = models.CharField(max_length=20, choices=KINDS)
    starts_at = models.DateTimeField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["sent_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "kind", "starts_at"], name="one_message_per_start"
            )
        ]


class Attendance(models.Model):
    """One person's attendance at one session, from an imported participant report: their
    connections merged and clipped to the session, and the share of it they attended."""

    webinar = models.ForeignKey(Webinar, on_delete=models.PROTECT, related_name="attendance")
    registration = models.ForeignKey(
        Registration, null=True, blank=True, on_delete=models.SET_NULL, related_name="attendance"
    )
    email = models.EmailField()
    name = models.CharField(max_length=200, blank=True)
    intervals = models.JSONField(default=list, help_text=_("[join, leave] pairs in UTC"))
    seconds = models.PositiveIntegerField(default=0)
    share = models.FloatField(default=0.0)
    source = models.CharField(max_length=10, default="generic")
    imported_at = models.DateTimeField(auto_now=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["webinar", "email"]
        constraints = [
            models.UniqueConstraint(fields=["webinar", "email"], name="one_attendance_per_email")
        ]

    def __str__(self) -> str:
        return f"{self.email} · {self.webinar_id} · {self.share:.0%}"
