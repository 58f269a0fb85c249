"""Continuing-education definitions as data: the provider, accreditors and their approvals,
instructors, courses (modules, lessons, objectives, references) and written questions.

Like the knowledge base, definitions are version-controlled YAML validated here (frozen models
that reject unknown fields) and synced into the database by `tpatlas courses sync`; learners'
data lives in the database. A reading lesson shows monograph sections rendered from the
knowledge base (never copied), and every sentence a course adds cites the monograph section it
comes from, so a course cannot drift from the atlas.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from tpatlas.kb.schema import Model, Slug, SourceRef, Text

# The monograph sections a lesson may show or a sentence may cite.
Section = Literal[
    "summary",
    "anatomy",
    "functional_movement",
    "trigger_points",
    "indications",
    "causes",
    "differentials",
    "connections",
    "self_help",
    "techniques",
    "sources",
]
Delivery = Literal["home-study", "live", "webinar"]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]


class Cite(Model):
    """Where in the atlas a sentence or a question comes from: a muscle's monograph section
    (or a condition or technique entry)."""

    muscle: Slug | None = None
    section: Section | None = None
    condition: Slug | None = None
    technique: Slug | None = None

    @model_validator(mode="after")
    def _names_one_entry(self) -> Cite:
        named = [x for x in (self.muscle, self.condition, self.technique) if x]
        if len(named) != 1:
            raise ValueError("cite exactly one of muscle (with section), condition or technique")
        if self.muscle and not self.section:
            raise ValueError("a muscle citation names the monograph section")
        return self


class Provider(Model):
    """The organisation that issues certificates, as registered with the accreditors."""

    name: str
    address: str
    email: str
    website: Url | None = None
    administrator: str = Field(description="Signs every certificate for the provider")
    administrator_title: str


class ProviderApproval(Model):
    """The provider's own approval by an accreditor (e.g. NCBTMB Approved Provider number)."""

    number: str
    valid_from: dt.date
    valid_until: dt.date
    statement: Text = Field(description="The sentence the accreditor wants on certificates")


class Accreditor(Model):
    id: Slug
    name: str
    short_name: str
    country: str
    unit: Text = Field(description="How hours are labelled: 'CE hours', 'CEUs', 'CPD hours'")
    minutes_per_unit: int = Field(gt=0, description="NCBTMB: 1 CE hour = 50 minutes")
    professions: tuple[str, ...] = ()
    approval: ProviderApproval | None = Field(
        default=None, description="None for bodies that record CPD without approving providers"
    )
    requires_assessment_for_home_study: bool = True
    attendance_share_for_live: float = Field(default=1.0, ge=0, le=1)
    notes: Text | None = None
    sources: tuple[Url, ...] = Field(min_length=1, description="Where these rules are stated")


class Instructor(Model):
    id: Slug
    name: str
    credentials: str
    bio: Text


class CourseApproval(Model):
    """One accreditor's approval of one course: its title, hours, unit, format and category as
    approved. A certificate prints these, never the course's own title."""

    accreditor: Slug
    title: str
    hours: float = Field(gt=0)
    format: Delivery
    category: str | None = None
    number: str | None = Field(default=None, description="The course approval number, if any")
    valid_from: dt.date
    valid_until: dt.date


class Block(Model):
    """Part of a reading: a monograph section rendered from the atlas, or the course's own
    sentences, which cite the atlas."""

    monograph: Slug | None = None
    sections: tuple[Section, ...] = ()
    text: Text | None = None
    cites: tuple[Cite, ...] = ()

    @model_validator(mode="after")
    def _one_kind(self) -> Block:
        if bool(self.monograph) == bool(self.text):
            raise ValueError("a block is either a monograph (with sections) or text (with cites)")
        if self.monograph and not self.sections:
            raise ValueError("a monograph block lists the sections to show")
        if self.text and not self.cites:
            raise ValueError("course text cites the monograph section it comes from")
        return self


class Lesson(Model):
    id: Slug
    title: Text
    kind: Literal["reading", "video", "live"]
    minutes: int = Field(gt=0, description="Expected time on task")
    blocks: tuple[Block, ...] = ()
    video_url: Url | None = None
    transcript: Text | None = None

    @model_validator(mode="after")
    def _has_content(self) -> Lesson:
        if self.kind == "reading" and not self.blocks:
            raise ValueError("a reading lesson has blocks")
        if self.kind == "video" and not (self.video_url and self.transcript):
            raise ValueError("a video lesson has a URL and a transcript")
        return self


class Module(Model):
    id: Slug
    title: Text
    lessons: tuple[Lesson, ...] = Field(min_length=1)


class Option(Model):
    text: Text
    correct: bool = False


class Question(Model):
    """A written question. ``single``/``multiple``: options; ``chart``: the zone kinds that are
    right ("click where this trigger point refers"); ``which-muscle``: a pattern to name."""

    id: Slug
    kind: Literal["single", "multiple", "chart", "which-muscle"]
    prompt: Text
    options: tuple[Option, ...] = ()
    zones: tuple[Slug, ...] = Field(default=(), description="chart: the zone kinds to click")
    explanation: Text
    cites: tuple[Cite, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _answerable(self) -> Question:
        right = sum(o.correct for o in self.options)
        if self.kind == "chart":
            if not self.zones:
                raise ValueError("a chart question lists the zones to click")
        elif len(self.options) < 2 or right == 0:
            raise ValueError("a question needs two options or more, and a right one")
        elif self.kind in ("single", "which-muscle") and right != 1:
            raise ValueError("a single-answer question has exactly one right option")
        return self


Generated = Literal["nerve", "roots", "attachments", "referral-chart", "red-flags"]


class QuestionSource(Model):
    """Questions generated from the knowledge base for these muscles (each cites its section)."""

    kind: Generated
    muscles: tuple[Slug, ...] = Field(min_length=1)


class Assessment(Model):
    pass_mark: float = Field(gt=0, le=1, description="Share of points needed to pass")
    questions_per_attempt: int = Field(gt=0)
    max_attempts: int = Field(gt=0)
    wait_minutes: int = Field(ge=0, description="Between a failed attempt and the next")
    generated: tuple[QuestionSource, ...] = ()
    questions: tuple[Question, ...] = ()


class Course(Model):
    id: Slug
    title: Text
    summary: Text
    objectives: tuple[Text, ...] = Field(min_length=1)
    instructors: tuple[Slug, ...] = Field(min_length=1)
    delivery: Delivery
    hours: float = Field(gt=0, description="Estimated time, and the hours applied for")
    free: bool = False
    prices: dict[str, str | int] = Field(
        default_factory=dict,
        description="Fixed prices per ISO 4217 currency in major units: {USD: '49.00'}",
    )
    muscles: tuple[Slug, ...] = Field(default=(), description="Monographs that link here")
    references: tuple[SourceRef, ...] = Field(min_length=1)
    approvals: tuple[CourseApproval, ...] = ()
    modules: tuple[Module, ...] = Field(min_length=1)
    assessment: Assessment | None = None

    @model_validator(mode="after")
    def _home_study_is_assessed(self) -> Course:
        if self.delivery == "home-study" and self.assessment is None:
            raise ValueError("a home-study course has an assessment (accreditors require it)")
        return self
