"""What a drawing is made of before it is written out: shapes in body units with a CSS class.

Everything is collected as ``Shape`` lists first, so the close-up window can be worked out from
the whole drawing before a single coordinate is written on the 320 x 240 canvas.
"""

from __future__ import annotations

from dataclasses import dataclass

from tpatlas.selfhelp.geometry import Point


@dataclass(frozen=True)
class Shape:
    cls: str
    points: tuple[Point, ...]
    closed: bool = True
    smooth: bool = True
    # Shapes that reach beyond the window on purpose (floor, wall) do not widen the window.
    fits: bool = True


@dataclass(frozen=True)
class ArrowShape:
    """A movement or pressure arrow; its head is drawn at canvas scale, so every picture's
    arrowheads are the same size."""

    points: tuple[Point, ...]
    both: bool = False
