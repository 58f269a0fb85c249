"""One panel from its spec: the pose's joints with the item's changes, hands moved to where they
press, then every shape (furniture, body, muscle, tools, arrows) in body units, in drawing order.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from tpatlas.selfhelp.figure import FOREARM, HAND, UPPER_ARM, Figure, Part, build_figure
from tpatlas.selfhelp.geometry import Point, add, ellipse, length, mul, rotate, sub, unit
from tpatlas.selfhelp.shapes import ArrowShape, Shape
from tpatlas.selfhelp.spec import Anchor, Arrow, Panel, Place, Pose, Reach, Target, Tool
from tpatlas.selfhelp.tools import RADIUS, Placed, draw

# Small features of the head, in the head template's units: (class, points, closed).
HEAD_DETAILS = {
    "side": (("skin", ((-2.9, -1.8), (-1.2, -3.2), (0.2, -1.2), (-0.4, 2.6), (-2.0, 2.2)), False),
             ("skin", ((6.4, -2.6), (7.6, -2.3)), False),
             ("skin", ((8.0, 5.4), (9.3, 5.5)), False),
             ("skin", ((1.2, 8.8), (4.5, 10.2)), False)),
    "front": (("skin", ((-4.2, -1.4), (-3.0, -2.0), (-1.8, -1.4)), False),
              ("skin", ((4.2, -1.4), (3.0, -2.0), (1.8, -1.4)), False),
              ("skin", ((0.2, -0.5), (0.9, 3.4), (-0.4, 3.9)), False),
              ("skin", ((-2.2, 6.4), (0.0, 7.0), (2.2, 6.4)), False)),
    "back": (("skin", ((-5.0, 6.0), (0.0, 7.4), (5.0, 6.0)), False),),
}  # fmt: skip


class DrawingError(ValueError):
    """The spec cannot be drawn as written (a hand cannot reach, a part does not exist)."""


@dataclass
class Drawing:
    layers: list[tuple[str, list[Shape]]] = field(default_factory=list)
    arrows: list[ArrowShape] = field(default_factory=list)
    focus: Point | None = None  # centre of a close-up


def _joints(pose: Pose, panel: Panel) -> dict[str, Point]:
    near = "l" if pose.facing == "right" else "r"
    far = "r" if near == "l" else "l"

    def name(n: str) -> str:
        return (
            n[:-2] + "_" + near
            if n.endswith("_n")
            else (n[:-2] + "_" + far if n.endswith("_f") else n)
        )

    joints = {name(k): v for k, v in pose.all_joints().items()}
    for k in list(joints):  # a side view may give one leg or arm for both
        if k.endswith("_" + near) and k[:-1] + far not in joints:
            joints[k[:-1] + far] = joints[k]
    joints.update({name(k): v for k, v in panel.joints.items()})
    return joints


def _part(fig: Figure, name: str) -> Part:
    try:
        return fig.part(name)
    except KeyError:
        raise DrawingError(f"unknown body part {name!r}") from None


def locate(
    fig: Figure, place: Place, targets: tuple[Target, ...], out: float
) -> tuple[Point, Point]:
    """The point for a place and the outward direction there."""
    if place in ("target", "opposite"):
        if not targets:
            raise DrawingError(f"{place!r} used but the panel has no target")
        tg = targets[0]
        part = _part(fig, tg.part)
        t, s = sum(tg.t) / 2, sum(tg.s) / 2
        if part.kind != "template":
            s = 1.0 if s >= 0 else -1.0
        s = -s if place == "opposite" else s
        n = part.normal(t, s)
        return add(part.at(t, s), mul(n, out)), n
    assert isinstance(place, Anchor)
    shift = (place.dx, place.dy)
    if place.xy is not None:
        return add(place.xy, shift), (0.0, -1.0)
    if place.joint is not None:
        key = fig.resolve(place.joint)
        if key not in fig.joints:
            raise DrawingError(f"unknown joint {place.joint!r}")
        return add(fig.joints[key], shift), (0.0, -1.0)
    assert place.part is not None
    part = _part(fig, place.part)
    n = part.normal(place.t, place.s)
    gap = out if place.out is None else place.out
    return add(add(part.at(place.t, place.s), mul(n, gap)), shift), n


def _hand_direction(tip: Point, shoulder: Point, r: Reach) -> Point:
    """The hand's direction: as the item says, or the one nearest the line from the shoulder to
    the spot that leaves the wrist a comfortable distance from the shoulder (so a hand on the
    face comes up from below instead of folding the arm flat)."""
    if r.angle is not None:
        return (math.cos(math.radians(r.angle)), math.sin(math.radians(r.angle)))
    base = unit(sub(tip, shoulder))
    for turn in (0, 20, -20, 40, -40, 60, -60, 80, -80, 100, -100, 120, -120):
        d = rotate(base, turn)
        if 16.0 <= length(sub(sub(tip, mul(d, HAND)), shoulder)) <= UPPER_ARM + FOREARM - 1:
            return d
    return base


def _reach(fig: Figure, r: Reach, targets: tuple[Target, ...]) -> dict[str, Point]:
    """Two-bone reach: fingertips on the place, the elbow bent the way ``elbow`` says."""
    side = fig.resolve(r.arm)[-1]
    tip, _ = locate(fig, r.to, targets, 0.8)
    shoulder = fig.joints[f"shoulder_{side}"]
    wrist = sub(tip, mul(_hand_direction(tip, shoulder, r), HAND))
    v = sub(wrist, shoulder)
    dist = length(v)
    if dist > UPPER_ARM + FOREARM - 0.3:
        raise DrawingError(
            f"the {r.arm} hand cannot reach: {dist - UPPER_ARM - FOREARM:.1f} too far"
        )
    if dist < UPPER_ARM - FOREARM + 1:
        raise DrawingError(f"the {r.arm} hand is too close to its shoulder to draw")
    bend = math.degrees(math.acos((UPPER_ARM**2 + dist**2 - FOREARM**2) / (2 * UPPER_ARM * dist)))
    options = [add(shoulder, mul(rotate(unit(v), a), UPPER_ARM)) for a in (bend, -bend)]
    pick = {"down": lambda p: p[1], "up": lambda p: -p[1], "right": lambda p: p[0],
            "left": lambda p: -p[0]}[r.elbow]  # fmt: skip
    return {f"elbow_{side}": max(options, key=pick), f"wrist_{side}": wrist, f"hand_{side}": tip}


def _muscle(fig: Figure, tg: Target) -> Shape:
    part = _part(fig, tg.part)
    tc, sc = sum(tg.t) / 2, sum(tg.s) / 2
    ht, hs = abs(tg.t[1] - tg.t[0]) / 2, abs(tg.s[1] - tg.s[0]) / 2
    pts = [part.at(tc + ht * math.cos(a), sc + hs * math.sin(a))
           for a in (2 * math.pi * i / 20 for i in range(20))]  # fmt: skip
    return Shape("muscle", tuple(pts))


def _head_details(fig: Figure, head: Part) -> list[Shape]:
    assert head.frame is not None
    return [Shape(cls, tuple(head.frame.map(p) for p in pts), closed=closed)
            for cls, pts, closed in HEAD_DETAILS[fig.view]]  # fmt: skip


def _body_layers(fig: Figure, panel: Panel, on_top: tuple[str, ...],
                 merge: tuple[str, ...]) -> list[tuple[str, list[Shape]]]:  # fmt: skip
    layers = []
    muscles: dict[str, list[Shape]] = {fig.resolve(tg.part): [] for tg in panel.target}
    for tg in panel.target:
        if not tg.through:
            muscles[fig.resolve(tg.part)].append(_muscle(fig, tg))
    for group, names in fig.groups(on_top, merge):
        parts = [fig.parts[n] for n in names]
        shapes = [Shape("o", p.outline, smooth=p.smooth) for p in parts]
        shapes += [Shape("f", p.outline, smooth=p.smooth) for p in parts]
        if group == "body":
            shapes += _head_details(fig, fig.parts["head"])
        shapes += [m for n in names for m in muscles.get(n, [])]
        layers.append(("far" if fig.is_far(group) else group, shapes))
    through = [_muscle(fig, tg) for tg in panel.target if tg.through]
    return layers + ([("through", through)] if through else [])


def _place_tool(fig: Figure, tool: Tool, targets: tuple[Target, ...]) -> Placed:
    out = RADIUS.get(tool.tool, 0.0) if tool.r is None else tool.r
    at = locate(fig, tool.at, targets, out)[0] if tool.at is not None else None
    to = locate(fig, tool.to, targets, 0.0)[0] if tool.to is not None else None
    via = tuple(locate(fig, v, targets, 0.0)[0] for v in tool.via)
    foot = None
    if tool.tool == "shoe" and isinstance(tool.at, Anchor) and tool.at.part:
        foot = _part(fig, tool.at.part)
    return Placed(tool, at, to, via, foot)


def _arrow(fig: Figure, a: Arrow, targets: tuple[Target, ...]) -> ArrowShape:
    if a.push is not None:
        p, n = locate(fig, a.push, targets, 1.2)
        return ArrowShape((add(p, mul(n, a.length)), p))
    assert a.start is not None and a.to is not None
    p0 = locate(fig, a.start, targets, 2.5)[0]
    p1 = locate(fig, a.to, targets, 2.5)[0]
    mid = mul(add(p0, p1), 0.5)
    ctrl = add(mid, mul(rotate(sub(p1, p0), 90), a.bend))
    pts = []
    for i in range(13):
        t = i / 12
        pts.append(add(add(mul(p0, (1 - t) ** 2), mul(ctrl, 2 * t * (1 - t))), mul(p1, t * t)))
    return ArrowShape(tuple(pts), a.both)


def _flip(pose: Pose) -> Pose:
    """The pose seen from the other side: mirrored left to right."""
    joints = {k: (-x, y) for k, (x, y) in pose.all_joints().items()}
    props = tuple(
        p.model_copy(update={
            "x": -p.x if p.x is not None else None,
            "x2": -p.x2 if p.x2 is not None else None,
            "facing": "left" if p.facing == "right" else "right",
        }) for p in pose.props)  # fmt: skip
    facing = "left" if pose.facing == "right" else "right"
    return pose.model_copy(
        update={"joints": joints, "props": props, "facing": facing, "pelvis": None}
    )


def _adjust(pose: Pose, panel: Panel) -> Pose:
    """The pose with the panel's own angles."""
    update: dict[str, object] = {
        k: getattr(panel, k) for k in ("pelvis", "trunk", "lower", "head")
        if getattr(panel, k) is not None
    }  # fmt: skip
    if panel.limbs:
        limbs: dict[str, object] = {str(k): v for k, v in pose.limbs.items()}
        limbs.update(panel.limbs)
        update["limbs"] = limbs
    return pose.model_copy(update=update) if update else pose


def compose(panel: Panel, poses: Mapping[str, Pose]) -> Drawing:
    """Every shape of one panel, in drawing order."""
    if panel.pose not in poses:
        raise DrawingError(f"unknown pose {panel.pose!r}")
    pose = _adjust(poses[panel.pose], panel)
    pose = _flip(pose) if panel.flip else pose
    joints = _joints(pose, panel)
    try:
        fig = build_figure(pose.view, pose.facing, joints)
    except KeyError as exc:
        raise DrawingError(f"pose {panel.pose!r} lacks joint {exc.args[0]!r}") from None
    for r in panel.reach:
        joints.update(_reach(fig, r, panel.target))
        fig = build_figure(pose.view, pose.facing, joints)
    on_top = (*panel.on_top, *(f"arm_{fig.resolve(r.arm)[-1]}" for r in panel.reach))
    drawing = Drawing()
    placed = [draw(_place_tool(fig, t, panel.target)) for t in (*pose.props, *panel.tools)]
    drawing.layers.append(("back", [s for layer, ss in placed if layer == "back" for s in ss]))
    for name, shapes in _body_layers(fig, panel, on_top, pose.merge):
        drawing.layers.append((name, shapes))
        if name == "body":
            drawing.layers.append(
                ("middle", [s for layer, ss in placed if layer == "middle" for s in ss])
            )
    drawing.layers.append(("front", [s for layer, ss in placed if layer == "front" for s in ss]))
    drawing.arrows = [_arrow(fig, a, panel.target) for a in panel.arrows]
    if panel.zoom is not None:
        drawing.focus = locate(fig, panel.zoom.center, panel.target, 0.0)[0]
    return drawing


def outline_points(drawing: Drawing) -> list[Point]:
    pts = [p for _, shapes in drawing.layers for s in shapes if s.fits for p in s.points]
    return pts + [p for a in drawing.arrows for p in a.points]


__all__ = ["Drawing", "DrawingError", "compose", "ellipse", "outline_points"]
