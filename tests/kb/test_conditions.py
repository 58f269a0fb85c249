"""Conditions carry WHO ICD-10 codes first, US ICD-10-CM codes only where they differ, and the
red flags that the literature ties to a muscle's pattern are linked to that muscle."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from tpatlas.kb import KnowledgeBase
from tpatlas.kb.schema import Condition

WHO = re.compile(r"^[A-Z]\d{2}(\.\d{1,2})?$")
CM = re.compile(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$")


def test_every_condition_has_who_codes_and_cm_codes_only_where_they_differ(
    kb: KnowledgeBase,
) -> None:
    for c in kb.conditions.values():
        assert c.icd10 and all(WHO.match(code) for code in c.icd10), c.id
        assert all(CM.match(code) for code in c.icd10cm), c.id
        assert set(c.icd10cm) != set(c.icd10) or not c.icd10cm, c.id


@pytest.mark.parametrize(
    ("condition", "who", "cm"),
    [
        ("deep-vein-thrombosis", "I80.2", "I82.401"),
        ("restless-legs-syndrome", "G25.8", "G25.81"),
        ("occipital-neuralgia", "M54.8", "M54.81"),
        ("rib-dysfunction-or-fracture", "S23.4", None),
        ("greater-trochanteric-pain", "M70.6", None),
    ],
)
def test_codes_found_wrong_in_the_clinical_review_are_corrected(
    kb: KnowledgeBase, condition: str, who: str, cm: str | None
) -> None:
    c = kb.conditions[condition]
    assert who in c.icd10
    assert not {"I82.4", "G25.81", "G52.8", "M99.8"} & set(c.icd10)
    if cm:
        assert cm in c.icd10cm


def test_a_us_only_code_is_refused_as_a_who_code() -> None:
    with pytest.raises(ValidationError):
        Condition.model_validate(
            {"id": "x", "name": "X", "icd10": ["S76.311A"], "summary": "A test entry."}
        )


@pytest.mark.parametrize(
    ("condition", "muscles"),
    [
        (
            "meningitis-or-haemorrhage",
            ["sternocleidomastoid", "suboccipital-muscles", "posterior-cervical-muscles",
             "splenius-capitis", "upper-trapezius"],
        ),
        ("giant-cell-arteritis", ["masseter", "temporalis"]),
        ("cardiac-ischaemia", ["rectus-abdominis", "external-oblique"]),
        ("compartment-syndrome", ["extensor-digitorum-longus", "fibularis-longus"]),
        ("aortic-dissection", ["rhomboid-major"]),
        ("pulmonary-embolism", ["intercostals"]),
        ("testicular-torsion", ["external-oblique"]),
        ("spinal-malignancy", ["quadratus-lumborum"]),
        ("spinal-infection", ["iliocostalis-lumborum"]),
    ],
)  # fmt: skip
def test_red_flag_conditions_are_linked_where_a_pattern_mimics_them(
    kb: KnowledgeBase, condition: str, muscles: list[str]
) -> None:
    for mid in muscles:
        assert condition in [d.condition for d in kb.muscles[mid].differentials], mid


def test_serious_conditions_say_how_fast_to_act(kb: KnowledgeBase) -> None:
    for cid in ("aortic-dissection", "pulmonary-embolism", "testicular-torsion",
                "cauda-equina-syndrome", "cardiac-ischaemia"):  # fmt: skip
        assert kb.conditions[cid].urgency == "emergency", cid
