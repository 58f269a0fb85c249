"""The connections maps as template data, and the ``/connections/`` page.

The geometry comes from ``connection_layout`` (computed once per process); this module adds what
needs Django: the links (``reverse``), the words in the reader's language (gettext for the
interface, the knowledge base's own Spanish for names and reasons) and the marker shapes.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from tpatlas.kb import KnowledgeBase
from tpatlas.kb.schema import Muscle
from tpatlas.web.knowledge import kb
from tpatlas.web.pages.connection_graph import atlas_graph, declares, links, region_links
from tpatlas.web.pages.connection_kinds import KIND_IDS, classify
from tpatlas.web.pages.connection_layout import (
    LINE,
    MARK,
    Layout,
    Node,
    ego_layout,
    overview_layout,
    region_layout,
)
from tpatlas.web.pages.localize import Localizer, page_language

# Why two muscles connect: a short name (tooltips, the lists) and the key's longer wording.
KIND_LABELS = {
    "satellite": gettext_lazy("Key and satellite"),
    "antagonist": gettext_lazy("Antagonist"),
    "referral": gettext_lazy("Shared referral area"),
    "synergist": gettext_lazy("Synergist"),
    "neighbour": gettext_lazy("Neighbour"),
}
KIND_KEYS = {
    "satellite": gettext_lazy("Key and satellite trigger points: one keeps the other active"),
    "antagonist": gettext_lazy("Antagonist: works against it"),
    "referral": gettext_lazy("Shares a referral area"),
    "synergist": gettext_lazy("Synergist: works with it"),
    "neighbour": gettext_lazy("Anatomical neighbour"),
}
# One marker shape per kind, so the map does not rely on colour alone.
KIND_SHAPES = {
    "satellite": "triangle",
    "antagonist": "diamond",
    "referral": "circle",
    "synergist": "square",
    "neighbour": "ring",
}
DISPLAY_SCALE = 1.15  # on a wide screen a 14-unit label shows at about 16 px, like body text


def mark_path(shape: str, x: float, y: float, r: float = MARK) -> str:
    """An SVG path for a node's marker centred on (x, y).

    >>> mark_path("square", 10, 10, 5)
    'M5.5,5.5h9v9h-9z'
    """
    if shape == "square":
        s = r * 0.9
        return f"M{x - s:g},{y - s:g}h{2 * s:g}v{2 * s:g}h{-2 * s:g}z"
    if shape == "diamond":
        s = r * 1.25
        return f"M{x:g},{y - s:g}L{x + s:g},{y:g}L{x:g},{y + s:g}L{x - s:g},{y:g}z"
    if shape == "triangle":
        s = r * 1.2
        return f"M{x:g},{y - s:g}L{x + s:g},{y + s * 0.8:g}L{x - s:g},{y + s * 0.8:g}z"
    return f"M{x - r:g},{y:g}a{r:g},{r:g} 0 1,0 {2 * r:g},0a{r:g},{r:g} 0 1,0 {-2 * r:g},0z"


def _node(n: Node, href: str, name: str, title: str, classes: str, shape: str) -> dict[str, Any]:
    x1, y1, x2, y2 = n.box
    return {
        "id": n.id,
        "href": href,
        "name": name,
        "title": title,
        "classes": classes,
        "mark": mark_path(shape, n.x, n.y, MARK * 1.3 if "centre" in classes else MARK),
        "x": n.x,
        "lines": [
            {"text": t, "y": round(n.first_baseline + i * LINE, 1)} for i, t in enumerate(n.lines)
        ],
        "ring": {
            "x": round(x1 - 3, 1),
            "y": round(y1 - 3, 1),
            "w": round(x2 - x1 + 6, 1),
            "h": round(y2 - y1 + 6, 1),
        },
    }


def _edges(layout: Layout, kinds: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    out = []
    for a, b in layout.edges:
        na, nb = layout.node(a), layout.node(b)
        out.append({"x1": na.x, "y1": na.y, "x2": nb.x, "y2": nb.y, "kind": kinds[a, b]})
    return out


def _legend(kinds: set[str], marks: bool = True) -> list[dict[str, Any]]:
    """The key: each kind drawn shows its line (and its marker, on a muscle's map)."""
    return [
        {
            "kind": f"k-{k}",
            "label": KIND_KEYS[k],
            "mark": mark_path(KIND_SHAPES[k], 26, 8, 6) if marks else "",
        }
        for k in KIND_IDS
        if k in kinds
    ]


def _places_key() -> list[dict[str, Any]]:
    """The key of a region's map: filled markers lie in the region, rings elsewhere."""
    return [
        {
            "kind": "home",
            "label": _("A muscle of this region"),
            "mark": mark_path("circle", 20, 8, 6),
        },
        {
            "kind": "away",
            "label": _("A muscle of another region"),
            "mark": mark_path("circle", 20, 8, 6),
        },
    ]


def _figure(dom_id: str, title: str, layout: Layout, **parts: Any) -> dict[str, Any]:
    """A map for the template: drawn a little larger than its units on a wide screen (labels
    at about body size), scaled down to the column on a phone."""
    return {
        "dom_id": dom_id,
        "title": title,
        "width": layout.width,
        "height": layout.height,
        "display_width": round(layout.width * DISPLAY_SCALE),
        "display_height": round(layout.height * DISPLAY_SCALE),
        "legend": [],
        **parts,
    }


def muscle_map(k: KnowledgeBase, muscle_id: str, lang: str) -> dict[str, Any] | None:
    """A monograph's map: the muscle in the middle, linked to its region on ``/connections/``,
    each connection around it with its kind and reason in the node's tooltip (None: no map for
    a muscle without connections)."""
    found = {x.muscle: x for x in links(k, muscle_id)}
    if not found:
        return None
    loc = Localizer(lang)
    layout = ego_layout(k, muscle_id, lang)
    m = k.muscles[muscle_id]
    name = loc.text(m.name)
    centre = _("%(name)s among the connections of its region") % {"name": name}
    here = f"{reverse('connections')}#region-{m.region}"
    nodes = [_node(layout.node(muscle_id), here, name, centre, "centre", "circle")]
    for n in layout.nodes[1:]:
        x = found[n.id]
        other = loc.text(k.muscles[n.id].name)
        title = f"{other} ({KIND_LABELS[x.kind]}). {loc.text(x.reason)}"
        if x.named_by == x.muscle:  # named only in the other entry: say so, with its reason
            title += " " + _("(from the entry for %(name)s)") % {"name": other}
        href = reverse("muscle-detail", args=[n.id])
        nodes.append(_node(n, href, other, title, f"k-{x.kind}", KIND_SHAPES[x.kind]))
    kinds = {(muscle_id, x.muscle): x.kind for x in found.values()}
    return _figure(
        f"cmap-{muscle_id}",
        _("Connections of %(name)s") % {"name": name},
        layout,
        nodes=nodes,
        edges=_edges(layout, kinds),
        legend=_legend(set(kinds.values())),
    )


def region_map(k: KnowledgeBase, region: str, lang: str) -> dict[str, Any]:
    """A region's map: its muscles (filled) and the muscles elsewhere they connect to (rings)."""
    loc = Localizer(lang)
    layout = region_layout(k, region, lang)
    graph = atlas_graph(k)
    nodes = []
    for n in layout.nodes:
        m = k.muscles[n.id]
        name = loc.text(m.name)
        home = m.region == region
        title = name if home else f"{name} ({loc.text(k.regions[m.region].name)})"
        href = reverse("muscle-detail", args=[n.id])
        nodes.append(_node(n, href, name, title, "home" if home else "away", "circle"))
    kinds = {(a, b): graph.edges[a, b]["kind"] for a, b in layout.edges}
    region_name = loc.text(k.regions[region].name)
    return _figure(
        f"cmap-region-{region}",
        _("Connections of the muscles of the region: %(region)s") % {"region": region_name},
        layout,
        nodes=nodes,
        edges=_edges(layout, kinds),
        legend=_legend(set(kinds.values()), marks=False) + _places_key(),
    )


def _region_summary(k: KnowledgeBase, region: str, lang: str) -> dict[str, Any]:
    counts = region_links(k)
    inside = counts.get((region, region), 0)
    total = sum(c for pair, c in counts.items() if region in pair)
    name = k.regions[region].name.get(lang)[0]
    text = ngettext(
        "%(count)d connection, %(inside)d within the region",
        "%(count)d connections, %(inside)d within the region",
        total,
    ) % {"count": total, "inside": inside}
    return {"id": region, "name": name, "text": text}


def overview_map(k: KnowledgeBase, lang: str) -> dict[str, Any]:
    """The regions head to foot, each a link to its own map below, joined where they connect
    (the wider the line, the more connections)."""
    layout = overview_layout(k, lang)
    counts = region_links(k)
    nodes = []
    for n in layout.nodes:
        summary = _region_summary(k, n.id, lang)
        title = f"{summary['name']}: {summary['text']}"
        nodes.append(_node(n, f"#region-{n.id}", summary["name"], title, "region", "circle"))
    edges = _edges(layout, {pair: "region" for pair in layout.edges})
    for e, pair in zip(edges, layout.edges, strict=True):
        e["width"] = round(min(1 + counts[pair] / 2, 7), 1)
    title = _("Connections between the regions of the body")
    return _figure("cmap-overview", title, layout, nodes=nodes, edges=edges)


def _entry(k: KnowledgeBase, m: Muscle, loc: Localizer) -> dict[str, Any]:
    """One muscle of a region's plain list, with its connections (or its group's, by name)."""
    entry: dict[str, Any] = {"id": m.id, "name": loc.text(m.name), "connections": []}
    if declares(k, m):
        entry["connections"] = [
            {
                "id": c.muscle,
                "name": loc.text(k.muscles[c.muscle].name),
                "kind": KIND_LABELS[classify(c.reason.en)],
                "reason": loc.text(c.reason),
            }
            for c in m.connections
            if c.muscle != m.id
        ]
    elif m.group:
        entry["inherits"] = {"id": m.group, "name": loc.text(k.muscles[m.group].name)}
    return entry


def _entries(k: KnowledgeBase, region: str, loc: Localizer) -> list[dict[str, Any]]:
    """The plain list of a region: each entry with its connections and its members, A to Z."""
    return [
        {**_entry(k, top, loc), "members": [_entry(k, x, loc) for x in k.members(top)]}
        for top in k.by_region().get(region, [])
    ]


def connections(request: HttpRequest) -> HttpResponse:
    """``/connections/``: the regions map, then each region's map beside its plain list."""
    k = kb()
    lang = page_language()
    loc = Localizer(lang)
    graph = atlas_graph(k)
    shown = [
        r
        for r in k.regions
        if any(graph.nodes[n]["region"] == r and graph.degree(n) for n in graph.nodes)
    ]
    regions = [
        {
            **_region_summary(k, r, lang),
            "map": region_map(k, r, lang),
            "entries": _entries(k, r, loc),
        }
        for r in shown
    ]
    context = {
        "overview": overview_map(k, lang),
        "regions": regions,
        "untranslated": loc.fell_back > 0,
    }
    return render(request, "pages/connections.html", context)
