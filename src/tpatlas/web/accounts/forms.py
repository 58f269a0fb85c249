from __future__ import annotations

import zoneinfo

from django import forms
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext_lazy as _

from tpatlas.web.accounts.models import Licence, Profile


def time_zone_choices() -> list[tuple[str, str]]:
    """Every IANA zone, grouped by region as people look for them ("America/Chicago")."""
    zones = sorted(z for z in zoneinfo.available_timezones() if "/" in z and z[0].isupper())
    return [("UTC", "UTC"), *((z, z.replace("_", " ")) for z in zones)]


class ProfileForm(forms.ModelForm):  # type: ignore[type-arg]
    """The profile. The time zone is a list, not free text: certificates print the completion
    date in it, so a mistyped zone must be impossible."""

    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices)

    class Meta:
        model = Profile
        fields = ["legal_name", "profession", "time_zone", "language", "currency"]


LicenceFormSet: type[BaseInlineFormSet] = inlineformset_factory(  # type: ignore[type-arg]
    Profile, Licence, fields=["board", "jurisdiction", "number"], extra=1, can_delete=True
)
