"""Staff import the participant report after a session: attendance is recorded, and whoever
attended the whole session (and has a verified email and a legal name) gets a Certificate of
Completion in the Webinar format; anyone short of it gets none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

pytestmark = pytest.mark.django_db
# 19:00-20:00 in New York on 10 March 2026 (daylight time): 23:00-00:00 UTC.
START = dt.datetime(2026, 3, 10, 23, 0, tzinfo=dt.UTC)

ZOOM = """Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
81234567890,Live clinic,03/10/2026 06:55:02 PM,03/10/2026 08:01:10 PM,host@example.org,67,5
,,,,,,
Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
Ana Ruiz,ana@example.org,03/10/2026 06:58:10 PM,03/10/2026 07:31:00 PM,33,Yes
Ana Ruiz (phone),Ana@Example.org,03/10/2026 07:30:00 PM,03/10/2026 08:00:30 PM,31,Yes
Bo,bo@example.org,03/10/2026 07:05:00 PM,03/10/2026 08:00:00 PM,55,Yes
Cy,cy@example.org,03/10/2026 07:00:00 PM,03/10/2026 08:00:00 PM,60,Yes
Walk-in,stranger@example.org,03/10/2026 07:00:00 PM,03/10/2026 08:00:00 PM,60,Yes
"""


def upload(staff: Client, webinar: Any, body: str, zone: str = "America/New_York") -> str:
    answer = staff.post(
        f"/admin/webinars/webinar/{webinar.pk}/attendance/",
        {"report": SimpleUploadedFile("participants.csv", body.encode()), "report_zone": zone},
    )
    assert answer.status_code == 200
    return answer.content.decode()


def test_full_attendance_earns_a_webinar_certificate_and_late_arrival_does_not(
    learner: Any,
    person: Callable[..., Any],
    staff: Client,
    make_webinar: Callable[..., Any],
) -> None:
    from tpatlas.web.credentials.models import Certificate
    from tpatlas.web.webinars import services
    from tpatlas.web.webinars.models import Attendance

    webinar = make_webinar(starts_at=START - dt.timedelta(days=10), time_zone="America/New_York")
    webinar.starts_at = START  # held in the past: registration happened before the start
    webinar.save()
    bo, cy = person("bo"), person("cy", legal_name=" ")
    for user in (learner, bo, cy):
        webinar.registrations.create(user=user, status="registered", time_zone="UTC")

    page = upload(staff, webinar, ZOOM)
    assert "4 people in the report; 3 matched to registrations; 1 unmatched." in page
    assert "stranger@example.org" in page and "Share needed for a certificate: 100%" in page

    ana_row = Attendance.objects.get(email="ana@example.org")
    assert ana_row.share == 1.0 and ana_row.registration is not None
    assert Attendance.objects.get(email="bo@example.org").share == pytest.approx(55 / 60)
    assert Attendance.objects.get(email="stranger@example.org").registration is None

    certificate = Certificate.objects.get()
    assert certificate.user == learner and certificate.course_id == webinar.course_id
    assert certificate.kind == "completion" and certificate.delivery == "webinar"
    assert certificate.approvals[0]["format"] == "webinar"
    # Dated by the day the session ended in the learner's zone (Mexico City: still 10 March).
    assert certificate.completed_on == dt.date(2026, 3, 10)
    assert "attendance-short" in page  # Bo joined five minutes late
    assert "no-legal-name" in page  # Cy attended but has no legal name yet
    assert certificate.code in page

    # Importing again updates the figures and never issues a second certificate.
    upload(staff, webinar, ZOOM)
    assert Certificate.objects.count() == 1 and Attendance.objects.count() == 4
    assert Attendance.history.count() >= 8  # every import is in the audit trail
    assert services.seats_taken(webinar) == 3


def test_asking_for_the_certificate_without_full_attendance_names_the_rule(
    learner: Any, signed_in: Client, staff: Client, make_webinar: Callable[..., Any]
) -> None:
    webinar = make_webinar(starts_at=START)
    webinar.registrations.create(user=learner, status="registered", time_zone="UTC")
    late = "email,join,leave\nana@example.org,2026-03-10T23:10:00Z,2026-03-11T00:00:00Z\n"
    upload(staff, webinar, late, zone="UTC")
    from tpatlas.web.learning.models import Enrollment

    Enrollment.objects.get_or_create(user=learner, course=webinar.course)
    answer = signed_in.post(f"/courses/{webinar.course_id}/certificate/", follow=True)
    assert "Attend the whole live session." in answer.content.decode()
    mine = signed_in.get("/me/webinars/").content.decode()
    assert "Attendance recorded: 83% of the session." in mine


def test_home_study_certificates_are_unaffected_by_attendance(learner: Any) -> None:
    from tpatlas.web.credentials.issue import facts_for
    from tpatlas.web.learning import services

    enrollment = services.enroll(learner, "reading-referral-charts")
    facts = facts_for(enrollment)
    assert facts.attendance_share is None and facts.delivery == "home-study"


def test_a_file_that_is_not_a_report_is_refused_with_the_reason(
    staff: Client, make_webinar: Callable[..., Any]
) -> None:
    webinar = make_webinar(starts_at=START)
    assert "no participant header found" in upload(staff, webinar, "a,b\n1,2\n")
