"""One row per enqueued django-tasks task: what to run, when, and how it went."""

from __future__ import annotations

from django.db import models


class QueuedTask(models.Model):
    READY, RUNNING, SUCCESSFUL, FAILED = "READY", "RUNNING", "SUCCESSFUL", "FAILED"
    STATUSES = [(s, s.capitalize()) for s in (READY, RUNNING, SUCCESSFUL, FAILED)]

    id = models.CharField(primary_key=True, max_length=64)
    task_path = models.CharField(max_length=300)
    backend = models.CharField(max_length=50, default="default")
    queue_name = models.CharField(max_length=50, default="default")
    priority = models.SmallIntegerField(default=0)
    args = models.JSONField(default=list)
    kwargs = models.JSONField(default=dict)
    run_after = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=STATUSES, default=READY)
    enqueued_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    worker_ids = models.JSONField(default=list)
    return_value = models.JSONField(null=True, blank=True)
    error_class = models.CharField(max_length=300, blank=True)
    traceback = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["status", "queue_name", "run_after"])]
        ordering = ["-enqueued_at"]

    def __str__(self) -> str:
        return f"{self.task_path} ({self.status})"
