"""Staff can see what the worker has done and what is waiting (read-only)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from tpatlas.web.taskqueue.models import QueuedTask


@admin.register(QueuedTask)
class QueuedTaskAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("task_path", "status", "run_after", "enqueued_at", "finished_at")
    list_filter = ("status", "queue_name", "task_path")
    search_fields = ("id", "task_path")
    readonly_fields = [f.name for f in QueuedTask._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
