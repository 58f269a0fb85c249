"""The muscle layer: shapes inside the figure, each X on its muscle and near its own zone, and the
muscles therapists look up most drawn with all of their trigger points."""

from __future__ import annotations

import math

import pytest

from tpatlas.bodychart import load_chart
from tpatlas.bodychart.figures import BODIES
from tpatlas.bodychart.geometry import Point
from tpatlas.bodychart.paths import contains, flatten, smooth_path
from tpatlas.kb import load_knowledge_base

CHART = load_chart()
ART = CHART.muscle_art()
KB = load_knowledge_base()
OWNER = {tp.id: m.id for m in KB.muscles.values() for tp in (m.trigger_points or ())}
ZONE = {tp.id: tp.zone for m in KB.muscles.values() for tp in (m.trigger_points or ())}

# A shape may overshoot the outline a little (the layer is clipped to the body), no more.
OUTLINE_SLACK = 3.5
# Zones are coarse cells; an X follows the entry's location text, so it may sit just beside its
# zone (a few units), never in another part of the body.
ZONE_SLACK = 20.0

LOOKED_UP = (
    "levator-scapulae", "sternocleidomastoid", "anterior-scalene", "middle-scalene",
    "posterior-scalene", "splenius-capitis", "splenius-cervicis", "rectus-capitis-posterior-major",
    "obliquus-capitis-inferior", "middle-trapezius", "lower-trapezius", "rhomboid-major",
    "rhomboid-minor", "supraspinatus", "teres-major", "teres-minor", "subscapularis",
    "anterior-deltoid", "middle-deltoid", "posterior-deltoid", "latissimus-dorsi",
    "serratus-anterior", "pectoralis-major", "pectoralis-minor", "quadratus-lumborum",
    "iliocostalis-lumborum", "longissimus-thoracis", "lumbar-multifidus", "gluteus-maximus",
    "gluteus-medius", "gluteus-minimus", "tensor-fasciae-latae", "psoas-major", "iliacus",
    "rectus-femoris", "vastus-medialis", "vastus-lateralis", "adductor-longus", "adductor-magnus",
    "sartorius", "gracilis", "gastrocnemius", "tibialis-anterior", "fibularis-longus",
    "extensor-digitorum-longus", "flexor-digitorum-longus", "biceps-brachii", "triceps-brachii",
    "brachialis", "brachioradialis", "extensor-carpi-radialis-longus", "extensor-digitorum",
    "supinator", "flexor-carpi-radialis", "pronator-teres", "temporalis", "lateral-pterygoid",
    "medial-pterygoid", "frontalis", "occipitalis", "digastric",
)  # fmt: skip


def _ring(points: tuple[Point, ...]) -> list[Point]:
    return flatten(smooth_path(points))[0]


def _distance(rings: list[list[Point]], p: Point) -> float:
    """How far ``p`` lies from the nearest edge of ``rings``."""
    best = math.inf
    for ring in rings:
        for (ax, ay), (bx, by) in zip(ring, [*ring[1:], ring[0]], strict=True):
            dx, dy = bx - ax, by - ay
            length = dx * dx + dy * dy
            along = ((p[0] - ax) * dx + (p[1] - ay) * dy) / length if length else 0.0
            t = max(0.0, min(1.0, along))
            best = min(best, math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy))
    return best


@pytest.mark.parametrize("body", BODIES)
def test_every_muscle_shape_stays_inside_the_figure(body: str) -> None:
    for muscle, views in ART.shapes.items():
        for view, shapes in views.items():
            outline = flatten(CHART.figures().get(body, view).outline)
            warp = CHART.figures().warp(body, view)
            for shape in shapes:
                placed = CHART.place(view, "right", _ring(shape.points))
                for p in [warp(q) for q in placed] if warp else placed:
                    if not contains(outline, p):
                        assert _distance(outline, p) <= OUTLINE_SLACK, (muscle, view, body, p)


def test_every_shape_is_a_smooth_outline_of_enough_points() -> None:
    for muscle, views in ART.shapes.items():
        for view, shapes in views.items():
            for shape in shapes:
                assert len(shape.points) >= 4, (muscle, view)
                assert len(set(shape.points)) == len(shape.points), (muscle, view)


def test_every_x_lies_at_or_beside_its_own_zone() -> None:
    for tp, views in ART.points.items():
        zone = CHART.zones[CHART.zone_id(ZONE[tp], "right")]
        for view, point in views.items():
            if view not in zone.polygons:
                continue  # drawn where the muscle is seen, though its zone is drawn elsewhere
            at = CHART.place(view, "right", [point])[0]
            rings = [list(poly) for poly in zone.polygons[view]]
            if not any(contains([ring], at) for ring in rings):
                assert _distance(rings, at) <= ZONE_SLACK, (tp, view, point)


def test_a_drawn_muscle_puts_every_x_on_itself_not_at_a_zone_centre() -> None:
    """Where a muscle is drawn and its trigger point's zone is too, the X has its own place."""
    for tp, muscle in OWNER.items():
        views = ART.shapes.get(muscle, {})
        if not views:
            continue
        assert tp in ART.points, f"{muscle} is drawn but {tp} has no X"
        zone = CHART.zones[CHART.zone_id(ZONE[tp], "right")]
        for view in views:
            if view in zone.polygons:
                assert view in ART.points[tp], (tp, view)


def test_the_muscles_therapists_look_up_most_are_drawn() -> None:
    missing = [m for m in LOOKED_UP if not ART.shapes.get(m)]
    assert not missing
    assert len(ART.shapes) >= 100 and len(ART.points) >= 140


def test_deep_muscles_are_drawn_dashed() -> None:
    from tpatlas.bodychart.render import Figure, render

    svg = render(CHART, Figure(view="back", muscles={"piriformis": "Piriformis"}))
    assert 'class="muscle deep" data-muscle="piriformis"' in svg
    assert any(s.deep for s in ART.shapes["subscapularis"]["front"])


def _crosses(a: Point, b: Point, c: Point, d: Point) -> bool:
    def side(p: Point, q: Point, r: Point) -> bool:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]) > 0

    return side(a, b, c) != side(a, b, d) and side(c, d, a) != side(c, d, b)


def test_no_smoothed_outline_crosses_itself() -> None:
    """A sharp turn in a point list makes the spline loop; every drawn outline is a clean ring."""
    for muscle, views in ART.shapes.items():
        for view, shapes in views.items():
            for shape in shapes:
                ring = _ring(shape.points)
                ring = [p for i, p in enumerate(ring) if i == 0 or p != ring[i - 1]]
                ring = ring[:-1] if ring[0] == ring[-1] else ring
                edges = list(zip(ring, [*ring[1:], ring[0]], strict=True))
                n = len(edges)
                for i in range(n):
                    for j in range(i + 2, n - (i == 0)):
                        assert not _crosses(*edges[i], *edges[j]), (muscle, view)
