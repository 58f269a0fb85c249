"""Request and response shapes of the API (they are also the OpenAPI schema)."""

from __future__ import annotations

from typing import Any, Literal

from ninja import Schema
from pydantic import Field, field_validator

from tpatlas.finder.query import MAX_TEXT, aggravator_ids

Intensity = Literal["mild", "moderate", "severe"]


class ErrorOut(Schema):
    detail: str
    field: str | None = None
    allowed: list[str] = []


class MuscleSummaryOut(Schema):
    id: str
    name: str
    synonyms: list[str]
    lay_names: list[str]
    lay_names_es: list[str]
    region: str
    group: str | None
    members: list[str]
    trigger_points: list[str]


class FinderIn(Schema):
    zones: list[str] | dict[str, Intensity] | None = Field(
        default=None,
        description="Zone ids (sided like right-popliteal-fossa, or a kind with `side`), "
        "or a mapping zone -> intensity",
        examples=[["right-popliteal-fossa", "right-upper-calf"]],
    )
    choir_segments: list[int] | None = Field(
        default=None,
        max_length=74,
        description="CHOIR Body Map segments (front 101-136, back 201-238); their zones add to "
        "`zones`. An unknown segment is a 422 naming it",
        examples=[[232, 234]],
    )
    text: str | None = Field(
        default=None,
        max_length=MAX_TEXT,
        description="A description in everyday words (at most 10,000 characters)",
        examples=["deep ache behind my right knee when I sit"],
    )
    side: Literal["left", "right", "both"] | None = None
    aggravators: list[str] = Field(default=[], description=", ".join(aggravator_ids()))
    onset: str | None = Field(default=None, description="strain, overuse, surgery, gradual")
    red_flags: list[str] = Field(default=[], description="Red-flag questions answered yes")
    limit: int = Field(default=10, ge=1, le=50)
    lang: Literal["en", "es"] | None = Field(
        default=None, description="Language of the warnings (default: from Accept-Language)"
    )

    @field_validator("limit", mode="before")
    @classmethod
    def _a_number_not_a_boolean(cls, value: object) -> object:
        # JSON true would otherwise become 1; the schema says integer, and 5.0 is one.
        if isinstance(value, bool):
            raise ValueError("Input should be a valid integer")
        return value


class AlikeOut(Schema):
    muscle: str
    name: str
    url: str


class FinderResultOut(Schema):
    muscle: str
    name: str
    group: str | None
    score: float
    side: str
    trigger_point: str
    trigger_point_name: str
    essential: list[str]
    spillover: list[str]
    nearby: list[str]
    local: list[str] = Field(
        default_factory=list,
        description="Marked zones where one of its trigger points lies (a trigger point is "
        "tender where it lies), when its pain pattern does not reach them",
    )
    context: list[str]
    reason: str
    url: str
    alike: list[AlikeOut] = Field(
        description="Members of the same group that also fit this description, shown "
        "in this result's row (the four suboccipital muscles, the scalenes)"
    )


class RedFlagOut(Schema):
    id: str
    kind: str = Field(description="heard (from the words), red-flag (answered yes), "
                      "zone-warning or sensation-warning")  # fmt: skip
    urgency: Literal["emergency", "today", "soon"]
    message: str
    heard: list[str] = Field(description="The words of the description that raised it")


class FinderOut(Schema):
    red_flags: list[RedFlagOut] = Field(description="Warnings, most urgent first: read first")
    zones: list[str]
    results: list[FinderResultOut]
    combination: list[dict[str, str]]
    combination_coverage: float
    differentials: list[dict[str, Any]]
    notice: str
    understood: dict[str, Any] | None = None
    notes: list[str] = []


class TriggerPointOut(Schema):
    id: str
    muscle: str
    name: str
    location: str
    zone: str
    essential: list[str]
    spillover: list[str]
    description: str
    rare: bool


class ZoneOut(Schema):
    id: str
    kind: str
    side: str
    name: str
    region: str
    views: list[str]


class RegionOut(Schema):
    id: str
    name: str
    zones: list[str]


class ConditionOut(Schema):
    id: str
    name: str
    icd10: list[str] = Field(description="WHO ICD-10 codes (the primary code set)")
    icd10cm: list[str] = Field(description="US ICD-10-CM codes, where they differ from WHO")
    urgency: str | None = Field(None, description="emergency, today or soon, when suspected")
    summary: str
    see_clinician: str | None


class TechniqueOut(Schema):
    id: str
    name: str
    summary: str
    cautions: list[str]
    contraindications: list[str]
    evidence: str
    evidence_level: str


class SearchResultOut(Schema):
    kind: str
    id: str
    title: str
    snippet: str
    score: float
    url: str


class SearchOut(Schema):
    query: str
    results: list[SearchResultOut]
