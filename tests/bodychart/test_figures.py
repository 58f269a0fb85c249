"""The drawn figures: every zone still drawn somewhere, muscles named, marks on their muscles."""

from __future__ import annotations

import re

import pytest

from tpatlas.bodychart import load_chart
from tpatlas.bodychart.figures import BODIES, width_warp
from tpatlas.bodychart.paths import contains, flatten, smooth_path
from tpatlas.bodychart.render import Figure, render
from tpatlas.bodychart.soften import soften

CHART = load_chart()
ART = CHART.muscle_art()


@pytest.mark.parametrize("body", BODIES)
def test_every_zone_is_still_drawn_with_its_title_in_some_view(body: str) -> None:
    drawn: set[str] = set()
    for view in CHART.views:
        svg = render(CHART, Figure(view=view, body=body, dom_id=f"t-{view}"))
        drawn |= set(re.findall(r'<path id="t-[a-z]+-[^"]+" class="zone" data-zone="([^"]+)"', svg))
    assert drawn == set(CHART.zones)


@pytest.mark.parametrize("view", ["front", "back", "side", "plantar"])
def test_each_view_draws_a_smooth_silhouette_and_landmarks(view: str) -> None:
    svg = render(CHART, Figure(view=view))
    silhouette = re.search(r'<path class="silhouette" d="([^"]+)"', svg)
    assert silhouette and "C" in silhouette.group(1)  # curves, not a polygon of boxes
    assert 'class="details"' in svg and ('class="bone"' in svg or view == "plantar")


def test_every_muscle_shape_is_drawn_with_its_title() -> None:
    for muscle, views in ART.shapes.items():
        for view, shapes in views.items():
            svg = render(CHART, Figure(view=view, muscles={muscle: f"Muscle {muscle}"}))
            paths = re.findall(r'<path class="muscle[^"]*" data-muscle="([^"]+)"[^>]*><title>', svg)
            assert paths == [muscle] * len(shapes), (muscle, view)


def test_every_trigger_point_mark_lies_inside_its_muscle() -> None:
    from tpatlas.kb import load_knowledge_base

    kb = load_knowledge_base()
    owner = {tp.id: m.id for m in kb.muscles.values() for tp in (m.trigger_points or ())}
    assert set(ART.points) <= set(owner), "a point names no trigger point of the atlas"
    assert set(ART.shapes) <= set(kb.muscles), "a shape names no muscle of the atlas"
    for tp, views in ART.points.items():
        for view, point in views.items():
            shapes = ART.shapes.get(owner[tp], {}).get(view, ())
            assert any(contains(flatten(smooth_path(s.points)), point) for s in shapes), (tp, view)


def test_the_first_muscles_are_drawn_with_their_trigger_points() -> None:
    for muscle in ("semitendinosus", "semimembranosus", "biceps-femoris", "upper-trapezius",
                   "piriformis", "masseter", "infraspinatus", "soleus"):  # fmt: skip
        assert ART.shapes.get(muscle), muscle
    assert "piriformis-lateral" in ART.points and "masseter-deep" in ART.points


def test_a_figure_can_be_drawn_on_the_female_body() -> None:
    svg = render(CHART, Figure(view="front", body="female", muscles={"upper-trapezius": "Upper"}))
    assert 'data-body="female"' in svg and "body-female" in svg
    assert render(CHART, Figure(view="front")) != svg


def test_the_female_warp_keeps_the_midline_and_widens_hips_within_the_trunk() -> None:
    warp = width_warp([[0, 1.1, 100], [1000, 1.1, 100]], 240)
    assert warp((240, 500)) == (240, 500)
    assert warp((290, 500)) == (295, 500)  # 50 from the midline becomes 55
    assert warp((200, 500)) == (196, 500)  # mirrored on the other side


def test_a_pattern_is_softened_into_one_outline_for_touching_zones() -> None:
    a = [(0.0, 0.0), (40.0, 0.0), (40.0, 40.0), (0.0, 40.0)]
    b = [(40.0, 0.0), (80.0, 0.0), (80.0, 40.0), (40.0, 40.0)]
    d = soften([a, b])
    assert d.count("M") == 1 and d.endswith("Z")  # merged, closed
    assert soften([]) == ""


def test_a_cropped_pattern_shows_one_profile_of_the_side_view() -> None:
    fig = Figure(view="side", classes={"right-jaw-angle": "essential"}, crop=True)
    found = re.search(r'viewBox="([^"]+)"', render(CHART, fig))
    assert found is not None
    x, _, w, _ = (float(v) for v in found.group(1).split())
    assert x == CHART.views["side"].midline and x + w == CHART.views["side"].width
