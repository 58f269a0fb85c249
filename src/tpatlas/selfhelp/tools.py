"""The things a self-help item uses, drawn as shapes: balls, rollers, a cane, straps, towels,
the wall, floor, door frame, chair and bed, pillows and cushions, a heat pack, a clock.

Each tool is drawn by one small function from its resolved position (``Placed``); which layer
it goes in (behind the figure, between the far and near limbs, or in front) is part of the
tool's description below unless the item says otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from tpatlas.selfhelp.figure import Part
from tpatlas.selfhelp.geometry import Point, add, capsule, ellipse, mul, rotate, sub, unit
from tpatlas.selfhelp.shapes import Shape
from tpatlas.selfhelp.spec import Tool

FAR = 600.0  # how far walls and floors run beyond the figure (the window clips them)
DEFAULT_LAYER = {"wall": "back", "floor": "back", "door-frame": "back", "chair": "back",
                 "bed": "back", "step": "back", "ball": "back", "two-balls-in-a-sock": "back",
                 "roller": "back", "cushion": "back", "pillow": "middle", "towel": "back",
                 "bowl": "front", "clock": "front", "shoe": "front", "heat-pack": "front",
                 "strap": "front", "band": "front", "cane": "front", "stick": "front",
                 "pole": "front", "hands": "front"}  # fmt: skip
RADIUS = {"ball": 3.4, "two-balls-in-a-sock": 3.4, "roller": 7.0}


@dataclass(frozen=True)
class Placed:
    """A tool with its places resolved to body coordinates."""

    tool: Tool
    at: Point | None
    to: Point | None
    via: tuple[Point, ...]
    foot: Part | None = None  # for a shoe: the foot it goes on


def _r(p: Placed) -> float:
    return p.tool.r or RADIUS.get(p.tool.tool, 3.4)


def _need(point: Point | None, p: Placed) -> Point:
    if point is None:
        raise ValueError(f"tool {p.tool.tool!r} needs 'at'")
    return point


def ball(p: Placed) -> list[Shape]:
    c, r = _need(p.at, p), _r(p)
    seam = [add(c, rotate((r * 0.95 * math.cos(a), r * (0.55 * math.sin(a) - 0.15)), p.tool.angle))
            for a in (math.pi * 0.15 + i * math.pi * 0.14 for i in range(6))]  # fmt: skip
    return [Shape("tool", tuple(ellipse(c, r, r))), Shape("tool-line", tuple(seam), closed=False)]


def two_balls(p: Placed) -> list[Shape]:
    c, r = _need(p.at, p), _r(p)
    d = rotate(((p.tool.w or r * 2.04) / 2, 0.0), p.tool.angle)
    a, b = sub(c, d), add(c, d)
    sock = capsule(sub(a, mul(unit(d), 0.6)), add(b, mul(unit(d), 2.6)), r + 0.9, r * 0.6)
    return [Shape("sock", tuple(sock)), Shape("tool", tuple(ellipse(a, r, r))),
            Shape("tool", tuple(ellipse(b, r, r)))]  # fmt: skip


def roller(p: Placed) -> list[Shape]:
    c, r = _need(p.at, p), _r(p)
    if p.tool.w:  # seen along its length
        d = rotate((p.tool.w / 2, 0.0), p.tool.angle)
        return [Shape("tool", tuple(capsule(sub(c, d), add(c, d), r, r, steps=4)))]
    return [Shape("tool", tuple(ellipse(c, r, r))),
            Shape("tool-line", tuple(ellipse(c, r * 0.38, r * 0.38)))]  # fmt: skip


def stick(p: Placed) -> list[Shape]:
    c = _need(p.at, p)
    d = rotate(((p.tool.w or 44.0) / 2, 0.0), p.tool.angle)
    a, b = sub(c, d), add(c, d)
    inner = 0.62
    return [Shape("tool", tuple(capsule(a, add(c, mul(d, -inner)), 1.6, 1.6))),
            Shape("tool", tuple(capsule(add(c, mul(d, inner)), b, 1.6, 1.6))),
            Shape("tool", tuple(capsule(add(c, mul(d, -inner)), add(c, mul(d, inner)), 2.6, 2.6))),
            ]  # fmt: skip


def cane(p: Placed) -> list[Shape]:
    """A hook-shaped massage cane: its knob at ``at``, the hook curling round, the shaft down."""
    tip = _need(p.at, p)
    raw = [(0.0, 0.0), (4.0, -7.0), (12.0, -9.0), (19.0, -3.0), (20.0, 8.0), (19.0, 40.0)]
    pts = [add(tip, rotate(q, p.tool.angle)) for q in raw]
    return [Shape("cane", tuple(pts), closed=False),
            Shape("tool", tuple(ellipse(tip, 1.8, 1.8)))]  # fmt: skip


def hands(p: Placed) -> list[Shape]:
    """A ring round the spot the fingertips work on."""
    c = _need(p.at, p)
    return [Shape("spot", tuple(ellipse(c, p.tool.r or 3.2, p.tool.r or 3.2)))]


def wall(p: Placed) -> list[Shape]:
    """A wall whose face is at x (or touches ``at``), on the side ``facing`` looks away from."""
    x = p.tool.x if p.tool.x is not None else _need(p.at, p)[0]
    sign = -1.0 if p.tool.facing == "right" else 1.0  # a wall facing right lies to the left
    top, bottom = p.tool.y if p.tool.y is not None else -FAR, p.tool.y2 or FAR
    face = [(x, top), (x, bottom)]
    body = [(x, top), (x + sign * FAR, top), (x + sign * FAR, bottom), (x, bottom)]
    return [Shape("wall", tuple(body), smooth=False, fits=False),
            Shape("wall-face", tuple(face), closed=False, smooth=False, fits=False)]  # fmt: skip


def floor(p: Placed) -> list[Shape]:
    """The floor at height y, tilted by ``angle`` about x (a slope walked down)."""
    y, x = (p.tool.y if p.tool.y is not None else 175.0), p.tool.x or 0.0
    body = [(-FAR, 0.0), (FAR, 0.0), (FAR, FAR), (-FAR, FAR)]
    pts = [add((x, y), rotate(q, p.tool.angle)) for q in body]
    return [Shape("ground", tuple(pts), smooth=False, fits=False),
            Shape("ground-face", (pts[0], pts[1]), closed=False, smooth=False, fits=False),
            ]  # fmt: skip


def door_frame(p: Placed) -> list[Shape]:
    """A door jamb seen from the side (post ``w`` wide at x) with the lintel above at y."""
    x, w = p.tool.x or 0.0, p.tool.w or 7.0
    top, bottom = p.tool.y if p.tool.y is not None else -20.0, p.tool.y2 or 175.0
    post = [(x, top), (x + w, top), (x + w, bottom), (x, bottom)]
    lintel = [(x - 30, top - 8), (x + w + 30, top - 8), (x + w + 30, top), (x - 30, top)]
    return [Shape("furniture", tuple(lintel), smooth=False, fits=False),
            Shape("furniture", tuple(post), smooth=False)]  # fmt: skip


def _chair_front(x: float, y: float, floor_y: float, w: float) -> list[Shape]:
    x0, x1 = x - w / 2, x + w / 2
    shapes = [((x0 + 2, y - 46), (x1 - 2, y - 46), (x1 - 2, y - 30), (x0 + 2, y - 30)),
              ((x0, y), (x1, y), (x1, y + 3.5), (x0, y + 3.5)),
              ((x0 + 1, y), (x0 + 4, y), (x0 + 4, floor_y), (x0 + 1, floor_y)),
              ((x1 - 4, y), (x1 - 1, y), (x1 - 1, floor_y), (x1 - 4, floor_y))]  # fmt: skip
    return [Shape("furniture", s, smooth=False) for s in shapes]


def chair(p: Placed) -> list[Shape]:
    """A chair seen from the side (seat top at (x, y), the back behind the sitter), or from
    the front (``facing: front``)."""
    x, y, floor_y = p.tool.x or 0.0, p.tool.y or 130.0, p.tool.y2 or 175.0
    if p.tool.facing == "front":
        return _chair_front(x, y, floor_y, p.tool.w or 46.0)
    back = -1.0 if p.tool.facing == "right" else 1.0
    w = p.tool.w or 42.0
    x0, x1 = x - w / 2, x + w / 2
    bx = x + back * w / 2
    shapes = [
        ((x0, y), (x1, y), (x1, y + 3.5), (x0, y + 3.5)),
        ((bx - 1.6, y - 42), (bx + 1.6, y - 42), (bx + 1.6, floor_y), (bx - 1.6, floor_y)),
        (
            (x - back * (w / 2 - 1.5) - 1.6, y),
            (x - back * (w / 2 - 1.5) + 1.6, y),
            (x - back * (w / 2 - 1.5) + 1.6, floor_y),
            (x - back * (w / 2 - 1.5) - 1.6, floor_y),
        ),
    ]
    return [Shape("furniture", s, smooth=False) for s in shapes]


def bed(p: Placed) -> list[Shape]:
    """A bed or bench: a top from x to x2 at height y, legs to the floor at y2."""
    x0, x1, y, floor_y = p.tool.x or 0.0, p.tool.x2 or 100.0, p.tool.y or 120.0, p.tool.y2 or 175.0
    h = p.tool.h or 12.0
    top = ((x0, y), (x1, y), (x1, y + h), (x0, y + h))
    legs = [((x, y + h), (x + 3, y + h), (x + 3, floor_y), (x, floor_y)) for x in (x0 + 2, x1 - 5)]
    return [Shape("furniture", s, smooth=False) for s in (*legs, top)]


def step(p: Placed) -> list[Shape]:
    x0, x1, y, floor_y = p.tool.x or 0.0, p.tool.x2 or 30.0, p.tool.y or 150.0, p.tool.y2 or 175.0
    return [Shape("furniture", ((x0, y), (x1, y), (x1, floor_y), (x0, floor_y)), smooth=False)]


def _block(p: Placed, cls: str, roundness: float) -> list[Shape]:
    c = _need(p.at, p)
    w, h = (p.tool.w or 20.0) / 2, (p.tool.h or 7.0) / 2
    k = roundness
    raw = [(-w, -h * k), (-w * k, -h), (w * k, -h), (w, -h * k), (w, h * k), (w * k, h),
           (-w * k, h), (-w, h * k)]  # fmt: skip
    return [Shape(cls, tuple(add(c, rotate(q, p.tool.angle)) for q in raw))]


def pillow(p: Placed) -> list[Shape]:
    return _block(p, "soft", 0.55)


def towel(p: Placed) -> list[Shape]:
    if p.to is not None:
        return strap(p, "towel-band")
    return _block(p, "towel", 0.9)


def cushion(p: Placed) -> list[Shape]:
    """A wedge cushion with the cut-out under the tailbone (seen from the side: a gap)."""
    c = _need(p.at, p)
    w, h = (p.tool.w or 40.0) / 2, p.tool.h or 6.0
    sign = -1.0 if p.tool.facing == "right" else 1.0
    front = [(-w, 0.0), (w * 0.35, 0.0), (w * 0.35, h * 0.55), (-w, h * 0.4)]
    back = [(w * 0.6, 0.0), (w, 0.0), (w, h), (w * 0.6, h)]
    return [Shape("soft", tuple(add(c, (sign * -x, y)) for x, y in part), smooth=False)
            for part in (front, back)]  # fmt: skip


def strap(p: Placed, cls: str = "strap") -> list[Shape]:
    a, b = _need(p.at, p), p.to
    if b is None:
        raise ValueError(f"tool {p.tool.tool!r} needs 'to'")
    return [Shape(cls, (a, *p.via, b), closed=False)]


def band(p: Placed) -> list[Shape]:
    return strap(p, "band")


def heat_pack(p: Placed) -> list[Shape]:
    c = _need(p.at, p)
    shapes = _block(p, "heat", 0.8)
    for dx in (-4.0, 0.0, 4.0):
        wave = [add(c, rotate((dx + 0.9 * math.sin(i * 1.6), -2.4 + i * 1.2), p.tool.angle))
                for i in range(5)]  # fmt: skip
        shapes.append(Shape("heat-line", tuple(wave), closed=False))
    return shapes


def clock(p: Placed) -> list[Shape]:
    c, r = _need(p.at, p), p.tool.r or 7.0
    hands_ = [c, add(c, (0.0, -r * 0.62)), c, add(c, (r * 0.45, r * 0.1))]
    ticks = [Shape("tool-line", (add(c, rotate((0.0, -r * 0.78), a)),
                                 add(c, rotate((0.0, -r * 0.95), a))),
                   closed=False, smooth=False) for a in (0, 90, 180, 270)]  # fmt: skip
    return [Shape("tool", tuple(ellipse(c, r, r), )),
            *ticks, Shape("clock-hands", tuple(hands_), closed=False, smooth=False)]  # fmt: skip


SHOE_SIDE = ((-4.5, -1.5), (-6.3, 2.5), (-6.4, 7.0), (-5.0, 9.6), (8.0, 9.6), (20.0, 9.4),
             (22.8, 8.0), (22.2, 5.2), (18.0, 3.4), (10.0, 0.6), (4.0, -1.2))  # fmt: skip


def shoe(p: Placed) -> list[Shape]:
    if p.foot is None or p.foot.frame is None:
        raise ValueError("a shoe needs 'at' on a foot part")
    pts = tuple(p.foot.frame.map(q) for q in SHOE_SIDE)
    sole = (p.foot.frame.map((-6.0, 8.4)), p.foot.frame.map((22.0, 8.2)))
    return [Shape("shoe", pts), Shape("tool-line", sole, closed=False, smooth=False)]


def pole(p: Placed) -> list[Shape]:
    a, b = _need(p.at, p), p.to
    if b is None:
        raise ValueError("a pole needs 'to' (where it meets the ground)")
    return [Shape("pole", (a, b), closed=False, smooth=False)]


def bowl(p: Placed) -> list[Shape]:
    c = _need(p.at, p)
    w = (p.tool.w or 14.0) / 2
    pts = ((-w, 0.0), (-w * 0.8, w * 0.45), (0.0, w * 0.62), (w * 0.8, w * 0.45), (w, 0.0))
    return [Shape("tool", tuple(add(c, q) for q in pts))]


DRAW: dict[str, Callable[[Placed], list[Shape]]] = {
    "ball": ball, "two-balls-in-a-sock": two_balls, "roller": roller, "stick": stick,
    "cane": cane, "hands": hands, "wall": wall, "floor": floor, "door-frame": door_frame,
    "chair": chair, "bed": bed, "step": step, "pillow": pillow, "towel": towel,
    "cushion": cushion, "strap": strap, "band": band, "heat-pack": heat_pack, "clock": clock,
    "shoe": shoe, "pole": pole, "bowl": bowl,
}  # fmt: skip


def draw(p: Placed) -> tuple[str, list[Shape]]:
    """The tool's layer and shapes."""
    layer = p.tool.layer or DEFAULT_LAYER[p.tool.tool]
    return layer, DRAW[p.tool.tool](p)
