"""Store fixtures: the platform's learner and synced courses, a real SMTP server, a staff
member."""

from __future__ import annotations

from typing import Any

import pytest

from tests.platform.conftest import inbox, learner, signed_in, synced  # noqa: F401

PAID = "buttock-and-back-of-thigh-pain"
OTHER = "headache-and-neck-pain"


@pytest.fixture
def staff(db: Any) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("boss", "boss@example.org", "x-Passw0rd!!")


@pytest.fixture
def committed(django_capture_on_commit_callbacks: Any) -> Any:
    """Run what waits for a commit (emails) inside the test's transaction."""
    return django_capture_on_commit_callbacks
