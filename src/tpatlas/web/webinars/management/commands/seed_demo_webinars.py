"""``django-admin seed_demo_webinars``: two upcoming demo webinars, so a newcomer running
``make run`` has something to register for. Does nothing if any webinar exists (staff schedule
real ones in the admin); run after ``tpatlas courses sync``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from tpatlas.ce.schedule import to_local, to_utc
from tpatlas.web.learning.models import Course
from tpatlas.web.webinars.forms import live_minutes
from tpatlas.web.webinars.models import Webinar


@dataclass(frozen=True)
class Demo:
    course: str
    days: int  # from today, in the organiser's zone
    local: dt.time
    zone: str
    capacity: int
    title_en: str
    title_es: str
    description_en: str
    description_es: str


DEMOS = [
    Demo(
        course="live-referral-chart-clinic",
        days=3,
        local=dt.time(19, 0),
        zone="America/New_York",
        capacity=40,
        title_en="Live clinic: reading referral charts together",
        title_es="Clínica en directo: leer juntos los mapas de dolor referido",
        description_en="Bring a pain drawing: we read it with the atlas's body chart, muscle by "
        "muscle, and say what would point to a condition to rule out. Free.",
        description_es="Traiga un dibujo de dolor: lo leemos con el mapa corporal del atlas, "
        "músculo a músculo, y decimos qué apuntaría a una afección que hay que descartar. Gratis.",
    ),
    Demo(
        course="live-neck-and-shoulder-trigger-points",
        days=10,
        local=dt.time(18, 30),
        zone="Europe/London",
        capacity=25,
        title_en="Live webinar: neck and shoulder trigger points",
        title_es="Webinar en directo: puntos gatillo del cuello y el hombro",
        description_en="Upper trapezius, levator scapulae, the scalenes and infraspinatus, "
        "drawn on the body chart, with the conditions to rule out. Part of a paid course.",
        description_es="Trapecio superior, elevador de la escápula, escalenos e "
        "infraespinoso, dibujados en el mapa corporal, con las afecciones que hay que descartar. "
        "Forma parte de un curso de pago.",
    ),
]


class Command(BaseCommand):
    help = "Create two upcoming demo webinars if there are none."

    def handle(self, *args: Any, **options: Any) -> None:
        if Webinar.objects.exists():
            self.stdout.write("Webinars exist already; no demo webinars added.")
            return
        made = 0
        for demo in DEMOS:
            course = Course.objects.filter(id=demo.course, active=True).first()
            if course is None:
                self.stdout.write(f"Course {demo.course} is not synced; skipped.")
                continue
            day = to_local(timezone.now(), demo.zone).date() + dt.timedelta(days=demo.days)
            Webinar.objects.create(
                course=course,
                title_en=demo.title_en,
                title_es=demo.title_es,
                description_en=demo.description_en,
                description_es=demo.description_es,
                starts_at=to_utc(dt.datetime.combine(day, demo.local), demo.zone),
                time_zone=demo.zone,
                duration_minutes=live_minutes(course.id) or 60,
                capacity=demo.capacity,
                join_url="https://meet.example.org/tpatlas-demo",
            )
            made += 1
        self.stdout.write(f"Added {made} demo webinar(s): see /webinars/.")
