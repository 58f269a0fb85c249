"""The lateral view: the whole side of both figures, with landmarks, showing only zones that already
exist (their ids unchanged), and offered on monographs, not for marking."""

from __future__ import annotations

import hashlib
import re

import pytest

from tpatlas.bodychart import load_chart
from tpatlas.bodychart.figures import BODIES
from tpatlas.bodychart.paths import bounds, contains, flatten
from tpatlas.bodychart.render import Figure, render

CHART = load_chart()
# sha256 of the sorted zone kinds of chart.yaml before the lateral view (127 kinds): the finder,
# the API, saved drawings and the evaluation all name zones by these ids.
ZONE_KINDS = "26add59df0f96738"


def test_zone_ids_are_unchanged_by_the_lateral_view() -> None:
    kinds = sorted(CHART.kinds)
    assert len(kinds) == 127
    assert hashlib.sha256(" ".join(kinds).encode()).hexdigest()[:16] == ZONE_KINDS


def test_the_lateral_view_only_repeats_zones_of_the_marking_views() -> None:
    on_side = [z for z in CHART.zones.values() if "lateral" in z.polygons]
    assert len(on_side) >= 40
    assert all(set(z.polygons) & set(CHART.views) for z in on_side)  # also marked elsewhere
    kinds = {z.kind for z in on_side}
    assert {"lateral-hip", "lateral-thigh", "upper-lateral-leg", "lateral-chest", "flank"} <= kinds


def test_the_lateral_view_is_not_offered_for_marking() -> None:
    assert "lateral" in CHART.all_views and "lateral" not in CHART.views
    assert not CHART.views_of(["right-lateral-thigh"]).count("lateral")


@pytest.mark.parametrize("body", BODIES)
def test_both_figures_are_drawn_whole_from_the_side_with_landmarks(body: str) -> None:
    svg = render(CHART, Figure(view="lateral", body=body, dom_id="lat"))
    found = re.search(r'<path class="silhouette" d="([^"]+)"', svg)
    assert found is not None and "C" in found.group(1)
    rings = flatten(found.group(1))
    x0, y0, x1, y1 = bounds(rings)
    assert y1 - 8 > 940 and y0 < -200  # soles to the raised hand
    assert x0 > 0 and x1 < CHART.all_views["lateral"].width
    assert svg.count('class="bone"') >= 10  # crest, trochanter, fibular head, malleolus, ribs...
    for zone in ("right-lateral-hip", "left-lateral-hip", "right-lateral-ankle"):
        assert contains(rings, CHART.zones[zone].anchor("lateral")), (body, zone)
    assert re.search(r'data-zone="right-lateral-thigh" d="[^"]+"><title>Outer thigh, right', svg)


def test_the_female_side_has_her_own_outline() -> None:
    male = CHART.figures().get("male", "lateral").outline
    female = CHART.figures().get("female", "lateral").outline
    assert male != female
    # every zone of the male side stays on her figure
    rings = flatten(female)
    for zone in CHART.zones.values():
        if "lateral" in zone.polygons:
            assert contains(rings, zone.anchor("lateral")), zone.id
