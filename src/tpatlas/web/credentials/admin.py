"""Staff work on certificates in the admin: find them (filters, search), revoke or reissue with a
reason (the only ways a certificate changes), see who changed what (history), export CSV."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from tpatlas.web.credentials import issue
from tpatlas.web.credentials.models import Certificate, CertificateEvent


class ReasonForm(ActionForm):
    reason = forms.CharField(required=False, label="Reason")
    legal_name = forms.CharField(required=False, label="Corrected legal name (reissue)")


class EventInline(admin.TabularInline):  # type: ignore[type-arg]
    model = CertificateEvent
    extra = 0
    can_delete = False
    readonly_fields = ("at", "kind", "reason", "actor")


@admin.register(Certificate)
class CertificateAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    list_display = ("code", "legal_name", "course", "kind", "completed_on", "status")
    list_filter = ("status", "kind", "course", "delivery", "completed_on")
    search_fields = ("code", "legal_name", "user__email")
    date_hierarchy = "completed_on"
    readonly_fields = [f.name for f in Certificate._meta.fields]
    inlines = [EventInline]
    action_form = ReasonForm
    actions = ["revoke_selected", "reissue_selected"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # certificates are issued by the rules, never typed in

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # records of issue are kept (six years at least)

    @admin.action(description="Revoke (give a reason)")
    def revoke_selected(self, request: HttpRequest, queryset: QuerySet[Certificate]) -> None:
        reason = request.POST.get("reason", "").strip()
        if not reason:
            self.message_user(request, "Give a reason to revoke.", messages.ERROR)
            return
        for c in queryset.filter(status=Certificate.VALID):
            issue.revoke(c, reason, request.user)
        self.message_user(request, "Revoked.")

    @admin.action(description="Reissue with a corrected name (give the name and a reason)")
    def reissue_selected(self, request: HttpRequest, queryset: QuerySet[Certificate]) -> None:
        name = request.POST.get("legal_name", "").strip()
        reason = request.POST.get("reason", "").strip()
        if not name or not reason or queryset.count() != 1:
            self.message_user(
                request, "Select one certificate; give the name and a reason.", messages.ERROR
            )
            return
        copy = issue.reissue(queryset.get(), name, reason, request.user)
        self.message_user(request, f"Reissued as {copy.code}.")
