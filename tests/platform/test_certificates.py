"""Certificates change only by revoking or reissuing, with a reason and a kept history; the
public page says valid, revoked or reissued; a refusal names the rule; transcripts and exports."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.test import Client

from tests.platform.test_flow import COURSE, take_course
from tpatlas.web.credentials import issue
from tpatlas.web.credentials.models import Certificate


def test_a_revoked_certificate_shows_as_revoked_with_its_reason(signed_in: Client) -> None:
    c = take_course(signed_in)
    issue.revoke(c, "Issued in error: the assessment was taken by someone else.")
    page = Client().get(f"/verify/{c.code}/").content.decode()
    assert "Revoked" in page and "Issued in error" in page and "Valid</strong>" not in page
    history = [e.kind for e in c.events.all()]
    assert history == ["issued", "revoked"] and c.history.count() >= 2


def test_a_reissue_after_a_name_correction_keeps_both_and_links_them(signed_in: Client) -> None:
    c = take_course(signed_in)
    new = issue.reissue(c, "Ana María Ruiz López", "Second surname added at the learner's request")
    old = Client().get(f"/verify/{c.code}/").content.decode()
    assert "Reissued" in old and new.code in old
    fresh = Client().get(f"/verify/{new.code}/").content.decode()
    assert "Valid" in fresh and "Ana María Ruiz López" in fresh
    assert Certificate.objects.count() == 2


def test_a_refusal_names_the_rule_that_failed(signed_in: Client, learner: Any) -> None:
    learner.profile.legal_name = ""
    learner.profile.save()
    signed_in.post(f"/courses/{COURSE}/enroll/")
    answer = signed_in.post(f"/courses/{COURSE}/certificate/", follow=True)
    text = answer.content.decode()
    assert "Add your legal name" in text and "Complete every lesson" in text
    assert "Pass the assessment" in text and not Certificate.objects.exists()


def test_the_time_rule_uses_the_server_count(signed_in: Client, settings: Any) -> None:
    settings.CE_MIN_TIME_FACTOR = 1.0
    signed_in.post(f"/courses/{COURSE}/enroll/")
    answer = signed_in.post(f"/courses/{COURSE}/certificate/", follow=True)
    assert "approved time" in answer.content.decode()


def test_the_transcript_adds_hours_per_body_and_year(signed_in: Client) -> None:
    c = take_course(signed_in)
    page = signed_in.get("/me/transcript/").content.decode()
    assert c.code in page and "NCBTMB (CE hours): 0.5" in page
    pdf = signed_in.get("/me/transcript.pdf")
    assert pdf.content.startswith(b"%PDF")


def test_staff_export_completions_as_csv(signed_in: Client, learner: Any) -> None:
    c = take_course(signed_in)
    assert Client().get("/staff/completions.csv").status_code == 302  # staff only
    learner.is_staff = True
    learner.save()
    rows = list(csv.reader(io.StringIO(signed_in.get("/staff/completions.csv").content.decode())))
    header, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert "licence_number" in header and first["certificate_code"] == c.code
    assert first["licence_number"] == "123456-00" and first["credit"] == "0.5"
    assert first["completion_date_local"] == c.completed_on.isoformat()


def test_an_auditor_types_the_printed_code_in_any_case_and_spacing(signed_in: Client) -> None:
    certificate = take_course(signed_in)
    public = Client()
    assert "Certificate code" in public.get("/verify/").content.decode()
    typed = certificate.code.lower().replace("-", " ").removeprefix("tpa ")
    found = public.get("/verify/", {"code": typed})
    assert found.status_code == 302 and found["Location"] == f"/verify/{certificate.code}/"
    wrong = public.get("/verify/", {"code": "TPA-ZZZZ"})
    assert wrong.status_code == 404 and "TPA-ZZZZ" in wrong.content.decode()


def test_every_refusal_reads_in_spanish() -> None:
    from django.utils import translation

    from tpatlas.ce.rules import RULES
    from tpatlas.web.credentials.views import RULE_TEXT

    assert set(RULE_TEXT) == set(RULES)
    with translation.override("es"):
        for code, english in RULES.items():
            assert str(RULE_TEXT[code]) != english, code


def test_a_learner_who_reads_spanish_gets_a_spanish_certificate(
    signed_in: Client, learner: Any
) -> None:
    from tests.platform.test_flow import pdf_text

    learner.profile.language = "es"
    learner.profile.save()
    certificate = take_course(signed_in)
    text = pdf_text(signed_in.get(f"/me/certificates/{certificate.code}.pdf").content)
    for expected in ("Certificado de aprovechamiento", "Otorgado a", "Finalizado el",
                     "Ana María Ruiz", certificate.code):  # fmt: skip
        assert expected in text, expected
    assert "Awarded to" not in text


def test_staff_export_the_roster_and_attempts_behind_the_completions(
    signed_in: Client, learner: Any
) -> None:
    c = take_course(signed_in)
    assert Client().get("/staff/roster.csv").status_code == 302  # staff only
    learner.is_staff = True
    learner.save()
    roster = list(csv.DictReader(io.StringIO(signed_in.get(f"/staff/roster.csv?course={COURSE}")
                                             .content.decode())))  # fmt: skip
    assert roster[0]["email"] == "ana@example.org" and roster[0]["passed"] == "True"
    assert roster[0]["lessons_done"] == roster[0]["lessons_total"] and roster[0]["completed_at"]
    attempts = list(csv.DictReader(io.StringIO(signed_in.get("/staff/attempts.csv")
                                               .content.decode())))  # fmt: skip
    assert len(attempts) == 1 and attempts[0]["passed"] == "True" and attempts[0]["questions"]
    assert c.code  # the certificate these records stand behind
