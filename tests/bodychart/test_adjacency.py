"""Zone kinds that border each other on the figures (bodychart/adjacency.py), which the finder
uses to count a near miss a little."""

from __future__ import annotations

from tpatlas.bodychart import load_chart
from tpatlas.bodychart.adjacency import neighbours


def test_borders_are_mutual_and_follow_the_figures() -> None:
    near = neighbours(load_chart())
    assert all(a in near[b] for a, others in near.items() for b in others)
    assert {"lateral-upper-arm", "clavicle"} <= near["anterior-shoulder"]
    assert {"lower-posterior-ribs", "posterior-iliac-crest"} <= near["loin"]
    assert "popliteal-fossa" in near["upper-calf"]


def test_distant_places_do_not_border() -> None:
    near = neighbours(load_chart())
    assert "heel-plantar" not in near["vertex"]
    assert "patella" not in near["anterior-shoulder"]
    assert not near["forehead"] & {"interscapular", "loin", "groin"}
