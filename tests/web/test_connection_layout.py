"""The connections maps' graph and layout: every connection drawn, nothing overlapping, the same
drawing in every process, and no Django needed to compute it."""

from __future__ import annotations

import doctest
import itertools
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no type information
import pytest

from tpatlas.kb import KnowledgeBase, load_knowledge_base
from tpatlas.web.pages import connection_graph, connection_kinds, connection_layout
from tpatlas.web.pages.connection_graph import atlas_graph, declares, links, region_graph
from tpatlas.web.pages.connection_kinds import KIND_IDS, classify
from tpatlas.web.pages.connection_layout import (
    GAP,
    LINE,
    MAP_WIDTH,
    MARGIN,
    MARK,
    Layout,
    Node,
    ego_layout,
    overlap,
    overview_layout,
    region_layout,
    separate,
    spring,
    wrap,
)

ROOT = Path(__file__).resolve().parents[2]
MUSCLES = sorted(load_knowledge_base().muscles)
REGIONS = list(load_knowledge_base().regions)


@pytest.mark.parametrize("module", [connection_kinds, connection_graph, connection_layout])
def test_the_worked_examples_in_the_docstrings_hold(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        ("Antagonist in head turning.", "antagonist"),
        ("Works against it to keep the pelvis level.", "antagonist"),
        ("Its buttock referral can activate satellite trigger points in minimus.", "satellite"),
        ("It can keep temporalis trigger points active.", "satellite"),
        ("Shares outer elbow pain.", "referral"),
        ("Partner in head movement; both refer to the head.", "referral"),
        ("Partner in closing the jaw.", "synergist"),
        ("Lies over piriformis and shares its extension and rotation work.", "synergist"),
        ("Lies beneath the deltoid.", "neighbour"),
        ("A second site of compression of the nerves to the arm.", "neighbour"),
    ],
)
def test_a_reason_names_its_kind(reason: str, kind: str) -> None:
    assert classify(reason) == kind


def test_every_kind_is_used_by_the_knowledge_base(kb: KnowledgeBase) -> None:
    used = {data["kind"] for _, _, data in atlas_graph(kb).edges(data=True)}
    assert used == set(KIND_IDS)


def test_every_declared_connection_is_an_edge(kb: KnowledgeBase) -> None:
    graph = atlas_graph(kb)
    declared = 0
    for m in kb.muscles.values():
        if declares(kb, m):
            for c in m.connections:
                assert graph.has_edge(m.id, c.muscle), (m.id, c.muscle)
                declared += 1
    assert declared > 200 and graph.number_of_edges() <= declared


def test_an_inherited_connection_is_drawn_once_from_the_group(kb: KnowledgeBase) -> None:
    graph = atlas_graph(kb)
    assert graph.has_edge("hamstrings", "piriformis")
    assert not graph.has_edge("semitendinosus", "piriformis")
    assert "piriformis" in {x.muscle for x in links(kb, "semitendinosus")}


@pytest.mark.parametrize("muscle_id", MUSCLES)
def test_every_connection_of_a_muscle_is_on_its_map(kb: KnowledgeBase, muscle_id: str) -> None:
    layout = ego_layout(kb, muscle_id, "en")
    found = {x.muscle for x in links(kb, muscle_id)}
    m = kb.muscles[muscle_id]
    assert {c.muscle for c in m.connections} - {muscle_id} <= found
    assert layout.nodes[0].id == muscle_id
    assert {n.id for n in layout.nodes[1:]} == found
    assert set(layout.edges) == {(muscle_id, x) for x in found}


def test_a_one_sided_connection_keeps_the_other_entrys_reason(kb: KnowledgeBase) -> None:
    digastric = next(x for x in links(kb, "masseter") if x.muscle == "digastric")
    assert digastric.one_sided and digastric.named_by == "digastric"
    assert digastric.reason == next(
        c.reason for c in kb.muscles["digastric"].connections if c.muscle == "masseter"
    )


def test_region_maps_hold_every_connection_touching_the_region(kb: KnowledgeBase) -> None:
    graph = atlas_graph(kb)
    for region in REGIONS:
        drawn = set(region_layout(kb, region, "en").edges)
        touching = {
            tuple(sorted(e))
            for e in graph.edges
            if region in (graph.nodes[e[0]]["region"], graph.nodes[e[1]]["region"])
        }
        assert {tuple(sorted(e)) for e in drawn} == touching, region


def _all_layouts(kb: KnowledgeBase, lang: str) -> list[Layout]:
    return [
        *(ego_layout(kb, m, lang) for m in MUSCLES),
        *(region_layout(kb, r, lang) for r in REGIONS),
        overview_layout(kb, lang),
    ]


def _assert_apart(layout: Layout) -> None:
    for a, b in itertools.combinations(layout.nodes, 2):
        dx, dy = overlap(a, b)
        assert dx <= 0.5 or dy <= 0.5, f"{a.id} and {b.id} overlap"
        assert ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5 >= 2 * MARK + GAP - 0.5
    for n in layout.nodes:
        x1, y1, x2, y2 = n.box
        assert x1 >= 0 and y1 >= 0 and x2 <= layout.width and y2 <= layout.height, n.id


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_two_nodes_overlap_and_every_node_fits_its_map(kb: KnowledgeBase, lang: str) -> None:
    for layout in _all_layouts(kb, lang):
        _assert_apart(layout)


def test_maps_stay_narrow_enough_to_read_on_a_phone(kb: KnowledgeBase) -> None:
    for lang in ("en", "es"):
        for m in MUSCLES:
            assert ego_layout(kb, m, lang).width <= 420, m
        for r in REGIONS:
            assert region_layout(kb, r, lang).width <= MAP_WIDTH + 2 * MARGIN + 1, r


def test_separating_moves_overlapping_nodes_apart_and_keeps_a_pinned_one() -> None:
    nodes = [Node("a", 0, 0, ("Alpha",)), Node("b", 3, 2, ("Beta",)), Node("c", 1, 1, ("Gamma",))]
    out = separate(nodes, pinned={"a"})
    assert (out[0].x, out[0].y) == (0, 0)
    _assert_apart(connection_layout.fit(out, []))


def test_the_spring_layout_is_seeded(kb: KnowledgeBase) -> None:
    graph = region_graph(kb, "neck")
    assert spring(graph, 300, 400) == spring(graph, 300, 400)
    assert spring(graph, 300, 400, seed=1) != spring(graph, 300, 400, seed=2)


def test_the_spring_layout_fills_its_frame_head_to_foot() -> None:
    graph = nx.path_graph(["a", "b", "c", "d", "e"])
    pos = spring(graph, 300, 400, down={"a": 0, "b": 1, "c": 2, "d": 3, "e": 4})
    xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
    assert min(xs) == 0 and max(xs) == pytest.approx(300)
    assert min(ys) == 0 and max(ys) == pytest.approx(400)
    # a chain stands upright, and runs from head (0) at the top to foot (4) at the bottom
    assert [pos[n][1] for n in "abcde"] == sorted(pos[n][1] for n in "abcde")
    upside_down = spring(graph, 300, 400, down={"a": 4, "b": 3, "c": 2, "d": 1, "e": 0})
    assert upside_down["a"][1] > upside_down["e"][1]


def test_a_region_map_runs_from_head_to_foot(kb: KnowledgeBase) -> None:
    layout = region_layout(kb, "neck", "en")

    def mean_y(*regions: str) -> float:
        ys = [n.y for n in layout.nodes if kb.muscles[n.id].region in regions]
        return sum(ys) / len(ys)

    assert mean_y("head-face") < mean_y("neck") < mean_y("shoulder", "chest")


def test_labels_are_only_nudged_off_each_other(kb: KnowledgeBase) -> None:
    """The label step after networkx moves colliding nodes a little, it does not lay them out."""
    for region in REGIONS:
        pos = connection_layout._region_positions(kb, region)
        nodes = [Node(n, *pos[n], wrap(kb.muscles[n].name.en)) for n in sorted(pos)]
        moved = [
            ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5
            for a, b in zip(nodes, separate(nodes), strict=True)
        ]
        assert sum(moved) / len(moved) < 2 * LINE, region


LAYOUT_DIGEST = """
import hashlib, json, sys
from tpatlas.kb import load_knowledge_base
from tpatlas.web.pages.connection_layout import ego_layout, overview_layout, region_layout
kb = load_knowledge_base()
maps = [ego_layout(kb, m, "es") for m in ("sternocleidomastoid", "hamstrings", "masseter")]
maps += [region_layout(kb, r, "en") for r in kb.regions] + [overview_layout(kb, "en")]
data = [[(n.id, n.x, n.y, n.lines) for n in m.nodes] + [m.width, m.height] for m in maps]
print(hashlib.sha256(json.dumps(data).encode()).hexdigest())
print("django" in sys.modules, "scipy" in sys.modules)
"""


def test_the_layout_is_the_same_in_every_process_and_needs_no_django_nor_scipy() -> None:
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", LAYOUT_DIGEST],
            capture_output=True, text=True, check=True, env=env, cwd=ROOT,
        ).stdout.split()  # fmt: skip
        assert out[1] == "False", "the layout imported Django"
        assert out[2] == "False", "the layout needs scipy, which the atlas does not install"
        digests.add(out[0])
    assert len(digests) == 1


def test_the_layout_is_computed_once_per_process(kb: KnowledgeBase) -> None:
    assert ego_layout(kb, "hamstrings", "en") is ego_layout(kb, "hamstrings", "en")
    assert region_layout(kb, "thigh", "es") is region_layout(kb, "thigh", "es")


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("Masseter", ("Masseter",)),
        ("Sternocleidomastoid", ("Sternocleidomastoid",)),  # one long word keeps its line
        ("Thoracolumbar paraspinal muscles", ("Thoracolumbar", "paraspinal", "muscles")),
        (
            "Interosseous and other intrinsic hand muscles",
            ("Interosseous and", "other intrinsic", "hand muscles"),
        ),
        (
            "Músculos paravertebrales toracolumbares de la espalda",
            ("Músculos", "paravertebrales", "toracolumbares…"),
        ),
    ],
)
def test_long_names_wrap_and_the_longest_are_shortened(name: str, lines: tuple[str, ...]) -> None:
    assert wrap(name) == lines
