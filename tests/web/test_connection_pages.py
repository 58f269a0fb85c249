"""The connections maps as a reader meets them: on monographs and on ``/connections/``, every
node a working link, both languages, no inline code under the Content-Security-Policy."""

from __future__ import annotations

import doctest
import re
from typing import Any

import pytest
from django.test import Client

from tpatlas.kb import KnowledgeBase
from tpatlas.web.pages import connection_map
from tpatlas.web.pages.connection_graph import links

# A few monographs: many connections, a group, a member that inherits, one-sided links, few.
MONOGRAPHS = ["sternocleidomastoid", "hamstrings", "semitendinosus", "masseter", "forearm-flexors"]
MONOGRAPHS += ["pyramidalis"]
SVG = re.compile(r'<svg class="cmap-svg".*?</svg>', re.S)
NODE = re.compile(r'<a class="cmap-node ([^"]*)" href="([^"]*)" aria-label="([^"]*)">\s*<title>')


@pytest.fixture
def client() -> Client:
    return Client()


def test_the_marker_shapes_example_holds() -> None:
    assert doctest.testmod(connection_map).failed == 0


def test_a_muscle_without_connections_gets_no_map(kb: KnowledgeBase, monkeypatch: Any) -> None:
    monkeypatch.setattr(connection_map, "links", lambda k, muscle_id: ())
    assert connection_map.muscle_map(kb, "masseter", "en") is None


def _maps(html: str) -> list[str]:
    return SVG.findall(html)


def _nodes(svg: str) -> list[tuple[str, str, str]]:
    return NODE.findall(svg)


def _exists(kb: KnowledgeBase, href: str, connections: str) -> bool:
    """A monograph that exists, or a region's anchor on the connections page (its HTML given)."""
    path, _, anchor = href.partition("#")
    if path in ("", "/connections/"):
        return bool(anchor) and f'id="{anchor}"' in connections
    found = re.fullmatch(r"/muscles/([a-z0-9-]+)/", path)
    return bool(found) and found.group(1) in kb.muscles


@pytest.mark.parametrize("muscle_id", MONOGRAPHS)
def test_a_monograph_shows_its_connections_as_a_map(
    client: Client, kb: KnowledgeBase, muscle_id: str
) -> None:
    html = client.get(f"/muscles/{muscle_id}/").content.decode()
    section = html.split('id="connections"', 1)[1].split("</section>", 1)[0]
    (svg,) = _maps(section)
    nodes = _nodes(svg)
    found = links(kb, muscle_id)
    assert len(nodes) == len(found) + 1
    classes, href, name = nodes[0]
    assert classes == "centre" and name == kb.muscles[muscle_id].name.en
    assert href == f"/connections/#region-{kb.muscles[muscle_id].region}"
    assert [h for _, h, _ in nodes[1:]] == [f"/muscles/{x.muscle}/" for x in found]
    for x, (cls, _, _) in zip(found, nodes[1:], strict=True):
        assert cls == f"k-{x.kind}"
    # the existing plain list stays beside the map, and the key names each kind drawn
    assert section.index("</figure>") < section.index("<ul>\n      <li><a href=")
    assert 'class="cmap-legend"' in section


def test_a_group_entry_maps_its_own_connections_and_a_member_its_inherited_ones(
    client: Client,
) -> None:
    group = client.get("/muscles/hamstrings/").content.decode()
    member = client.get("/muscles/semitendinosus/").content.decode()
    piriformis = 'href="/muscles/piriformis/" aria-label="Piriformis"'
    assert piriformis in _maps(group)[0] and piriformis in _maps(member)[0]


def test_a_one_sided_connection_shows_the_other_entrys_reason(client: Client) -> None:
    svg = _maps(client.get("/muscles/masseter/").content.decode())[0]
    assert (
        "Digastric (Antagonist). Antagonist in jaw closing. (from the entry for Digastric)" in svg
    )


def test_every_node_of_every_monograph_map_links_to_an_existing_page(
    client: Client, kb: KnowledgeBase
) -> None:
    connections = client.get("/connections/").content.decode()
    for muscle_id in sorted(kb.muscles):
        html = client.get(f"/muscles/{muscle_id}/").content.decode()
        for _, href, _ in _nodes(_maps(html)[0]):
            assert _exists(kb, href, connections), (muscle_id, href)


def test_the_connections_page_maps_every_region_and_lists_every_connected_muscle(
    client: Client, kb: KnowledgeBase
) -> None:
    response = client.get("/connections/")
    assert response.status_code == 200
    html = response.content.decode()
    connected = [m.id for m in kb.muscles.values() if m.connections or kb.connected_from(m.id)]
    assert len(connected) == len(kb.muscles)  # every muscle of the atlas has connections
    for mid in connected:
        assert f'href="/muscles/{mid}/"' in html, mid
    maps = _maps(html)
    assert len(maps) == 1 + len(kb.regions)  # the regions, then one map per region
    for region in kb.regions:
        assert f'id="region-{region}"' in html
        assert f'<a class="cmap-node region" href="#region-{region}"' in maps[0]
    for svg in maps:
        for _, href, _ in _nodes(svg):
            assert _exists(kb, href, html), href


def test_a_region_map_draws_its_muscles_and_their_neighbours_elsewhere(client: Client) -> None:
    html = client.get("/connections/").content.decode()
    neck = html.split('id="region-neck"', 1)[1].split("</section>", 1)[0]
    nodes = {name: cls for cls, _, name in _nodes(_maps(neck)[0])}
    assert nodes["Sternocleidomastoid"] == "home" and nodes["Masseter"] == "away"
    assert "Masseter (Head and face)" in neck  # a muscle of another region names its region


def test_the_muscle_index_links_to_the_connections(client: Client) -> None:
    assert 'href="/connections/"' in client.get("/muscles/").content.decode()


def test_spanish_names_kinds_and_coordinates(client: Client) -> None:
    client.post("/i18n/setlang/", {"language": "es", "next": "/connections/"})
    html = client.get("/connections/", follow=True).content.decode()  # to /es/connections/
    assert "<h1>Conexiones</h1>" in html and 'aria-label="Isquiotibiales"' in html
    assert "Comparte una zona de dolor referido" in html
    monograph = client.get("/muscles/masseter/", follow=True).content.decode()
    svg = _maps(monograph)[0]
    assert 'aria-label="Digástrico"' in svg and "(Antagonista)" in svg
    # numbers keep their decimal point: Spanish formatting would write "12,5" and break the SVG
    assert not re.search(r'(?:x|y|x1|y1|x2|y2|width|height)="\d+,\d', html + monograph)


@pytest.mark.parametrize("path", ["/connections/", "/muscles/hamstrings/"])
def test_the_maps_need_no_inline_style_or_script(client: Client, path: str) -> None:
    html = client.get(path).content.decode()
    for svg in _maps(html):
        assert " style=" not in svg and "<style" not in svg and "<script" not in svg
        assert not re.search(r"\son[a-z]+=", svg)
