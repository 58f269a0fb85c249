"""A posed figure: joints -> body parts drawn as smooth shapes, each with its own coordinates.

A pose gives joint positions for a side, front or back view. Limbs become tapered capsules
(thigh, shin, upper arm, forearm), the trunk a smooth tube along the spine, and the head, hands
and feet small templates turned to follow their segment. Every part answers ``at(t, s)``:
for limbs and the trunk ``t`` runs along the segment (0 at the proximal joint, 1 at the distal;
the trunk from the hips to the base of the neck) and ``s`` across it, -1 to 1, where +1 is the
front in a side view, the outer (lateral) side of a limb in a front or back view, and the
figure's right side of the trunk in a front or back view. For the head, hands and feet, (t, s)
are template units (cm) in the template's own drawing. So a tool, an arrow or a muscle placed
"on the back of the thigh, two thirds down" stays there whatever the pose.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

from tpatlas.selfhelp.geometry import (
    Point,
    add,
    capsule,
    length,
    lerp,
    mul,
    rotate,
    sub,
    unit,
)

SIDES = ("r", "l")
LIMBS = {
    "upperarm": ("shoulder", "elbow", 4.9, 3.7),
    "forearm": ("elbow", "wrist", 3.8, 2.5),
    "thigh": ("hip", "knee", 8.2, 5.4),
    "shin": ("knee", "ankle", 5.3, 3.1),
}
UPPER_ARM, FOREARM, HAND = 30.0, 26.0, 17.0

# Trunk stations: (t along the spine, front or right half-width, back or left half-width).
SIDE_TRUNK = ((-0.2, 2.0, 5.0), (-0.12, 6.5, 9.5), (0.0, 9.0, 11.0), (0.25, 9.5, 8.5),
              (0.45, 9.5, 8.3), (0.7, 11.5, 10.2), (0.88, 10.0, 10.0), (1.0, 6.0, 6.5))  # fmt: skip
FRONT_TRUNK = ((-0.2, 3.0, 3.0), (-0.12, 14.5, 14.5), (0.0, 17.0, 17.0), (0.3, 14.3, 14.3),
               (0.55, 15.3, 15.3), (0.78, 16.5, 16.5), (0.93, 18.6, 18.6), (1.0, 15.0, 15.0),
               (1.05, 7.0, 7.0))  # fmt: skip

# Templates, drawn in a reference pose: x right, y down, origin at the anchor joint. ``ref`` is
# the direction of the segment the template follows (wrist -> fingertips, neck -> head, ...).
HEAD_SIDE = ((-5.5, 10.5), (-9.3, 4.5), (-10.2, -2.5), (-8.2, -8.8), (-3.2, -12.3),
             (2.6, -12.1), (7.2, -8.8), (8.9, -3.6), (8.6, -1.2), (10.9, 2.8), (9.2, 4.1),
             (9.5, 5.6), (8.8, 7.0), (9.1, 9.0), (7.0, 10.9), (2.0, 10.6))  # fmt: skip
HEAD_FRONT = ((0.0, -12.0), (5.5, -10.4), (7.5, -4.6), (8.8, -3.8), (9.0, 0.4), (7.6, 2.6),
              (5.6, 8.2), (2.6, 11.2), (0.0, 11.8), (-2.6, 11.2), (-5.6, 8.2), (-7.6, 2.6),
              (-9.0, 0.4), (-8.8, -3.8), (-7.5, -4.6), (-5.5, -10.4))  # fmt: skip
HAND_SIDE = ((-1.4, 1.2), (-2.6, 5.0), (-2.4, 10.0), (-1.8, 15.0), (-0.6, 17.0), (1.0, 16.4),
             (1.8, 12.0), (2.3, 8.5), (4.2, 9.5), (5.0, 8.7), (3.4, 5.6), (1.6, 1.4))  # fmt: skip
HAND_FRONT = ((-1.8, 1.2), (-3.4, 5.0), (-3.6, 10.5), (-3.0, 15.5), (-1.2, 17.2), (1.2, 17.0),
              (2.9, 14.5), (3.2, 9.5), (4.8, 8.5), (5.2, 6.8), (3.6, 3.0), (1.9, 1.2))  # fmt: skip
FOOT_SIDE = ((-3.0, -2.0), (-5.4, 2.5), (-5.6, 6.2), (-3.5, 8.0), (6.0, 8.2), (15.0, 7.8),
             (20.5, 7.8), (21.6, 6.4), (19.5, 4.8), (11.0, 2.0), (4.5, -1.0),
             (3.0, -2.0))  # fmt: skip
FOOT_FRONT = ((-3.4, -1.0), (-4.0, 4.0), (-5.2, 7.4), (-4.2, 8.8), (0.0, 9.2), (4.6, 8.9),
              (6.2, 7.6), (4.8, 3.8), (3.4, -1.0))  # fmt: skip
TEMPLATE_REF: dict[str, Point] = {"head": (0.0, -1.0), "hand": (0.0, 1.0), "foot": (1.0, 0.37)}
FRONT_FOOT_REF: Point = (0.0, 1.0)


@dataclass(frozen=True)
class Frame:
    """A template's placement: origin, turn (degrees) and mirror, from its reference drawing."""

    origin: Point
    turn: float
    mirror: bool

    def map(self, p: Point) -> Point:
        x, y = p
        return add(self.origin, rotate((-x if self.mirror else x, y), self.turn))


@dataclass(frozen=True)
class Part:
    """One drawn piece of the body. ``kind`` is capsule, trunk or template."""

    name: str
    kind: str
    outline: tuple[Point, ...]
    # capsule: a, b, ra, rb, sign; trunk: stations; template: frame
    a: Point = (0.0, 0.0)
    b: Point = (0.0, 0.0)
    ra: float = 0.0
    rb: float = 0.0
    sign: float = 1.0
    spine: tuple[Point, ...] = ()
    stations: tuple[tuple[float, float, float], ...] = ()
    frame: Frame | None = None

    @property
    def smooth(self) -> bool:
        """Capsules are exact arcs and tangents already; the rest are curves through points."""
        return self.kind != "capsule"

    def at(self, t: float, s: float) -> Point:
        if self.kind == "template":
            assert self.frame is not None
            return self.frame.map((t, s))
        if self.kind == "capsule":
            centre = lerp(self.a, self.b, t)
            r = self.ra + (self.rb - self.ra) * t
            return add(centre, mul(self._across(), s * r))
        centre, along = _along(self.spine, t)
        front, back = _widths(self.stations, t)
        return add(centre, mul(rotate(along, 90 * self.sign), s * (front if s >= 0 else back)))

    def normal(self, t: float, s: float) -> Point:
        """The outward direction at (t, s): across the limb, or away from the template's origin."""
        if self.kind == "template":
            assert self.frame is not None
            return unit(sub(self.frame.map((t, s)), self.frame.origin))
        if self.kind == "capsule":
            return mul(self._across(), 1.0 if s >= 0 else -1.0)
        _, along = _along(self.spine, t)
        return mul(rotate(along, 90 * self.sign), 1.0 if s >= 0 else -1.0)

    def _across(self) -> Point:
        return rotate(unit(sub(self.b, self.a)), -90 * self.sign)


def _along(spine: tuple[Point, ...], t: float) -> tuple[Point, Point]:
    """The point at fraction ``t`` of the spine's length (extrapolated past the ends) and the
    spine's direction there."""
    seglens = [length(sub(b, a)) for a, b in pairwise(spine)]
    total = sum(seglens)
    dist = t * total
    for i, seg in enumerate(seglens):
        last = i == len(seglens) - 1
        if dist <= seg or last:
            a, b = spine[i], spine[i + 1]
            f = dist / seg if seg else 0.0
            if i > 0 and f < 0.25:  # soften the bend between two spine segments
                prev = unit(sub(spine[i], spine[i - 1]))
                d = unit(lerp(prev, unit(sub(b, a)), 0.5 + 2 * f))
            else:
                d = unit(sub(b, a))
            return lerp(a, b, f), d
        dist -= seg
    return spine[-1], unit(sub(spine[-1], spine[-2]))


def _widths(stations: tuple[tuple[float, float, float], ...], t: float) -> tuple[float, float]:
    if t <= stations[0][0]:
        return stations[0][1], stations[0][2]
    for (t0, f0, b0), (t1, f1, b1) in pairwise(stations):
        if t <= t1:
            k = (t - t0) / (t1 - t0)
            return f0 + (f1 - f0) * k, b0 + (b1 - b0) * k
    return stations[-1][1], stations[-1][2]


def _angle(v: Point) -> float:
    return math.degrees(math.atan2(v[1], v[0]))


def _template(name: str, points: tuple[Point, ...], origin: Point, ref: Point, actual: Point,
              mirror: bool) -> Part:  # fmt: skip
    ref_m = (-ref[0], ref[1]) if mirror else ref
    frame = Frame(origin, _angle(actual) - _angle(ref_m), mirror)
    return Part(name, "template", tuple(frame.map(p) for p in points), frame=frame)


@dataclass(frozen=True)
class Figure:
    view: str  # side | front | back
    facing: str  # right | left (side view)
    joints: Mapping[str, Point]
    parts: Mapping[str, Part]

    def near(self) -> str:
        return "l" if self.facing == "right" else "r"

    def resolve(self, name: str) -> str:
        """Side-view names: ``_n`` is the near limb, ``_f`` the far one."""
        if name.endswith("_n"):
            return name[:-2] + "_" + self.near()
        if name.endswith("_f"):
            return name[:-2] + "_" + ("r" if self.near() == "l" else "l")
        return name

    def part(self, name: str) -> Part:
        return self.parts[self.resolve(name)]

    def groups(self, on_top: tuple[str, ...] = (),
               merge: tuple[str, ...] = ()) -> list[tuple[str, list[str]]]:  # fmt: skip
        """Chains of parts in drawing order, far to near: each chain is drawn as one shape."""
        chains = {f"arm_{x}": [f"upperarm_{x}", f"forearm_{x}", f"hand_{x}"] for x in SIDES} | {
            f"leg_{x}": [f"thigh_{x}", f"shin_{x}", f"foot_{x}"] for x in SIDES
        }
        chains["body"] = ["trunk", "neck", "head"]
        if self.view == "side":
            n = self.near()
            f = "r" if n == "l" else "l"
            order = [f"arm_{f}", f"leg_{f}", "body", f"leg_{n}", f"arm_{n}"]
        else:
            order = ["leg_r", "leg_l", "body", "arm_r", "arm_l"]
        merged = [self.resolve(x) for x in merge]
        chains["body"] = [p for g in merged for p in chains[g]] + chains["body"]
        top = [self.resolve(x) for x in on_top]
        order = [g for g in order if g not in top and g not in merged] + top
        return [(g, chains[g]) for g in order]

    def is_far(self, group: str) -> bool:
        return self.view == "side" and group.endswith("_" + ("r" if self.near() == "l" else "l"))


def _limb_sign(view: str, facing: str, side: str) -> float:
    if view == "side":
        return 1.0 if facing == "right" else -1.0
    right = side == "r"
    return -1.0 if (view == "front") == right else 1.0


def build_figure(view: str, facing: str, joints: Mapping[str, Point]) -> Figure:
    """Parts from joints; ``joints`` must hold every joint (see ``JOINTS`` in the pose file)."""
    j = dict(joints)
    parts: dict[str, Part] = {}
    mirror_side = view == "side" and facing == "left"
    for x in SIDES:
        sign = _limb_sign(view, facing, x)
        for limb, (p, q, ra, rb) in LIMBS.items():
            a, b = j[f"{p}_{x}"], j[f"{q}_{x}"]
            parts[f"{limb}_{x}"] = Part(f"{limb}_{x}", "capsule", tuple(capsule(a, b, ra, rb, 14)),
                                        a=a, b=b, ra=ra, rb=rb, sign=sign)  # fmt: skip
        # Templates are drawn for the left limb of a front view (thumb and little toe at +x).
        mirror = mirror_side if view == "side" else (x == "r") == (view == "front")
        hand = HAND_SIDE if view == "side" else HAND_FRONT
        wrist, tip = j[f"wrist_{x}"], j[f"hand_{x}"]
        parts[f"hand_{x}"] = _template(f"hand_{x}", hand, wrist, TEMPLATE_REF["hand"],
                                       sub(tip, wrist), mirror)  # fmt: skip
        ankle, toe = j[f"ankle_{x}"], j[f"toe_{x}"]
        foot, ref = (
            (FOOT_SIDE, TEMPLATE_REF["foot"]) if view == "side" else (FOOT_FRONT, FRONT_FOOT_REF)
        )
        parts[f"foot_{x}"] = _template(f"foot_{x}", foot, ankle, ref, sub(toe, ankle), mirror)
    pelvis = lerp(j["hip_r"], j["hip_l"], 0.5) if "pelvis" not in j else j["pelvis"]
    spine = tuple(p for p in (pelvis, j.get("waist"), j["chest"], j["neck"]) if p is not None)
    trunk_sign = (
        (1.0 if facing == "right" else -1.0)
        if view == "side"
        else (-1.0 if view == "front" else 1.0)
    )
    stations = SIDE_TRUNK if view == "side" else FRONT_TRUNK
    outline = _trunk_outline(spine, stations, trunk_sign)
    parts["trunk"] = Part("trunk", "trunk", outline, spine=spine, stations=stations,
                          sign=trunk_sign)  # fmt: skip
    head = j["head"]
    neck_dir = unit(sub(head, j["neck"]))
    chin = add(head, mul(neck_dir, -8.0))
    parts["neck"] = Part("neck", "capsule", tuple(capsule(j["neck"], chin, 5.6, 4.8, 14)),
                         a=j["neck"], b=chin, ra=5.6, rb=4.8, sign=-trunk_sign)  # fmt: skip
    template = HEAD_SIDE if view == "side" else HEAD_FRONT
    parts["head"] = _template("head", template, head, TEMPLATE_REF["head"], neck_dir,
                              mirror_side)  # fmt: skip
    return Figure(view, facing, j, parts)


def _trunk_outline(spine: tuple[Point, ...], stations: tuple[tuple[float, float, float], ...],
                   sign: float) -> tuple[Point, ...]:  # fmt: skip
    front: list[Point] = []
    back: list[Point] = []
    for t, wf, wb in stations:
        centre, along = _along(spine, t)
        n = rotate(along, 90 * sign)
        front.append(add(centre, mul(n, wf)))
        back.append(add(centre, mul(n, -wb)))
    return tuple(front + back[::-1])
