"""The body chart: every cell belongs to one zone, sides are right, figures draw what they say."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tpatlas.bodychart import load_chart
from tpatlas.bodychart.chart import SHAPE, ChartError, parse_chart
from tpatlas.bodychart.render import Figure, render

CHART = load_chart()


def test_the_chart_has_a_clinical_number_of_zones_and_regions() -> None:
    assert 150 <= len(CHART.zones) <= 260
    assert 30 <= len(CHART.regions) <= 40
    assert {z.side for z in CHART.zones.values()} == {"left", "right"}


@pytest.mark.parametrize("part_id", sorted(CHART.parts))
def test_every_cell_of_every_part_belongs_to_exactly_one_zone(part_id: str) -> None:
    import yaml

    from tpatlas.bodychart.chart import chart_path

    raw = yaml.safe_load(chart_path().read_text(encoding="utf-8"))
    part = CHART.parts[part_id]
    for view in part.views:
        covered: Counter[tuple[int, int]] = Counter()
        for spec in raw["zones"].values():
            for shape in spec["shapes"]:
                m = SHAPE.match(shape)
                assert m is not None
                if m["view"] != view or m["part"] != part_id:
                    continue
                for r in range(int(m["r0"]), int(m["r1"])):
                    for c in range(int(m["c0"]), int(m["c1"])):
                        covered[(r, c)] += 1
        cells = {(r, c) for r in range(part.rows()) for c in range(len(part.columns) - 1)}
        assert set(covered) == cells, f"{view}/{part_id}: uncovered {sorted(cells - set(covered))}"
        assert max(covered.values()) == 1, f"{view}/{part_id}: overlapping zones"


@pytest.mark.parametrize(
    ("zone", "view", "right_of_midline"),
    [
        ("right-popliteal-fossa", "back", True),
        ("left-popliteal-fossa", "back", False),
        ("right-patella", "front", False),  # facing us, the patient's right is on our left
        ("left-temple", "front", True),
        ("right-heel-plantar", "plantar", True),
    ],
)
def test_sides_are_the_patients_sides(zone: str, view: str, right_of_midline: bool) -> None:
    x, _ = CHART.zones[zone].anchor(view)
    assert (x > CHART.views[view].midline) is right_of_midline


def test_lateral_surfaces_appear_in_both_front_and_back_views() -> None:
    assert {"front", "back"} <= set(CHART.zones["right-lateral-epicondyle"].polygons)


def test_render_marks_zones_with_titles_classes_and_a_cross() -> None:
    fig = Figure(
        view="back",
        classes={"right-popliteal-fossa": "essential", "right-upper-calf": "spillover"},
        marks=(CHART.zones["right-posterolateral-thigh"].anchor("back"),),
        dom_id="t",
    )
    svg = render(CHART, fig)
    assert re.search(r'<path id="t-right-popliteal-fossa" class="zone essential"', svg)
    assert 'class="zone spillover"' in svg and 'fill="url(#t-hatch)"' in svg
    assert "style=" not in svg  # the site's Content-Security-Policy forbids inline styles
    assert "<title>Back of the knee (popliteal fossa), right</title>" in svg
    assert svg.count('class="tp-mark"') == 1
    # front-view zones are not drawn on the back view
    assert "right-patella" not in svg


def test_a_zone_name_with_an_unquoted_comma_is_caught() -> None:
    raw = {
        "views": {
            "front": {
                "title": "F",
                "width": 10,
                "height": 10,
                "midline": 5,
                "right_side": "viewer-left",
            }
        },
        "parts": {
            "p": {
                "views": ["front"],
                "columns": [0, 1],
                "stations": [[[0, 0], [1, 0]], [[0, 1], [1, 1]]],
            }
        },
        "regions": {"r": "R"},
        "zones": {
            "z": {"name": "Back", "inner side": None, "region": "r", "shapes": ["front p 0-1 0-1"]}
        },
    }
    with pytest.raises(ChartError, match="quote names"):
        parse_chart(raw)
