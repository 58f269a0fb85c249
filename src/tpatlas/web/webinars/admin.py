"""Staff schedule webinars in the admin: create one (start typed in the organiser's zone),
reschedule by editing the start or length (SEQUENCE goes up, registrants are emailed, reminders
re-planned), cancel with an email (action), raise the capacity (the waiting list moves up),
import the participant report after the session (attendance, then certificates). Every change
to a webinar, a registration or an attendance record is kept in its history."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from tpatlas.ce.attendance import ReportError
from tpatlas.web.webinars import importing, services
from tpatlas.web.webinars.forms import AttendanceImportForm, WebinarForm
from tpatlas.web.webinars.models import Attendance, Registration, Webinar


class ReasonForm(ActionForm):
    reason = forms.CharField(required=False, label="Reason (sent to registrants)")


class RegistrationInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Registration
    extra = 0
    can_delete = False
    fields = ("user", "status", "created_at", "seated_at", "cancelled_at", "time_zone")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class AttendanceInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Attendance
    extra = 0
    can_delete = False
    fields = ("email", "name", "registration", "seconds", "share", "source", "imported_at")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Webinar)
class WebinarAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    form = WebinarForm
    list_display = ("title_en", "course", "starts_at", "time_zone", "status", "seats", "waiting")
    list_filter = ("status", "course", "starts_at", "time_zone")
    search_fields = ("title_en", "title_es", "registrations__user__email")
    date_hierarchy = "starts_at"
    readonly_fields = ("status", "cancel_reason", "sequence", "uid", "starts_at", "import_link")
    inlines = [RegistrationInline, AttendanceInline]
    action_form = ReasonForm
    actions = ["cancel_selected"]

    @admin.display(description="Seats taken")
    def seats(self, obj: Webinar) -> str:
        return f"{services.seats_taken(obj)} / {obj.capacity}"

    @admin.display(description="Waiting")
    def waiting(self, obj: Webinar) -> int:
        return obj.registrations.filter(status=Registration.WAITING).count()

    @admin.display(description="Attendance")
    def import_link(self, obj: Webinar) -> str:
        if not obj.pk:
            return "-"
        url = reverse("admin:webinars_webinar_attendance", args=[obj.pk])
        return format_html('<a href="{}">Import the participant report</a>', url)

    def save_model(self, request: HttpRequest, obj: Webinar, form: Any, change: bool) -> None:
        before = Webinar.objects.filter(pk=obj.pk).first() if change else None
        moved = before is not None and (
            before.starts_at != obj.starts_at or before.duration_minutes != obj.duration_minutes
        )
        if moved:
            obj.sequence += 1
        super().save_model(request, obj, form, change)
        if moved and obj.status == Webinar.SCHEDULED:
            told = services.rescheduled(obj)
            self.message_user(request, f"Rescheduled: {told} registrant(s) will be emailed.")
        if before is not None and obj.capacity > before.capacity:
            promoted = services.promote_waiting(obj)
            if promoted:
                self.message_user(
                    request, f"{len(promoted)} person(s) moved up from the waiting list."
                )

    @admin.action(description="Cancel the selected webinars and email registrants")
    def cancel_selected(self, request: HttpRequest, queryset: QuerySet[Webinar]) -> None:
        reason = request.POST.get("reason", "").strip()
        told = sum(services.cancel_webinar(w, reason) for w in queryset)
        self.message_user(
            request, f"Cancelled; {told} registrant(s) will be emailed.", messages.SUCCESS
        )

    def get_urls(self) -> list[URLPattern]:
        extra = [
            path(
                "<int:pk>/attendance/",
                self.admin_site.admin_view(self.attendance_view),
                name="webinars_webinar_attendance",
            )
        ]
        urls: list[URLPattern] = super().get_urls()
        return extra + urls

    def attendance_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        webinar = get_object_or_404(Webinar, pk=pk)
        if not self.has_change_permission(request, webinar):
            return HttpResponse(status=403)
        form = AttendanceImportForm(
            request.POST or None, request.FILES or None, initial={"report_zone": webinar.time_zone}
        )
        result = error = None
        if request.method == "POST" and form.is_valid():
            raw = form.cleaned_data["report"].read()
            try:
                text = raw.decode("utf-8-sig")
                result = importing.import_report(
                    webinar, text, form.cleaned_data["report_zone"], request.user
                )
            except UnicodeDecodeError:
                error = "The file is not UTF-8 text: export the report as CSV."
            except ReportError as exc:
                error = str(exc)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": f"Attendance: {webinar}",
            "webinar": webinar,
            "form": form,
            "result": result,
            "error": error,
        }
        return render(request, "admin/webinars/attendance_import.html", context)


@admin.register(Registration)
class RegistrationAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    list_display = ("user", "webinar", "status", "created_at", "seated_at", "cancelled_at")
    list_filter = ("status", "webinar")
    search_fields = ("user__email", "webinar__title_en")
    readonly_fields = ("webinar", "user", "created_at", "seated_at", "cancelled_at", "time_zone")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # people register themselves on the webinar page


@admin.register(Attendance)
class AttendanceAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    list_display = ("email", "webinar", "share", "seconds", "source", "imported_at", "imported_by")
    list_filter = ("webinar", "source")
    search_fields = ("email", "name")
    readonly_fields = [f.name for f in Attendance._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # attendance comes from an imported participant report
