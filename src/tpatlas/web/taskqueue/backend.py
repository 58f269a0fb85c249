"""A database backend for django-tasks: enqueueing writes a row, a separate worker process
(``django-admin db_worker``) runs the rows that are due.

Why our own: django-tasks 0.12 no longer ships ``django_tasks.backends.database`` (it moved to
the separate django-tasks-db package), and the project's dependencies are pinned. This backend
is small and follows the same design, so switching later means installing django-tasks-db and
changing ``TASKS["default"]["BACKEND"]``; the tasks themselves use only django-tasks' public
API (``@task``, ``.using(run_after=...)``, ``.enqueue()``).

A row is written in the caller's transaction: a task enqueued by a request that rolls back is
never run. Tasks that must not act twice (sending email) guard themselves; the queue runs a task
at least once, since a worker that dies mid-task leaves it to be retried (see worker.py).
"""

from __future__ import annotations

from typing import Any

from django.utils.module_loading import import_string
from django_tasks import TaskResult, TaskResultStatus
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import Task, TaskError
from django_tasks.exceptions import TaskResultDoesNotExist
from django_tasks.signals import task_enqueued
from django_tasks.utils import get_random_id, normalize_json

from tpatlas.web.taskqueue.models import QueuedTask


def result_of(row: QueuedTask) -> TaskResult[Any]:
    """The django-tasks view of a stored row."""
    task: Task[Any, Any] = import_string(row.task_path)
    task = task.using(
        priority=row.priority,
        queue_name=row.queue_name,
        run_after=row.run_after,
        backend=row.backend,
    )
    result: TaskResult[Any] = TaskResult(
        task=task,
        id=row.id,
        status=TaskResultStatus(row.status),
        enqueued_at=row.enqueued_at,
        started_at=row.started_at,
        last_attempted_at=row.started_at,
        finished_at=row.finished_at,
        args=list(row.args),
        kwargs=dict(row.kwargs),
        backend=row.backend,
        errors=[TaskError(exception_class_path=row.error_class, traceback=row.traceback)]
        if row.error_class
        else [],
        worker_ids=list(row.worker_ids),
    )
    object.__setattr__(result, "_return_value", row.return_value)
    return result


class DatabaseBackend(BaseTaskBackend):
    supports_defer = True
    supports_get_result = True
    supports_priority = True

    def enqueue(self, task: Task[Any, Any], args: Any, kwargs: Any) -> TaskResult[Any]:
        self.validate_task(task)
        row = QueuedTask.objects.create(
            id=get_random_id(),
            task_path=task.module_path,
            backend=self.alias,
            queue_name=task.queue_name,
            priority=task.priority,
            args=normalize_json(list(args)),
            kwargs=normalize_json(dict(kwargs)),
            run_after=task.run_after,
        )
        result = result_of(row)
        task_enqueued.send(type(self), task_result=result)
        return result

    def get_result(self, result_id: str) -> TaskResult[Any]:
        row = QueuedTask.objects.filter(id=result_id).first()
        if row is None:
            raise TaskResultDoesNotExist(result_id)
        return result_of(row)
