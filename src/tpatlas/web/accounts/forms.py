from __future__ import annotations

from django import forms
from django.forms import BaseInlineFormSet, inlineformset_factory

from tpatlas.web.accounts.models import Licence, Profile


class ProfileForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Profile
        fields = ["legal_name", "profession", "time_zone", "language", "currency"]


LicenceFormSet: type[BaseInlineFormSet] = inlineformset_factory(  # type: ignore[type-arg]
    Profile, Licence, fields=["board", "jurisdiction", "number"], extra=1, can_delete=True
)
