"""Zones few patterns reached, now covered where the literature says a pattern reaches them:
tibialis anterior's spillover runs along the anteromedial shin to the ankle (Travell & Simons
ch. 19; Niel-Asher's and Morningside's tibialis anterior pages), so pain "along the inner edge
of my shin" is no longer left to a thigh muscle whose spillover touches the top of it; the
latissimus dorsi's ache around the inferior angle of the shoulder blade spreads into the mid
back beside the spine (T&S: "the surrounding mid-thoracic region"); the quadratus lumborum's
superficial upper trigger point refers forward along the iliac crest to the front of the hip
bone (T&S ch. 4; fitness-vip and galantdesign pages)."""

from __future__ import annotations

from tpatlas.finder import find
from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase


def test_pain_along_the_shin_suggests_tibialis_anterior_first(kb: KnowledgeBase) -> None:
    query, understood = query_from_text(kb.chart, "Pain along the inner edge of my shin")
    result = find(kb, query, limit=3, understood=understood)
    assert result.matches[0].muscle.id == "tibialis-anterior"
    assert {"right-upper-medial-shin", "right-lower-medial-shin"} <= set(
        result.matches[0].spillover
    )


def test_the_mid_back_beside_the_spine_is_reached_by_the_latissimus(kb: KnowledgeBase) -> None:
    query, understood = query_from_text(kb.chart, "pain in my mid back, right beside the spine")
    top = find(kb, query, limit=3, understood=understood).matches[0]
    assert top.muscle.id == "latissimus-dorsi"
    assert "right-mid-thoracic" in top.spillover


def test_the_front_of_the_hip_bone_is_reached_by_the_quadratus_lumborum(kb: KnowledgeBase) -> None:
    query, understood = query_from_text(kb.chart, "pain at the bony point at the front of my hip")
    top = find(kb, query, limit=3, understood=understood).matches[0]
    assert top.muscle.id == "quadratus-lumborum"
    assert "right-anterior-iliac-crest" in top.spillover


def test_the_outer_hip_is_reached_by_the_gluteus_medius(kb: KnowledgeBase) -> None:
    """Its middle trigger point's pain spreads over the outer hip, where it is often taken for
    trochanteric bursitis (acupuntura.com and premiumhealthsport pages)."""
    query, understood = query_from_text(kb.chart, "pain on the outside of my hip")
    rows = find(kb, query, limit=5, understood=understood).matches
    medius = next(m for m in rows if m.muscle.id == "gluteus-medius")
    assert "right-lateral-hip" in medius.spillover


def test_the_back_of_the_upper_arm_is_reached_by_the_teres_minor(kb: KnowledgeBase) -> None:
    """Its ache at the back of the shoulder may run down the back of the upper arm (Morningside's
    teres minor pages)."""
    text = "a deep ache at the back of my shoulder that runs down the back of my upper arm"
    query, understood = query_from_text(kb.chart, text)
    rows = find(kb, query, limit=5, understood=understood).matches
    minor = next(m for m in rows if m.muscle.id == "teres-minor")
    assert "right-posterior-upper-arm" in minor.spillover
