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


RELIEF_GROUPS = {"deltoids", "arms", "latissimus", "serratus", "obliques", "gluteals", "thighs",
                 "knees", "calves", "ankles"}  # fmt: skip


@pytest.mark.parametrize("body", BODIES)
def test_the_lateral_relief_stays_inside_the_outline_on_both_sides(body: str) -> None:
    art = CHART.figures().get(body, "lateral")
    assert {group for group, _ in art.relief} == RELIEF_GROUPS
    outline = flatten(art.outline)
    midline = CHART.all_views["lateral"].midline
    right, left = [], []
    for group, d in art.relief:
        assert "Z" not in d, group  # open lines, like strokes of a pencil
        line = [p for ring in flatten(d) for p in ring]
        for p in line:
            assert contains(outline, p), (body, group, p)
        (right if line[0][0] > midline else left).append(line[0])
    # every line drawn on the right figure is mirrored on the left one
    assert sorted(right) == sorted((2 * midline - x, y) for x, y in left)


@pytest.mark.parametrize("body", BODIES)
def test_the_lateral_relief_is_drawn_as_the_front_and_back_relief_are(body: str) -> None:
    """In the figure layer under the zones, plain paths: no id, title or class to click or name."""
    svg = render(CHART, Figure(view="lateral", body=body, dom_id="lat"))
    front = render(CHART, Figure(view="front", body=body, dom_id="front"))
    for markup in (svg, front):
        found = re.search(r'<g class="figure"[^>]*>.*?<g class="relief">(.*?)</g>', markup)
        assert found is not None and '<g class="figure" aria-hidden="true">' in markup
        paths = re.findall(r"<path[^>]*/>", found.group(1))
        assert paths and "".join(paths) == found.group(1)
        assert all(re.fullmatch(r'<path d="[^"]+"/>', p) for p in paths)
        assert markup.index('class="relief"') < markup.index('class="zones"')
    relief = re.search(r'<g class="relief">(.*?)</g>', svg)
    assert relief is not None
    assert relief.group(1).count("<path") == len(CHART.figures().get(body, "lateral").relief)
