"""The CE API: the public catalogue, certificate verification as JSON, and a learner's own
records with allauth's session token."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.platform.test_flow import take_course
from tpatlas.ce.catalogue import load_catalogue


def test_the_catalogue_lists_courses_with_their_approvals(db: Any, synced: None) -> None:
    courses = Client().get("/api/v1/courses").json()
    free = next(c for c in courses if c["id"] == "reading-referral-charts")
    assert free["free"] and free["hours"] == load_catalogue().courses[free["id"]].hours
    assert free["approvals"][0]["unit"] == "CE hours" and free["approvals"][0]["title"]
    assert Client().get("/api/v1/courses/nope").status_code == 404


def test_a_certificate_is_verified_as_json_and_an_unknown_code_is_404(
    signed_in: Client,
) -> None:
    c = take_course(signed_in)
    data = Client().get(f"/api/v1/certificates/{c.code}").json()
    assert data["status"] == "valid" and data["legal_name"] == "Ana María Ruiz"
    assert "email" not in str(data)
    assert Client().get("/api/v1/certificates/TPA-AAAA-BBBB-CCCC").status_code == 404


def test_a_learner_reads_their_records_with_a_session_token(learner: Any) -> None:
    app = Client()
    login = app.post("/_allauth/app/v1/auth/login", {"email": "ana@example.org",
                                                     "password": "a-long-Passw0rd!"},
                     content_type="application/json")  # fmt: skip
    assert login.status_code == 200, login.content
    token = login.json()["meta"]["session_token"]
    assert Client().get("/api/v1/me/enrollments").status_code == 401
    mine = Client().get("/api/v1/me/enrollments", HTTP_X_SESSION_TOKEN=token)
    assert mine.status_code == 200 and mine.json() == []
    assert Client().get("/api/v1/me/certificates", HTTP_X_SESSION_TOKEN=token).json() == []
