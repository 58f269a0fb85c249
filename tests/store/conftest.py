"""Store fixtures: the platform's learner and synced courses, a real SMTP server, a staff
member."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.platform.conftest import learner, signed_in, synced  # noqa: F401
from tests.platform.smtp import Inbox, smtp_server

PAID = "buttock-and-back-of-thigh-pain"
OTHER = "headache-and-neck-pain"


@pytest.fixture
def inbox(settings: Any, db: Any) -> Iterator[Inbox]:
    with smtp_server() as (box, port):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        settings.EMAIL_USE_TLS = False
        yield box


@pytest.fixture
def staff(db: Any) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("boss", "boss@example.org", "x-Passw0rd!!")


@pytest.fixture
def committed(django_capture_on_commit_callbacks: Any) -> Any:
    """Run what waits for a commit (emails) inside the test's transaction."""
    return django_capture_on_commit_callbacks
