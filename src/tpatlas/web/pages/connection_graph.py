"""The atlas's connections as a graph: one edge per pair of muscles an entry connects.

A connection is declared in one entry's ``connections`` (with its reason) and may or may not be
declared back; a member that inherits its group's connections declares nothing itself, so the
graph holds the group's edges once instead of a copy per member. Pure Python with networkx and
the knowledge base, no Django; built once per knowledge base (it never changes in a process).

>>> from tpatlas.kb import load_knowledge_base
>>> kb = load_knowledge_base()
>>> own, named_by_the_other = links(kb, "masseter")[:2]
>>> own.muscle, own.kind, own.named_by, own.one_sided
('sternocleidomastoid', 'satellite', 'masseter', False)
>>> named_by_the_other.muscle, named_by_the_other.kind, named_by_the_other.one_sided
('digastric', 'antagonist', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no type information

from tpatlas.kb import KnowledgeBase
from tpatlas.kb.schema import Connection, Muscle, Text
from tpatlas.web.pages.connection_kinds import KIND_IDS, classify


@dataclass(frozen=True)
class Link:
    """One connection as a muscle's map shows it: to whom, why, and who named it."""

    muscle: str
    kind: str
    reason: Text
    named_by: str  # the entry whose ``connections`` give the reason
    one_sided: bool  # the other entry does not name this one back


def declares(kb: KnowledgeBase, m: Muscle) -> bool:
    """Whether ``m`` declares its connections itself (a member may inherit its group's)."""
    return bool(m.connections) and "connections" not in kb.inherited.get(m.id, frozenset())


def _declared(kb: KnowledgeBase) -> list[tuple[Muscle, Connection]]:
    return [
        (m, c)
        for m in sorted(kb.muscles.values(), key=lambda m: m.id)
        if declares(kb, m)
        for c in m.connections
        if c.muscle != m.id
    ]


@cache
def atlas_graph(kb: KnowledgeBase) -> nx.Graph:
    """Every declared connection as an undirected edge; nodes carry ``region`` and ``group``,
    edges ``kind``, ``reason`` and ``named_by`` (the first entry, by id, that declares it)."""
    graph = nx.Graph()
    for m in sorted(kb.muscles.values(), key=lambda m: m.id):
        graph.add_node(m.id, region=m.region, group=m.group)
    for m, c in _declared(kb):
        if not graph.has_edge(m.id, c.muscle):
            graph.add_edge(
                m.id, c.muscle, kind=classify(c.reason.en), reason=c.reason, named_by=m.id
            )
    return graph


def _names_back(kb: KnowledgeBase, other: str, m: Muscle) -> bool:
    """Whether ``other``'s entry names ``m`` (or the group ``m`` inherits its connections from)."""
    wanted = {m.id, *([m.group] if m.group else [])}
    return any(c.muscle in wanted for c in kb.muscles[other].connections)


def _reverse(kb: KnowledgeBase, m: Muscle, skip: set[str]) -> list[Link]:
    """Entries that name ``m`` when ``m`` does not name them: shown with their own reason."""
    out = []
    for other, c in _declared(kb):
        if c.muscle == m.id and other.id not in skip and other.group != m.id:
            skip.add(other.id)
            out.append(Link(other.id, classify(c.reason.en), c.reason, other.id, True))
    return out


@cache
def links(kb: KnowledgeBase, muscle_id: str) -> tuple[Link, ...]:
    """A muscle's connections both ways, grouped by kind (in ``KINDS`` order), then A to Z.

    Its own (or inherited) connections come with its reasons; an entry that names it without
    being named back comes with that entry's reason, ``one_sided``."""
    m = kb.muscles[muscle_id]
    owner = m.group if m.group and not declares(kb, m) else m.id
    own = [
        Link(c.muscle, classify(c.reason.en), c.reason, owner, not _names_back(kb, c.muscle, m))
        for c in m.connections
        if c.muscle != m.id
    ]
    skip = {x.muscle for x in own} | {m.id, *([m.group] if m.group else []), *m.members}
    found = own + _reverse(kb, m, skip)
    return tuple(
        sorted(found, key=lambda x: (KIND_IDS.index(x.kind), kb.muscles[x.muscle].name.en))
    )


def region_graph(kb: KnowledgeBase, region: str) -> nx.Graph:
    """The edges with at least one end in ``region``; nodes carry ``home`` (lies in it)."""
    atlas = atlas_graph(kb)
    edges = sorted(
        (a, b)
        for a, b in atlas.edges
        if region in (atlas.nodes[a]["region"], atlas.nodes[b]["region"])
    )
    graph = nx.Graph()
    for n in sorted({n for e in edges for n in e}):
        graph.add_node(n, home=atlas.nodes[n]["region"] == region)
    for a, b in edges:
        graph.add_edge(a, b, **atlas.edges[a, b])
    return graph


def region_links(kb: KnowledgeBase) -> dict[tuple[str, str], int]:
    """How many connections join each pair of regions (a pair in index order; a region with
    itself counts connections inside it)."""
    atlas = atlas_graph(kb)
    order = list(kb.regions)
    counts: dict[tuple[str, str], int] = {}
    for a, b in atlas.edges:
        ra, rb = sorted((atlas.nodes[a]["region"], atlas.nodes[b]["region"]), key=order.index)
        counts[ra, rb] = counts.get((ra, rb), 0) + 1
    return counts
