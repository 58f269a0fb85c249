"""The knowledge base schema: pydantic models, frozen, that reject unknown fields.

Prose fields are `Text`: a plain string in the YAML means English; a mapping gives translations
({en: ..., es: ...}). English is required so every page has a fallback.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
LANGUAGES = ("en", "es")
# The treatment-technique matrix of every monograph (techniques.yaml describes each).
SEVEN_TECHNIQUES = (
    "spray-and-stretch",
    "deep-stroking-massage",
    "compression",
    "muscle-energy",
    "positional-release",
    "dry-needling",
    "wet-needling",
)
Frequency = Literal["very-common", "common", "occasional", "uncommon"]


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Text(Model):
    """A piece of prose with translations. ``Text.model_validate("Hi")`` means English only."""

    en: str = Field(min_length=1)
    es: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_string_is_english(cls, value: object) -> object:
        return {"en": value} if isinstance(value, str) else value

    def get(self, lang: str) -> tuple[str, bool]:
        """The text in ``lang`` and whether it fell back to English."""
        translated = getattr(self, lang, None) if lang in LANGUAGES else None
        return (translated, False) if translated else (self.en, lang != "en")

    def __str__(self) -> str:
        return self.en


class SourceRef(Model):
    source: Slug
    chapter: str | None = None
    pages: str | None = None
    figure: str | None = None
    note: Text | None = None


class Source(Model):
    id: Slug
    kind: Literal["book", "article", "web"]
    authors: str
    title: str
    year: int
    publisher: str | None = None
    journal: str | None = None
    edition: str | None = None
    isbn: str | None = None
    doi: str | None = None
    url: str | None = None


class Nerve(Model):
    name: Text
    # Spinal segments (C5, L4, S1) or cranial nerves (CN V, CN XI).
    roots: tuple[Annotated[str, StringConstraints(pattern=r"^((C|T|L|S)\d{1,2}|CN [IVX]+)$")], ...]
    note: Text | None = None


JOINTS = ("hip", "knee", "ankle", "foot", "toes", "big-toe", "shoulder", "scapula", "clavicle",
          "elbow", "forearm", "wrist", "fingers", "thumb", "little-finger", "neck", "head",
          "trunk", "lumbar-spine", "pelvis", "ribs", "jaw", "hyoid", "face", "scalp",
          "pelvic-floor")  # fmt: skip
MOVEMENTS = ("flexion", "extension", "abduction", "adduction", "medial-rotation",
             "lateral-rotation", "rotation-same-side", "rotation-opposite-side", "lateral-flexion",
             "elevation", "depression", "protraction", "retraction", "upward-rotation",
             "downward-rotation", "anterior-tilt", "posterior-tilt", "dorsiflexion",
             "plantarflexion", "inversion", "eversion", "pronation", "supination", "opposition",
             "opening", "closing", "stabilisation", "inspiration", "expiration", "compression",
             "other")  # fmt: skip


def _movement(value: str) -> str:
    joint, _, name = value.partition(":")
    if joint not in JOINTS or name not in MOVEMENTS:
        raise ValueError(
            f"{value!r} is not joint:movement (joints {JOINTS}; movements {MOVEMENTS})"
        )
    return value


Movement = Annotated[str, AfterValidator(_movement)]


class Anatomy(Model):
    origin: Text
    insertion: Text
    action: Text
    # The action as structure, so "what flexes the hip" and antagonists can be answered:
    # primary movements first; ``assists`` only helps.
    movements: tuple[Movement, ...] = ()
    assists: tuple[Movement, ...] = ()
    nerve: Nerve
    antagonists: tuple[Text, ...] = ()
    note: Text | None = None


IdKind = Literal["uberon", "fma", "ta98", "ta2"]


class ExternalIds(Model):
    """Identifiers in public ontologies, so other data sets can join ours; ``sources`` names,
    per kind of id, the work (sources.yaml) where the id was read."""

    uberon: Annotated[str, StringConstraints(pattern=r"^UBERON:\d{7}$")] | None = None
    fma: Annotated[str, StringConstraints(pattern=r"^FMA:\d+$")] | None = None
    ta98: Annotated[str, StringConstraints(pattern=r"^A\d{2}\.\d\.\d{2}\.\d{3}$")] | None = None
    ta2: Annotated[str, StringConstraints(pattern=r"^\d{3,5}$")] | None = None
    sources: dict[IdKind, Slug] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _every_id_has_a_source(self) -> ExternalIds:
        given = {k for k in ("uberon", "fma", "ta98", "ta2") if getattr(self, k)}
        if self.sources and given - set(self.sources):
            raise ValueError(f"no source for {sorted(given - set(self.sources))}")
        return self


class TriggerPoint(Model):
    id: Slug
    name: Text
    location: Text
    zone: Slug = Field(description="Body-chart zone kind where the trigger point lies")
    essential: tuple[Slug, ...] = Field(min_length=1)
    spillover: tuple[Slug, ...] = ()
    description: Text
    rare: bool = Field(default=False, description="A pattern the literature reports only rarely")

    @model_validator(mode="after")
    def _zones_do_not_overlap(self) -> TriggerPoint:
        both = set(self.essential) & set(self.spillover)
        if both:
            raise ValueError(f"zones listed as both essential and spillover: {sorted(both)}")
        return self


class Differential(Model):
    condition: Slug
    note: Text | None = None


class Connection(Model):
    muscle: Slug
    reason: Text


class SelfHelp(Model):
    kind: Literal["pressure", "roller", "stretch", "strengthening", "posture", "habit", "heat"]
    title: Text
    equipment: tuple[Text, ...] = ()
    steps: tuple[Text, ...] = Field(min_length=1)
    cautions: tuple[Text, ...] = Field(min_length=1)


class TechniqueUse(Model):
    technique: Slug
    suitable: bool
    note: Text | None = None


class Muscle(Model):
    """A muscle, or a group (``members``) whose members inherit the clinical sections."""

    id: Slug
    name: Text
    latin: str | None = None
    synonyms: tuple[str, ...] = ()
    lay_names: tuple[str, ...] = ()
    # Everyday (or common older clinical) names in Spanish, shown on Spanish pages instead of
    # the English lay_names: "gemelos", "piramidal", "isquios".
    lay_names_es: tuple[str, ...] = ()
    region: Slug
    frequency: Frequency = Field(
        default="occasional",
        description="How often the literature finds this muscle behind the pain "
        "(the finder's prior)",
    )
    group: Slug | None = None
    members: tuple[Slug, ...] = ()
    ids: ExternalIds = ExternalIds()
    summary: Text
    anatomy: Anatomy | None = None
    functional_movement: Text | None = None
    trigger_points: tuple[TriggerPoint, ...] = ()
    indications: tuple[Text, ...] = ()
    causes: tuple[Text, ...] = ()
    differentials: tuple[Differential, ...] = ()
    connections: tuple[Connection, ...] = ()
    self_help: tuple[SelfHelp, ...] = ()
    techniques: tuple[TechniqueUse, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    disputed: tuple[Text, ...] = Field(default=(), description="Where references disagree")

    @field_validator("techniques", mode="before")
    @classmethod
    def _matrix_as_mapping(cls, value: object) -> object:
        """Allow ``{spray-and-stretch: true, dry-needling: {suitable: true, note: ...}}``, or
        ``all`` for an entry where every technique is suitable without a special note."""
        if value == "all":
            return [{"technique": t, "suitable": True} for t in SEVEN_TECHNIQUES]
        if not isinstance(value, dict):
            return value
        rows = []
        for technique, cell in value.items():
            row = dict(cell) if isinstance(cell, dict) else {"suitable": cell}
            rows.append({"technique": technique, **row})
        return rows

    @field_validator("trigger_points")
    @classmethod
    def _unique_trigger_point_ids(cls, tps: tuple[TriggerPoint, ...]) -> tuple[TriggerPoint, ...]:
        ids = [tp.id for tp in tps]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate trigger point ids: {dupes}")
        return tps

    @property
    def is_group(self) -> bool:
        return bool(self.members)


# WHO ICD-10: a letter, two digits, then a subcategory digit and, in chapter XIII, an optional
# site digit (I80.2, M54.16).
WhoCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]\d{2}(\.\d{1,2})?$")]
# US ICD-10-CM: up to seven characters, letters allowed after the dot (M54.81, S76.311A).
CmCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$")]


class Condition(Model):
    """A condition to rule out. ``icd10`` holds WHO ICD-10 codes (the primary code set);
    ``icd10cm`` the US ICD-10-CM codes, given only where they differ from the WHO ones."""

    id: Slug
    name: Text
    icd10: tuple[WhoCode, ...] = Field(min_length=1)
    icd10cm: tuple[CmCode, ...] = ()
    summary: Text
    see_clinician: Text | None = None
    urgency: Literal["emergency", "today", "soon"] | None = Field(
        default=None, description="How fast to act when this condition is suspected"
    )
    sources: tuple[SourceRef, ...] = ()


class Technique(Model):
    id: Slug
    name: Text
    summary: Text
    cautions: tuple[Text, ...] = Field(min_length=1)
    contraindications: tuple[Text, ...] = Field(min_length=1)
    evidence: Text
    evidence_level: Literal[
        "very-low", "low", "very-low-to-moderate", "low-to-moderate", "moderate", "disputed"
    ]
    sources: tuple[SourceRef, ...] = Field(min_length=1)


class PainGuide(Model):
    """The muscles whose trigger points most often refer pain to one area, most common first,
    as the trigger point literature ranks them (Travell & Simons' pain guides, as reproduced by
    the public pages in ``sources``). The finder uses the order as a prior."""

    id: Slug
    name: Text
    zones: tuple[Slug, ...] = Field(min_length=1, description="Body-chart zone kinds of the area")
    muscles: tuple[Slug, ...] = Field(min_length=1, description="Most common first")
    literature: tuple[SourceRef, ...] = Field(min_length=1)
    sources: tuple[Annotated[str, StringConstraints(pattern=r"^https?://\S+$")], ...] = Field(
        min_length=1, description="Public pages that give this ranking"
    )
    note: Text | None = None


class Region(Model):
    """A body region of the muscle index (where the muscle lies, not where it refers)."""

    id: Slug
    name: Text
