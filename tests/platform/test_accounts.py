"""Accounts through a real SMTP server: sign up, verify the email with the code that arrives,
sign in by an emailed code; a person downloads their data and deletes the account, and their
certificates stay verifiable."""

from __future__ import annotations

import json
import re
from typing import Any

from django.test import Client

from tests.platform.smtp import Inbox


def code_in(text: str) -> str:
    match = re.search(r"\b([A-Z0-9]{4}-[A-Z0-9]{4})\b", text)
    assert match, text
    return match.group(1)


def test_sign_up_sends_a_code_by_smtp_and_the_code_verifies_the_email(inbox: Inbox) -> None:
    from allauth.account.models import EmailAddress

    client = Client()
    answer = client.post(
        "/accounts/signup/",
        {
            "email": "new@example.org",
            "password1": "a-long-Passw0rd!",
            "password2": "a-long-Passw0rd!",
        },
    )
    assert answer.status_code == 302
    assert len(inbox.messages) == 1 and inbox.messages[0]["To"] == "new@example.org"
    code = code_in(inbox.text())
    confirm = client.post(answer["Location"], {"code": code})
    assert confirm.status_code == 302
    assert EmailAddress.objects.get(email="new@example.org").verified


def test_a_wrong_code_is_refused_with_a_message(inbox: Inbox) -> None:
    client = Client()
    answer = client.post(
        "/accounts/signup/",
        {
            "email": "x@example.org",
            "password1": "a-long-Passw0rd!",
            "password2": "a-long-Passw0rd!",
        },
    )
    page = client.post(answer["Location"], {"code": "WRONG1"})
    assert page.status_code == 200 and "code" in page.content.decode().lower()


def test_sign_in_by_an_emailed_code(inbox: Inbox, learner: Any) -> None:
    client = Client()
    asked = client.post("/accounts/login/code/", {"email": learner.email})
    assert asked.status_code == 302 and inbox.messages
    done = client.post(asked["Location"], {"code": code_in(inbox.text())})
    assert done.status_code == 302
    assert client.get("/me/").status_code == 200


def test_a_person_downloads_everything_held_about_them(signed_in: Client) -> None:
    data = json.loads(signed_in.get("/me/data.json").content)
    assert data["account"]["email"] == "ana@example.org"
    assert data["profile"]["legal_name"] == "Ana María Ruiz"
    assert data["profile"]["licences"][0]["number"] == "123456-00"
    assert {"enrollments", "certificates", "email_addresses"} <= set(data)


def test_deleting_the_account_keeps_certificates_verifiable(
    signed_in: Client, learner: Any
) -> None:
    from tests.platform.test_flow import take_course

    certificate = take_course(signed_in)
    wrong = signed_in.post("/me/delete/", {"confirm": "someone@else.org"})
    assert wrong.status_code == 200
    gone = signed_in.post("/me/delete/", {"confirm": "ana@example.org"})
    assert gone.status_code == 302
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(email="ana@example.org").exists()
    page = Client().get(f"/verify/{certificate.code}/").content.decode()
    assert "Valid" in page and "Ana María Ruiz" in page


def test_the_privacy_page_says_why_certificates_are_kept(db: Any) -> None:
    page = Client().get("/privacy/").content.decode()
    assert "records of issue" in page and "six years" in page
