"""Where each node of a connections map sits: networkx's layouts (with numpy) over the knowledge
base, deterministic, and no Django.

Three maps: a muscle with its connections around it (``shell_layout``: the muscle at the hub,
its connections on one shell, grouped by kind), a body region (``spring_layout``, seeded, so
every process draws the same map) and the regions of the atlas (at fixed places from head to
foot: a drawing of the body, which no graph layout knows). Each node is a marker with its label
below (or above, on the upper half of a ring); labels wrap at ``MAX_CHARS``, and one small step
after networkx moves any two labels that collide apart. Units are SVG user units; at ``FONT`` a
label reads like body text. Every map is computed once per process (``functools.cache``).

>>> wrap("Interosseous and other intrinsic hand muscles")
('Interosseous and', 'other intrinsic', 'hand muscles')
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no type information
import numpy as np

from tpatlas.kb import KnowledgeBase
from tpatlas.web.pages.connection_graph import links, region_graph, region_links
from tpatlas.web.pages.connection_kinds import KIND_IDS

FONT = 14.0
LINE = 16.0  # line height of a label
CHAR = 0.56 * FONT  # a generous average advance of a sans-serif character
MARK = 7.0  # a node marker's radius
GAP = 6.0  # the least space between two nodes' boxes
MARGIN = 10.0
MAX_CHARS = 13
MAX_LINES = 3
SEED = 13
ITERATIONS = 300  # at most: networkx stops sooner once the nodes settle
MAP_WIDTH = 420.0  # a region's map: boxes stay within this width, the map grows downwards
NODE_AREA = 12000.0  # the room a region's map gives each node (label included)
RING_RX = 115.0  # a muscle's ring: its half-width
RING_SPACING = 70.0  # arc length per node on a muscle's ring
# The regions of the index placed roughly as on a body: head at the top, feet at the bottom,
# arm regions to the left, the back and hip to the right (the map's own drawing, in its units).
REGION_PLACES = {
    "head-face": (200, 20), "neck": (200, 85), "shoulder": (75, 120), "chest": (200, 150),
    "back": (325, 185), "upper-arm": (60, 200), "abdomen": (200, 220), "forearm-hand": (60, 285),
    "pelvis": (200, 290), "hip": (325, 290), "thigh": (200, 360), "leg": (200, 430),
    "foot": (200, 500),
}  # fmt: skip


def wrap(name: str, width: int = MAX_CHARS, lines: int = MAX_LINES) -> tuple[str, ...]:
    """A label in at most ``lines`` lines of about ``width`` characters (a longer word keeps its
    own line). A name that needs more lines may take up to three more characters a line; beyond
    that its last line is cut and ends in "…" (the tooltip keeps the whole name)."""
    for w in range(width, width + 4):
        out = _greedy(name, w)
        if len(out) <= lines:
            return tuple(out)
    return (*out[: lines - 1], out[lines - 1][: w - 1].rstrip() + "…")


def _greedy(name: str, width: int) -> list[str]:
    out: list[str] = []
    for word in name.split():
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    return out


@dataclass(frozen=True)
class Node:
    """A marker at (x, y) with its label's lines below it, or above it when ``above``."""

    id: str
    x: float
    y: float
    lines: tuple[str, ...]
    above: bool = False

    @property
    def width(self) -> float:
        return max(2 * MARK, max(len(line) for line in self.lines) * CHAR)

    @property
    def box(self) -> tuple[float, float, float, float]:
        """The node's extent (x1, y1, x2, y2): marker and label."""
        text = len(self.lines) * LINE + 2
        top = self.y - MARK - (text if self.above else 0)
        bottom = self.y + MARK + (0 if self.above else text)
        return (self.x - self.width / 2, top, self.x + self.width / 2, bottom)

    @property
    def first_baseline(self) -> float:
        """Where the first line of the label sits (SVG text is placed by its baseline)."""
        top = self.box[1] if self.above else self.y + MARK + 2
        return top + LINE - 3


@dataclass(frozen=True)
class Layout:
    nodes: tuple[Node, ...]  # in reading order: the order of the tab key
    edges: tuple[tuple[str, str], ...]
    width: float
    height: float

    def node(self, node_id: str) -> Node:
        return next(n for n in self.nodes if n.id == node_id)


def overlap(a: Node, b: Node, gap: float = 0.0) -> tuple[float, float]:
    """How far the two boxes (grown by ``gap``) overlap along x and along y (<= 0: apart)."""
    ax1, ay1, ax2, ay2 = a.box
    bx1, by1, bx2, by2 = b.box
    return min(ax2, bx2) - max(ax1, bx1) + gap, min(ay2, by2) - max(ay1, by1) + gap


def _inside(n: Node, dx: float, bounds: tuple[float, float] | None) -> bool:
    return bounds is None or (
        n.box[0] + dx >= bounds[0] - 0.01 and n.box[2] + dx <= bounds[1] + 0.01
    )


def _push(
    a: Node, b: Node, pinned: set[str], bounds: tuple[float, float] | None
) -> tuple[Node, Node]:
    """Move two overlapping nodes apart along the axis where they overlap least, or along y
    when moving along x would leave the ``bounds`` (left and right edges of every box)."""
    dx, dy = overlap(a, b, GAP)
    share_a = 0.0 if a.id in pinned else (1.0 if b.id in pinned else 0.5)
    share_b = 0.0 if b.id in pinned else 1.0 - share_a
    sign = -1.0 if (a.x, a.y) <= (b.x, b.y) else 1.0
    move_a, move_b = sign * dx * share_a, -sign * dx * share_b
    if dx <= dy and _inside(a, move_a, bounds) and _inside(b, move_b, bounds):
        return replace(a, x=a.x + move_a), replace(b, x=b.x + move_b)
    sign = -1.0 if (a.y, a.x) <= (b.y, b.x) else 1.0
    return replace(a, y=a.y + sign * dy * share_a), replace(b, y=b.y - sign * dy * share_b)


def _within(n: Node, bounds: tuple[float, float] | None) -> Node:
    """The node moved sideways, if need be, so that its box lies between the ``bounds``."""
    if bounds is None:
        return n
    half = n.width / 2
    return replace(n, x=min(max(n.x, bounds[0] + half), bounds[1] - half))


def separate(
    nodes: list[Node],
    pinned: Iterable[str] = (),
    bounds: tuple[float, float] | None = None,
    passes: int = 400,
) -> list[Node]:
    """Push nodes apart until no two boxes come closer than ``GAP`` (or ``passes`` run out),
    keeping every box between the ``bounds`` on x when given (the map then grows downwards).

    Label collision, not a physics simulation: a post-processing step on the positions networkx
    gives, in which only two boxes that overlap move, each just far enough to clear the other
    along one axis (no forces, no attraction), and a box past the ``bounds`` moves back inside;
    every other node stays where networkx put it."""
    fixed, out = set(pinned), [_within(n, bounds) for n in nodes]
    for _ in range(passes):
        moved = False
        for i in range(len(out)):
            for j in range(i + 1, len(out)):
                dx, dy = overlap(out[i], out[j], GAP)
                if dx > 0.01 and dy > 0.01:
                    out[i], out[j] = _push(out[i], out[j], fixed, bounds)
                    moved = True
        if not moved:
            break
    return out


def fit(nodes: list[Node], edges: Iterable[tuple[str, str]]) -> Layout:
    """Translate the nodes so the drawing starts at ``MARGIN``, and size it to fit."""
    x1 = min(n.box[0] for n in nodes) - MARGIN
    y1 = min(n.box[1] for n in nodes) - MARGIN
    moved = [replace(n, x=round(n.x - x1, 1), y=round(n.y - y1, 1)) for n in nodes]
    width = max(n.box[2] for n in moved) + MARGIN
    height = max(n.box[3] for n in moved) + MARGIN
    return Layout(tuple(moved), tuple(edges), math.ceil(width), math.ceil(height))


def _name(kb: KnowledgeBase, muscle_id: str, lang: str) -> str:
    return kb.muscles[muscle_id].name.get(lang)[0]


def ring(count: int) -> list[tuple[float, float]]:
    """``count`` points on the unit circle, clockwise from the top (SVG's y grows downwards):
    networkx's ``shell_layout`` of a star, its hub in the middle and its spokes on one shell.

    >>> [(round(x), round(y)) for x, y in ring(4)]
    [(0, -1), (1, 0), (0, 1), (-1, 0)]
    """
    spokes = list(range(1, count + 1))  # star_graph(count): hub 0, spokes 1 to count
    # The second shell starts at twice ``rotate``, -pi/2: the top.
    pos = nx.shell_layout(nx.star_graph(count), [[0], spokes], rotate=-math.pi / 4, scale=2)
    return [(float(pos[i][0]), float(pos[i][1])) for i in spokes]


@cache
def ego_layout(kb: KnowledgeBase, muscle_id: str, lang: str) -> Layout:
    """A muscle in the middle, its connections on a ring around it, each kind in its own arc
    (kinds in ``KINDS`` order clockwise from the top, an empty slot between two kinds). The ring
    is networkx's ``shell_layout`` stretched into an upright ellipse, so a muscle with many
    connections grows a taller map, not a wider one: on a phone its labels keep their size."""
    found = links(kb, muscle_id)
    kinds = [k for k in KIND_IDS if any(x.kind == k for x in found)]
    slots: list[str | None] = []
    for kind in kinds:
        slots += [x.muscle for x in found if x.kind == kind]
        if len(kinds) > 1:
            slots.append(None)  # an empty slot after each kind, so each arc stands apart
    ry = RING_RX
    while _perimeter(RING_RX, ry) < len(slots) * RING_SPACING:
        ry += 10
    nodes = [Node(muscle_id, 0.0, 0.0, wrap(_name(kb, muscle_id, lang)))]
    for mid, (x, y) in zip(slots, ring(len(slots)), strict=True):
        if mid is not None:
            nodes.append(
                Node(mid, RING_RX * x, ry * y, wrap(_name(kb, mid, lang)), above=y < -0.01)
            )
    half = RING_RX + MAX_CHARS * CHAR / 2 + 10
    placed = separate(nodes, pinned={muscle_id}, bounds=(-half, half))
    return fit(placed, [(muscle_id, x.muscle) for x in found])


def _perimeter(a: float, b: float) -> float:
    """Ramanujan's approximation of an ellipse's perimeter."""
    return math.pi * (3 * (a + b) - math.sqrt((3 * a + b) * (a + 3 * b)))


def spring(
    graph: nx.Graph,
    width: float,
    height: float,
    seed: int = SEED,
    down: Mapping[str, float] | None = None,
) -> dict[str, tuple[float, float]]:
    """networkx's force-directed layout (``spring_layout``: Fruchterman and Reingold's, seeded,
    its nodes in the graph's order) fitted to a ``width`` by ``height`` frame: turned so that
    its long axis runs down the page, flipped if need be so that ``down`` (each node's place
    from head to foot) grows downwards, then stretched to fill the frame. An edge between two
    well-connected nodes pulls less (weight 1/sqrt(degree x degree)), so a closely knit group,
    such as the gluteals, spreads out instead of knotting. Build the graph in id order and the
    seeded start, and so the drawing, never depends on hashing."""
    weighted = graph.copy()
    for a, b in weighted.edges:
        weighted.edges[a, b]["pull"] = 1 / math.sqrt(graph.degree(a) * graph.degree(b))
    pos = nx.spring_layout(weighted, seed=seed, iterations=ITERATIONS, weight="pull")
    ids = list(graph.nodes)
    xy = np.array([pos[n] for n in ids], dtype=float)
    xy -= xy.mean(axis=0)
    if len(ids) > 2:
        xy = xy @ np.linalg.eigh(np.cov(xy.T))[1]  # the principal axes: the long one last, as y
    if down is not None:
        rank = np.array([down[n] for n in ids], dtype=float)
        if float(xy[:, 1] @ (rank - rank.mean())) < 0:
            xy[:, 1] *= -1
    low, high = xy.min(axis=0), xy.max(axis=0)
    xy = (xy - low) / np.where(high > low, high - low, 1.0) * (width, height)
    return {n: (float(x), float(y)) for n, (x, y) in zip(ids, xy, strict=True)}


def _frame(count: int) -> tuple[float, float]:
    """The frame of a region's node centres: as wide as the map allows, as tall as needed."""
    width = MAP_WIDTH - MAX_CHARS * CHAR
    return width, max(120.0, count * NODE_AREA / MAP_WIDTH - 60)


@cache
def _region_positions(kb: KnowledgeBase, region: str) -> dict[str, tuple[float, float]]:
    graph = region_graph(kb, region)
    order = list(kb.regions)  # head to foot
    down = {n: float(order.index(kb.muscles[n].region)) for n in graph.nodes}
    return spring(graph, *_frame(graph.number_of_nodes()), down=down)


@cache
def region_layout(kb: KnowledgeBase, region: str, lang: str) -> Layout:
    """A body region's connections: its own muscles first (A to Z in ids), then the muscles of
    other regions they connect to. Positions are computed once per region; labels per language."""
    graph = region_graph(kb, region)
    pos = _region_positions(kb, region)
    order = sorted(graph.nodes, key=lambda n: (not graph.nodes[n]["home"], n))
    nodes = [Node(n, *pos[n], wrap(_name(kb, n, lang))) for n in order]
    width = _frame(len(nodes))[0]
    bounds = ((width - MAP_WIDTH) / 2, (width + MAP_WIDTH) / 2)
    return fit(separate(nodes, bounds=bounds), sorted(graph.edges))


@cache
def overview_layout(kb: KnowledgeBase, lang: str) -> Layout:
    """The regions of the index, placed head to foot, joined where their muscles connect."""
    nodes = [
        Node(r, *REGION_PLACES.get(r, (400, 20 + 40 * i)), wrap(kb.regions[r].name.get(lang)[0]))
        for i, r in enumerate(kb.regions)
    ]
    edges = [pair for pair in region_links(kb) if pair[0] != pair[1]]
    return fit(separate(nodes), edges)
