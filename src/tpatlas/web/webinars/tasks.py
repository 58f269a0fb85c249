"""Background tasks (django-tasks): every webinar email is sent by the worker process, at once
(confirmation, new time, cancellation) or at its time (reminders 24 hours and 1 hour before)."""

from __future__ import annotations

import datetime as dt

from django_tasks import task

from tpatlas.web.webinars import emails


@task()
def send_message(registration_id: int, kind: str, starts_at: str) -> str:
    """Send one email unless it was already sent or no longer applies; says which."""
    return emails.deliver(registration_id, kind, dt.datetime.fromisoformat(starts_at))
