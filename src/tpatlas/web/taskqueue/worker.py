"""Runs due tasks from the database queue: what ``django-admin db_worker`` loops over.

Claiming a row is one conditional UPDATE (``status READY -> RUNNING``), atomic on SQLite and
PostgreSQL alike, so two workers never run the same row. A worker that dies mid-task leaves a
RUNNING row behind; the next worker to start puts rows RUNNING for longer than ``STALE`` back to
READY. That is why a task may run twice, and why tasks with effects outside the database
(email) make themselves idempotent.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.db.models import Q
from django.utils import timezone
from django_tasks import TaskContext, TaskResultStatus
from django_tasks.signals import task_finished, task_started
from django_tasks.utils import get_exception_traceback, get_module_path, normalize_json

from tpatlas.web.taskqueue.backend import DatabaseBackend, result_of
from tpatlas.web.taskqueue.models import QueuedTask

STALE = dt.timedelta(minutes=15)
logger = logging.getLogger(__name__)


def due(now: dt.datetime, queues: tuple[str, ...]) -> list[str]:
    rows = QueuedTask.objects.filter(status=QueuedTask.READY, queue_name__in=queues).filter(
        Q(run_after__isnull=True) | Q(run_after__lte=now)
    )
    return list(rows.order_by("-priority", "run_after", "enqueued_at").values_list("id", flat=True))


def claim(row_id: str, worker_id: str, now: dt.datetime) -> QueuedTask | None:
    taken = QueuedTask.objects.filter(id=row_id, status=QueuedTask.READY).update(
        status=QueuedTask.RUNNING, started_at=now
    )
    if not taken:
        return None  # another worker got there first
    row = QueuedTask.objects.get(id=row_id)
    row.worker_ids = [*row.worker_ids, worker_id]
    row.save(update_fields=["worker_ids"])
    return row


def execute(row: QueuedTask) -> None:
    """Run one claimed row and store how it went; an exception marks it FAILED."""
    result = result_of(row)
    task_started.send(DatabaseBackend, task_result=result)
    try:
        task = result.task
        if task.takes_context:
            value = task.call(TaskContext(task_result=result), *row.args, **row.kwargs)
        else:
            value = task.call(*row.args, **row.kwargs)
        row.return_value = normalize_json(value)
        row.status = QueuedTask.SUCCESSFUL
    except Exception as exc:
        row.status = QueuedTask.FAILED
        row.error_class = get_module_path(type(exc))
        row.traceback = get_exception_traceback(exc)
    row.finished_at = timezone.now()
    row.save()
    finished = result_of(row)
    task_finished.send(DatabaseBackend, task_result=finished)
    if finished.status == TaskResultStatus.FAILED:
        logger.error("task %s failed:\n%s", row.task_path, row.traceback)


def run_due(
    worker_id: str = "worker",
    queues: tuple[str, ...] = ("default",),
    now: dt.datetime | None = None,
) -> int:
    """Run every task due at ``now`` (default: the current time); returns how many ran."""
    ran = 0
    for row_id in due(now or timezone.now(), queues):
        row = claim(row_id, worker_id, timezone.now())
        if row is not None:
            execute(row)
            ran += 1
    return ran


def recover_stale(now: dt.datetime | None = None) -> int:
    """Put back rows a dead worker left RUNNING; their tasks run again."""
    cutoff = (now or timezone.now()) - STALE
    return QueuedTask.objects.filter(status=QueuedTask.RUNNING, started_at__lt=cutoff).update(
        status=QueuedTask.READY
    )
