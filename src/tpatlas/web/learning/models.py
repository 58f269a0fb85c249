"""Learners' data: who is enrolled in what, how far they got, how long they spent, how they did.

``Course`` rows are synced from the YAML definitions (tpatlas.ce) so that people's records can
point at them; the definition itself is read from the catalogue, never edited here.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Course(models.Model):
    id = models.SlugField(primary_key=True, max_length=100)
    version = models.CharField(max_length=16, help_text=_("Hash of the definition last synced"))
    title_en = models.CharField(max_length=300)
    title_es = models.CharField(max_length=300, blank=True)
    delivery = models.CharField(max_length=20)
    hours = models.DecimalField(max_digits=5, decimal_places=2)
    free = models.BooleanField(default=False)
    active = models.BooleanField(default=True, help_text=_("Still in the catalogue"))
    synced_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.title_en


class Enrollment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="enrollments")
    started_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    active = models.BooleanField(default=True, help_text=_("Access ends when an order is refunded"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_enrollment")]

    def __str__(self) -> str:
        return f"{self.user} in {self.course_id}"


class LessonProgress(models.Model):
    """Time on a lesson counted from heartbeats the page sends while it is open and visible;
    each beat adds at most the time since the last one (capped), so a tab left open in the
    background or a script sending beats fast cannot add more than real time."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="lessons")
    lesson_id = models.SlugField(max_length=100)
    seconds = models.PositiveIntegerField(default=0)
    last_beat_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "lesson_id"], name="one_progress")
        ]


class Attempt(models.Model):
    """An assessment attempt: the draw and option order are stored when it starts."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    seed = models.BigIntegerField()
    question_ids = models.JSONField()
    option_orders = models.JSONField()
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    answers = models.JSONField(default=dict)
    points = models.PositiveSmallIntegerField(null=True, blank=True)
    maximum = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "number"], name="one_attempt_number")
        ]
        ordering = ["number"]
