"""What the two data files say, as frozen pydantic models that reject unknown fields.

``poses.yaml``: named poses (a view, which way the figure faces, joint positions, and the
furniture that belongs to the pose: floor, wall, chair, bed). ``illustrations.yaml``: for each
self-help item, the pose, changes to it (moved joints, a hand reaching to a spot), the target
muscle, the tools and where they sit, the arrows, an optional close-up, and the alt text in
English and Spanish. ``patterns`` hold what many items share ("ball against a wall"); an item
names one with ``use`` and adds or overrides fields.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

XY = tuple[float, float]
Bone = float | tuple[float, float]
TOOLS = ("ball", "two-balls-in-a-sock", "roller", "stick", "cane", "hands", "wall", "floor",
         "door-frame", "chair", "bed", "step", "strap", "band", "towel", "pillow", "cushion",
         "heat-pack", "clock", "shoe", "pole", "bowl")  # fmt: skip
JOINTS = ("head", "neck", "chest", "waist", "pelvis", "shoulder", "elbow", "wrist", "hand",
          "hip", "knee", "ankle", "toe")  # fmt: skip
PARTS = ("trunk", "neck", "head", "upperarm", "forearm", "hand", "thigh", "shin", "foot")


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Anchor(Model):
    """A place: on a body part at (t, s), at a joint, or at absolute body coordinates; then
    ``out`` units away from the surface and (dx, dy) further."""

    part: str | None = None
    t: float = 0.5
    s: float = 0.0
    joint: str | None = None
    xy: XY | None = None
    out: float | None = None
    dx: float = 0.0
    dy: float = 0.0

    @model_validator(mode="after")
    def _one_kind_of_place(self) -> Anchor:
        given = [x for x in (self.part, self.joint, self.xy) if x is not None]
        if len(given) != 1:
            raise ValueError("an anchor needs exactly one of part, joint or xy")
        return self


# "target": the target muscle's surface; "opposite": the surface across the part from it.
Place = Anchor | Literal["target", "opposite"]


class Target(Model):
    """The muscle, as an oval on a part spanning t and s (template units for head, hands, feet)."""

    part: str
    t: XY
    s: XY
    # Drawn over the limbs in front of it (a deep muscle hidden behind a thigh).
    through: bool = False


class Reach(Model):
    """Moves an arm so its fingertips touch ``to``; the hand points into the surface unless
    ``angle`` (degrees, 0 = pointing right, 90 = down) says otherwise."""

    arm: str
    to: Place
    elbow: Literal["down", "up", "left", "right"] = "down"
    angle: float | None = None


class Tool(Model):
    tool: str
    at: Place | None = None
    to: Place | None = None
    via: tuple[Anchor, ...] = ()
    r: float | None = None
    w: float | None = None
    h: float | None = None
    angle: float = 0.0
    x: float | None = None
    y: float | None = None
    x2: float | None = None
    y2: float | None = None
    facing: Literal["left", "right", "front"] = "right"
    layer: Literal["back", "middle", "front"] | None = None

    @field_validator("tool")
    @classmethod
    def _known_tool(cls, value: str) -> str:
        if value not in TOOLS:
            raise ValueError(f"unknown tool {value!r} (tools: {', '.join(TOOLS)})")
        return value


class Arrow(Model):
    """A movement from one place to another (``bend`` curves it, ``both`` heads both ends), or
    ``push``: pressure into the body at a place."""

    start: Place | None = Field(default=None, alias="from")
    to: Place | None = None
    push: Place | None = None
    length: float = 9.0
    bend: float = 0.0
    both: bool = False

    @model_validator(mode="after")
    def _movement_or_push(self) -> Arrow:
        movement = self.start is not None and self.to is not None
        if movement == (self.push is not None):
            raise ValueError("an arrow is either from + to, or push")
        return self


class Zoom(Model):
    """A close-up: ``width`` body units across, centred on ``center`` (the target by default)."""

    width: float
    center: Place = "target"


class Panel(Model):
    """One drawing: a pose and what the item changes and adds to it (angles, joints, arms that
    reach to a place)."""

    pose: str
    flip: bool = False
    pelvis: XY | None = None
    trunk: float | None = None
    lower: float | None = None
    head: float | None = None
    limbs: dict[str, tuple[Bone, Bone, Bone]] = Field(default_factory=dict)
    joints: dict[str, XY] = Field(default_factory=dict)
    reach: tuple[Reach, ...] = ()
    target: tuple[Target, ...] = ()
    tools: tuple[Tool, ...] = ()
    arrows: tuple[Arrow, ...] = ()
    zoom: Zoom | None = None
    on_top: tuple[str, ...] = ()


class AltText(Model):
    en: str = Field(min_length=20)
    es: str = Field(min_length=20)


class Illustration(Model):
    """A whole picture: one panel, or two side by side (``panels``) for a two-part exercise."""

    panels: tuple[Panel, ...] = Field(min_length=1, max_length=2)
    stack: bool = False  # two panels one above the other (wide, lying figures)
    alt: AltText


class Pose(Model):
    """A figure: by angles (``pelvis``, ``trunk``, ``head``, ``limbs``) and/or by ``joints``,
    which win over the angles."""

    view: Literal["side", "front", "back"]
    facing: Literal["left", "right"] = "right"
    pelvis: XY | None = None
    trunk: float = -90.0
    lower: float | None = None
    head: float = -90.0
    limbs: dict[Literal["arm_n", "arm_f", "leg_n", "leg_f", "arm_r", "arm_l", "leg_r", "leg_l"],
                tuple[Bone, Bone, Bone]] = Field(default_factory=dict)  # fmt: skip
    joints: dict[str, XY] = Field(default_factory=dict)
    props: tuple[Tool, ...] = ()
    # Limbs drawn as one shape with the trunk (no seam where a standing or seated thigh meets
    # the buttock); limbs that cross in front of the trunk stay separate.
    merge: tuple[str, ...] = ()
    note: str = ""

    def all_joints(self) -> dict[str, XY]:
        from tpatlas.selfhelp.kinematics import joints_from_angles

        base: dict[str, XY] = {}
        if self.pelvis is not None:
            limbs = {str(k): v for k, v in self.limbs.items()}
            base = joints_from_angles(self.view, self.pelvis, self.trunk, self.lower, self.head,
                                      limbs, self.facing)  # fmt: skip
        return base | dict(self.joints)
