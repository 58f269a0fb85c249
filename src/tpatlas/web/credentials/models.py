"""A certificate is a record of issue: everything it prints is copied into it when it is issued
(the legal name, licences, the course titles and hours as each accreditor approved them, the
approvals in force), so it reads the same for six years whatever changes later. Revoking and
reissuing never delete; every change is in the history (django-simple-history) and in events.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tpatlas.web.learning.models import Course

TEMPLATE_VERSION = "2026.11-1"


class Certificate(models.Model):
    VALID, REVOKED, REISSUED = "valid", "revoked", "reissued"
    STATUSES = [(VALID, _("valid")), (REVOKED, _("revoked")), (REISSUED, _("reissued"))]

    code = models.CharField(max_length=24, unique=True, editable=False)
    # Kept when an account is deleted: the certificate stays verifiable as a record of issue.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="certificates")
    kind = models.CharField(max_length=20)  # achievement | completion
    delivery = models.CharField(max_length=20)
    legal_name = models.CharField(max_length=200)
    licences = models.JSONField(default=list)
    completed_at = models.DateTimeField()
    time_zone = models.CharField(max_length=64)
    completed_on = models.DateField(help_text=_("The completion date in the learner's time zone"))
    hours = models.DecimalField(max_digits=5, decimal_places=2)
    approvals = models.JSONField(default=list)
    instructors = models.JSONField(default=list)
    provider = models.JSONField(default=dict)
    language = models.CharField(max_length=8, default="en")
    status = models.CharField(max_length=10, choices=STATUSES, default=VALID)
    status_reason = models.TextField(blank=True)
    replaced_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="replaces"
    )
    issued_at = models.DateTimeField(auto_now_add=True)
    template_version = models.CharField(max_length=20, default=TEMPLATE_VERSION)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-issued_at"]
        indexes = [models.Index(fields=["course", "completed_on"])]

    def __str__(self) -> str:
        return f"{self.code} {self.legal_name} {self.course_id}"


class CertificateEvent(models.Model):
    """What happened to a certificate, shown on its verification page."""

    certificate = models.ForeignKey(Certificate, on_delete=models.PROTECT, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    kind = models.CharField(max_length=20)  # issued | revoked | reissued
    reason = models.TextField(blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        ordering = ["at", "id"]
