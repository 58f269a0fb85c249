"""Fixtures for the platform: a verified learner with a legal name, signed in; the courses
synced; time requirements off unless a test sets them; a real SMTP server that Django's SMTP
backend sends to."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client

from tests.platform.smtp import Inbox, smtp_server


@pytest.fixture
def synced(db: Any) -> None:
    from tpatlas.ce.catalogue import load_catalogue
    from tpatlas.web.learning.sync import sync

    sync(load_catalogue())


@pytest.fixture
def learner(db: Any, synced: None, settings: Any) -> Any:
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    settings.CE_MIN_TIME_FACTOR = 0.0
    user = get_user_model().objects.create_user("ana", "ana@example.org", "a-long-Passw0rd!")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user.profile.legal_name = "Ana María Ruiz"
    user.profile.time_zone = "America/Mexico_City"
    user.profile.save()
    user.profile.licences.create(board="NCBTMB", jurisdiction="US", number="123456-00")
    return user


@pytest.fixture
def signed_in(learner: Any) -> Client:
    client = Client()
    client.force_login(learner)
    return client


@pytest.fixture
def inbox(settings: Any, db: Any) -> Iterator[Inbox]:
    with smtp_server() as (box, port):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        settings.EMAIL_USE_TLS = False
        yield box
