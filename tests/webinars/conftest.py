"""Fixtures for webinars: the platform's learner and synced courses, a real SMTP server, a
staff member, webinars of the free and the paid live course, and the task worker."""

from __future__ import annotations

import datetime as dt
import io
import signal
from collections.abc import Callable
from contextlib import nullcontext
from typing import Any
from unittest.mock import patch

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from tests.platform.conftest import inbox, learner, signed_in, synced  # noqa: F401  (fixtures)

FREE = "live-referral-chart-clinic"
PAID = "live-neck-and-shoulder-trigger-points"


@pytest.fixture
def make_webinar(synced: None) -> Callable[..., Any]:  # noqa: F811
    from tpatlas.web.learning.models import Course
    from tpatlas.web.webinars.models import Webinar

    def make(course: str = FREE, **fields: Any) -> Webinar:
        values: dict[str, Any] = {
            "title_en": "Live clinic",
            "title_es": "Clínica en directo",
            "description_en": "Bring a pain drawing.",
            "starts_at": timezone.now().replace(second=0, microsecond=0) + dt.timedelta(days=3),
            "time_zone": "America/New_York",
            "duration_minutes": 60,
            "capacity": 10,
            "join_url": "https://meet.example.org/j/123",
            **fields,
        }
        return Webinar.objects.create(course=Course.objects.get(id=course), **values)

    return make


@pytest.fixture
def person(db: Any, synced: None) -> Callable[..., Any]:  # noqa: F811
    """Another verified learner: person("bo") -> a user with bo@example.org."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    def make(name: str, zone: str = "UTC", legal_name: str = "") -> Any:
        user = get_user_model().objects.create_user(name, f"{name}@example.org", "a-long-Passw0rd!")
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        user.profile.time_zone = zone
        user.profile.legal_name = legal_name or name.title()
        user.profile.save()
        return user

    return make


@pytest.fixture
def staff(db: Any) -> Client:
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser(
        "boss", "boss@example.org", "a-long-Passw0rd!"
    )
    client = Client()
    client.force_login(admin)
    return client


def db_worker(*options: str) -> None:
    """`django-admin db_worker` (django-tasks-db's) with these options, in this process. The
    command installs its own SIGINT/SIGTERM handlers; pytest's are put back afterwards."""
    signals = (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)
    handlers = {sig: signal.getsignal(sig) for sig in signals}
    # The worker closes "old" database connections between tasks; in a test that would close
    # the test's own transaction (PostgreSQL), as Django's test client avoids for requests.
    no_close = patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    try:
        with no_close:
            call_command("db_worker", *options, stdout=io.StringIO())
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)


def run_worker(now: dt.datetime | None = None) -> int:
    """Run the worker once as `db_worker --batch` does: every task due at ``now`` (default: the
    real time), then exit. Returns how many tasks it ran.

    The worker picks due tasks with ``timezone.now()`` (``DBTaskResult.objects.ready()``) and
    stamps them with it, so patching ``django.utils.timezone.now`` moves the clock for the
    worker and for what the tasks write."""
    from django_tasks_db.models import DBTaskResult

    before = DBTaskResult.objects.finished().count()
    with patch("django.utils.timezone.now", return_value=now) if now else nullcontext():
        db_worker("--batch", "--no-startup-delay", "--no-reload")
    return DBTaskResult.objects.finished().count() - before
