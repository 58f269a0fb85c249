"""A learner takes the free course through the web pages: enrol, read every lesson, pass the
assessment, get a certificate whose PDF shows every field, verify it logged out."""

from __future__ import annotations

import re
import subprocess
from typing import Any

from django.test import Client

from tpatlas.ce.catalogue import load_catalogue
from tpatlas.web.credentials.models import Certificate
from tpatlas.web.knowledge import kb
from tpatlas.web.learning import services
from tpatlas.web.learning.models import Attempt

COURSE = "reading-referral-charts"


def right_answers(attempt: Attempt) -> dict[str, list[str]]:
    bank = services.bank(attempt.enrollment.course_id)
    return {q: sorted(bank[q].right) for q in attempt.question_ids}


def take_course(client: Client) -> Certificate:
    assert client.post(f"/courses/{COURSE}/enroll/").status_code == 302
    for lesson in services.lessons(services.definition(COURSE)):
        page = client.get(f"/learn/{COURSE}/{lesson.id}/")
        assert page.status_code == 200
        client.post(f"/learn/{COURSE}/{lesson.id}/")
    client.post(f"/learn/{COURSE}/assessment/", {"action": "start"})
    attempt = Attempt.objects.get()
    answers = right_answers(attempt)
    result = client.post(f"/learn/{COURSE}/assessment/", answers)
    assert result.status_code == 302
    done = client.post(f"/courses/{COURSE}/certificate/")
    assert done.status_code == 302, done.content[:300]
    return Certificate.objects.get()


def test_a_learner_takes_the_free_course_and_gets_a_verifiable_certificate(
    signed_in: Client,
) -> None:
    certificate = take_course(signed_in)
    assert certificate.kind == "achievement" and certificate.legal_name == "Ana María Ruiz"
    assert re.fullmatch(r"TPA-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", certificate.code)
    pdf = signed_in.get(f"/me/certificates/{certificate.code}.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    text = pdf_text(pdf.content)
    for expected in (
        "Certificate of Achievement",
        "Ana María Ruiz",
        "123456-00",
        "Reading a Trigger Point Referral Chart",
        f"{load_catalogue().courses[COURSE].hours:g} CE hours",
        "America/Mexico_City",
        "Home study",
        "Trigger Point Atlas Education",
        "ce@example.org",
        "NCBTMB",
        "DEMO-",
        "Lee Harmon",
        "Morgan Reyes",
        certificate.code,
        "template",
    ):
        assert expected in text, expected
    public = Client().get(f"/verify/{certificate.code}/").content.decode()
    assert "Valid" in public and "Ana María Ruiz" in public and "ana@example.org" not in public


def pdf_text(content: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=content, capture_output=True, check=True
    )
    return " ".join(done.stdout.decode().split())


def test_an_unknown_code_is_a_404_on_the_verification_page(db: Any) -> None:
    assert Client().get("/verify/TPA-NOPE-NOPE-NOPE/").status_code == 404


def test_a_monograph_links_to_the_courses_that_teach_it(db: Any) -> None:
    page = Client().get("/muscles/upper-trapezius/").content.decode()
    assert "Earn CE hours on this muscle" in page and f"/courses/{COURSE}/" in page
    taught = {m for c in load_catalogue().courses.values() for m in c.muscles}
    muscles = kb().muscles
    untaught = next(
        m
        for m in sorted(muscles)
        if not {m, *muscles[m].members, *([muscles[m].group] if muscles[m].group else [])} & taught
    )
    assert "Earn CE hours" not in Client().get(f"/muscles/{untaught}/").content.decode()
