"""Admin forms: a session's start is typed as a wall-clock time in the organiser's zone (how
organisers think of it) and stored in UTC; a time that does not exist or exists twice in that
zone (the daylight-saving change) is refused with the reason."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tpatlas.ce.catalogue import load_catalogue
from tpatlas.ce.schedule import LocalTimeError, all_zones, to_local, to_utc
from tpatlas.web.webinars.models import Webinar

LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


def live_minutes(course_id: str) -> int:
    course = load_catalogue().courses.get(course_id)
    if course is None:
        return 0
    return sum(x.minutes for m in course.modules for x in m.lessons if x.kind == "live")


class WebinarForm(forms.ModelForm):  # type: ignore[type-arg]
    starts_local = forms.DateTimeField(
        label=_("Start, in the organiser's time zone"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_FORMAT),
        help_text=_("Changing it reschedules the webinar: registrants are emailed."),
    )
    time_zone = forms.ChoiceField(label=_("Organiser's time zone"), choices=())
    join_url = forms.URLField(
        label=_("Join link"), max_length=500, required=False, assume_scheme="https"
    )
    instructors = forms.MultipleChoiceField(
        label=_("Instructors"),
        choices=(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None chosen: the course's instructors."),
    )

    class Meta:
        model = Webinar
        fields = [
            "course", "title_en", "title_es", "description_en", "description_es", "instructors",
            "starts_local", "time_zone", "duration_minutes", "capacity", "join_url",
        ]  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [(z, z) for z in all_zones()]  # type: ignore[attr-defined]
        self.fields["instructors"].choices = [  # type: ignore[attr-defined]
            (i.id, f"{i.name}, {i.credentials}") for i in load_catalogue().instructors.values()
        ]
        if self.instance.pk:
            local = to_local(self.instance.starts_at, self.instance.time_zone)
            self.initial["starts_local"] = local.replace(tzinfo=None)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        local, zone = data.get("starts_local"), data.get("time_zone")
        if local and zone:
            try:
                data["starts_at"] = to_utc(local.replace(tzinfo=None), zone)
            except LocalTimeError as exc:
                message = (
                    _("This time does not exist in %(zone)s: the clocks skip it.")
                    if exc.kind == "nonexistent"
                    else _("This time happens twice in %(zone)s: the clocks go back. Pick another.")
                )
                self.add_error("starts_local", message % {"zone": zone})
        course, minutes = data.get("course"), data.get("duration_minutes")
        if course and minutes and minutes < live_minutes(course.pk):
            self.add_error(
                "duration_minutes",
                _("The course's live lessons take %(n)d minutes; the session cannot be shorter.")
                % {"n": live_minutes(course.pk)},
            )
        return data

    def save(self, commit: bool = True) -> Webinar:
        self.instance.starts_at = self.cleaned_data["starts_at"]
        return super().save(commit)  # type: ignore[no-any-return]


class AttendanceImportForm(forms.Form):
    report = forms.FileField(
        label=_("Participant report (CSV)"),
        help_text=_("Zoom's participant export, or a CSV with the columns email,join,leave."),
    )
    report_zone = forms.ChoiceField(
        label=_("Time zone of the times in the report"),
        choices=(),
        help_text=_("Used for times without an offset (Zoom uses the account's time zone)."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["report_zone"].choices = [(z, z) for z in all_zones()]  # type: ignore[attr-defined]
