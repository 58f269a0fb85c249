"""A learner's profile and licences. The legal name and the licence numbers are what a
certificate prints; a board needs them to credit the hours."""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

PROFESSIONS = [
    ("massage", _("Massage therapist")),
    ("physical-therapy", _("Physical therapist or physiotherapist")),
    ("athletic-training", _("Athletic trainer")),
    ("chiropractic", _("Chiropractor")),
    ("student", _("Student")),
    ("other", _("Other")),
]
CURRENCIES = [
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("MXN", "MXN"),
]


def valid_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("%(zone)s is not a time zone name such as America/New_York."), params={"zone": value}
        )


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    legal_name = models.CharField(
        _("legal name"),
        max_length=200,
        blank=True,
        help_text=_("Your name exactly as it must appear on certificates."),
    )
    profession = models.CharField(_("profession"), max_length=40, choices=PROFESSIONS, blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", validators=[valid_zone]
    )
    language = models.CharField(
        _("language"), max_length=8, default="en", choices=settings.LANGUAGES
    )
    # Empty until the person chooses: until then the browser's language region decides, as it
    # does for visitors (a default of USD here would override a Mexican visitor's MXN).
    currency = models.CharField(
        _("currency"),
        max_length=3,
        blank=True,
        default="",
        choices=CURRENCIES,
        help_text=_("Empty: chosen from your browser's language."),
    )

    def __str__(self) -> str:
        return self.legal_name or self.user.get_username()


class Licence(models.Model):
    """A licence or certification number, with the board that issued it and where."""

    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="licences")
    board = models.CharField(
        _("board or body"),
        max_length=120,
        help_text=_("e.g. NCBTMB, Florida Board of Massage Therapy, BOC"),
    )
    jurisdiction = models.CharField(_("state, province or country"), max_length=80, blank=True)
    number = models.CharField(_("number"), max_length=60)

    class Meta:
        ordering = ["board", "number"]

    def __str__(self) -> str:
        where = f" ({self.jurisdiction})" if self.jurisdiction else ""
        return f"{self.board}{where} {self.number}"
