"""The CHOIR Body Map mapping: every segment is some of our zones, every zone is in a segment,
and a drawing survives the trip to CHOIR segments and back."""

from __future__ import annotations

import copy
import random

import pytest

from tpatlas.finder import choir
from tpatlas.finder.data import load
from tpatlas.kb import KnowledgeBase


def test_every_segment_of_the_choir_body_map_is_mapped(kb: KnowledgeBase) -> None:
    segments = choir.segments(kb.chart)
    assert sorted(segments) == [*range(101, 137), *range(201, 239)]
    assert all(s.zones and s.name for s in segments.values())


def test_sides_follow_the_patient(kb: KnowledgeBase) -> None:
    segments = choir.segments(kb.chart)
    assert segments[101].name == "Cranium (front-right)"
    assert all(z.startswith("right-") for z in segments[101].zones)
    assert all(z.startswith("left-") for z in segments[201].zones)  # back view, viewer's left
    assert "right-popliteal-fossa" in segments[232].zones
    assert "left-heel-plantar" in segments[237].zones


def test_zones_to_choir_and_back_covers_the_drawing(kb: KnowledgeBase) -> None:
    for zone in kb.chart.zones:
        assert zone in choir.from_choir(kb.chart, choir.to_choir(kb.chart, [zone])), zone
    rng = random.Random(7)
    for _ in range(50):
        drawing = rng.sample(sorted(kb.chart.zones), rng.randint(1, 100))
        back = set(choir.from_choir(kb.chart, choir.to_choir(kb.chart, drawing)))
        assert set(drawing) <= back


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d["segments"][232].update(zones=["right-kneecap-back"]), "unknown zone ids"),
        (lambda d: d["segments"][101].update(zones=[]), "segment 101: no zones"),
        (lambda d: d["segments"].pop(238), "segments missing: 238"),
        (lambda d: d["segments"].update({300: {"name": "x", "zones": ["right-achilles"]}}), "300"),
        (lambda d: [s.update(zones=[]) for k, s in d["segments"].items() if k > 230], "no zones"),
    ],
)
def test_a_broken_mapping_is_refused_on_load(
    kb: KnowledgeBase, change: object, problem: str
) -> None:
    data = copy.deepcopy(load("choir"))
    change(data)  # type: ignore[operator]
    with pytest.raises(choir.ChoirDataError, match=problem):
        choir.validate(data, kb.chart)


def test_a_zone_in_no_segment_is_refused(kb: KnowledgeBase) -> None:
    data = copy.deepcopy(load("choir"))
    for entry in data["segments"].values():
        entry["zones"] = [z for z in entry["zones"] if z != "left-instep"]
    with pytest.raises(choir.ChoirDataError, match="zones in no segment: left-instep"):
        choir.validate(data, kb.chart)


def test_the_mapping_cites_its_sources() -> None:
    from importlib import resources

    text = (resources.files("tpatlas.finder") / "data" / "choir.yaml").read_text()
    assert "https://pmc.ncbi.nlm.nih.gov/articles/PMC7813550" in text
    assert "https://github.com/emcramer/CHOIRBM" in text
