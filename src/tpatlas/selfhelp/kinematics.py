"""Poses by angles: a pelvis position and the direction of each bone give every joint, with the
same bone lengths for every pose, so proportions never drift from one drawing to the next.

Directions are screen degrees: 0 points right, 90 down, 180 left, -90 (or 270) up. A bone may
be ``[angle, factor]`` to shorten it when it points towards the viewer (a thigh seen from the
front of a seated figure).

>>> j = joints_from_angles("side", (0.0, 87.0), -90.0, None, -90.0, {"leg_n": [90, 90, 20]})
>>> j["knee_l"], j["ankle_l"]
((0.0, 128.0), (0.0, 167.0))
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from tpatlas.selfhelp.geometry import Point, add, mul, rotate

Bone = float | Sequence[float]
ARM = (("shoulder", "elbow", 30.0), ("elbow", "wrist", 26.0), ("wrist", "hand", 17.0))
LEG = (("hip", "knee", 41.0), ("knee", "ankle", 39.0), ("ankle", "toe", 21.5))
LOWER, UPPER = 22.0, 37.0  # pelvis -> waist, waist -> base of the neck
NECK = 17.0  # base of the neck -> centre of the head
HALF_SHOULDERS, HALF_HIPS = 17.0, 9.0


def direction(degrees: float) -> Point:
    r = math.radians(degrees)
    return (math.cos(r), math.sin(r))


def _bone(b: Bone) -> tuple[float, float]:
    if isinstance(b, int | float):
        return float(b), 1.0
    return float(b[0]), float(b[1]) if len(b) > 1 else 1.0


def _chain(start: Point, bones: Sequence[Bone], names: tuple[tuple[str, str, float], ...],
           side: str) -> dict[str, Point]:  # fmt: skip
    out: dict[str, Point] = {}
    at = start
    for (_, joint, size), bone in zip(names, bones, strict=False):
        angle, factor = _bone(bone)
        at = add(at, mul(direction(angle), size * factor))
        out[f"{joint}_{side}"] = at
    return out


def joints_from_angles(view: str, pelvis: Point, trunk: float, lower: float | None,
                       head: float, limbs: Mapping[str, Sequence[Bone]],
                       facing: str = "right") -> dict[str, Point]:  # fmt: skip
    """Every joint from the pelvis, the trunk's direction (``lower``: the lower back's, when the
    trunk bends), the head's and each limb's bones."""
    low = direction(lower if lower is not None else trunk)
    up = direction(trunk)
    waist = add(pelvis, mul(low, LOWER))
    neck = add(waist, mul(up, UPPER))
    j = {"pelvis": pelvis, "waist": waist, "chest": add(waist, mul(up, 17.0)), "neck": neck,
         "head": add(neck, mul(direction(head), NECK))}  # fmt: skip
    shoulder = add(waist, mul(up, 32.0))
    near = "l" if facing == "right" else "r"
    across = {"r": rotate(up, -90 if view == "front" else 90)}
    across["l"] = mul(across["r"], -1.0)
    for side in ("r", "l"):
        key = side if view != "side" else ("n" if side == near else "f")
        spread = 0.0 if view == "side" else 1.0
        sh = add(shoulder, mul(across[side], HALF_SHOULDERS * spread))
        hip = add(pelvis, mul(across[side], HALF_HIPS * spread))
        j[f"shoulder_{side}"], j[f"hip_{side}"] = sh, hip
        arm = limbs.get(f"arm_{key}") or limbs.get("arm_n") or (90, 90, 90)
        leg = limbs.get(f"leg_{key}") or limbs.get("leg_n") or (90, 90, 20)
        j |= _chain(sh, arm, ARM, side) | _chain(hip, leg, LEG, side)
    return {k: (round(x, 2) + 0.0, round(y, 2) + 0.0) for k, (x, y) in j.items()}
