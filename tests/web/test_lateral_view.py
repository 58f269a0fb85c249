"""The lateral view on monographs: patterns that run down the side of the body get a chart of the
whole side, with their zones, their muscle and the X, at the entry's one scale; the finder keeps
the views it had."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tpatlas.kb import load_knowledge_base
from tpatlas.web.pages.localize import Localizer
from tpatlas.web.pages.monograph_charts import entry_charts

pytestmark = pytest.mark.django_db

LATERAL = {
    "gluteus-minimus": ("lateral-hip", "lateral-thigh", "upper-lateral-leg"),
    "vastus-lateralis": ("lateral-thigh", "lateral-knee"),
    "fibularis-longus": ("lateral-ankle", "lower-lateral-leg", "foot-top-lateral", "lateral-sole"),
}


def _lateral_chart(html: str) -> str:
    intro = html.split('class="pattern-overview"', 1)[1].split("</figure>", 1)[0]
    found = re.search(r'<svg class="bodychart view-lateral.*?</svg>', intro, re.S)
    assert found is not None, "no lateral chart in the overview"
    return found.group(0)


@pytest.mark.parametrize("muscle", sorted(LATERAL))
@pytest.mark.parametrize("body", ["male", "female"])
def test_a_pattern_down_the_side_gets_a_lateral_chart(
    client: Client, muscle: str, body: str
) -> None:
    html = client.get(f"/muscles/{muscle}/?figure={body}").content.decode()
    svg = _lateral_chart(html)
    assert f'data-body="{body}"' in svg
    for kind in LATERAL[muscle]:
        assert re.search(rf'class="zone (essential|spillover)" data-zone="right-{kind}"', svg), kind
    assert f'data-muscle="{muscle}"' in svg and 'class="tp-mark"' in svg
    assert '<p class="chart-caption">Lateral view</p>' in html


def test_the_female_figure_draws_her_own_side_outline(client: Client) -> None:
    def outline(body: str) -> str:
        svg = _lateral_chart(
            client.get(f"/muscles/gluteus-minimus/?figure={body}").content.decode()
        )
        found = re.search(r'<path class="silhouette" d="([^"]+)"', svg)
        assert found is not None
        return found.group(1)

    assert outline("male") != outline("female")


def test_the_spanish_caption_is_vista_lateral(client: Client) -> None:
    html = client.get("/es/muscles/vastus-lateralis/").content.decode()
    assert "Vista lateral" in html


def test_the_lateral_chart_keeps_the_entrys_one_scale() -> None:
    kb = load_knowledge_base()
    for mid in ("gluteus-minimus", "fibularis-longus", "serratus-anterior"):
        charts = entry_charts(kb, kb.muscle(mid), Localizer("en"), "male")
        views = [*charts["intro"], *(v for vs in charts["per_tp"].values() for v in vs)]
        assert any(v["view"] == "lateral" for v in views), mid
        zooms = set()
        for v in views:
            box = re.search(r'viewBox="[\d.-]+ [\d.-]+ ([\d.]+) [\d.]+" width="(\d+)"', v["svg"])
            assert box is not None
            zooms.add(
                round(
                    int(box.group(2)) / float(box.group(1)) / kb.chart.all_views[v["view"]].scale, 1
                )
            )
        assert max(zooms) / min(zooms) < 1.05, (mid, zooms)


def test_a_pattern_of_the_front_or_back_only_gets_no_lateral_chart(client: Client) -> None:
    for muscle in ("masseter", "rhomboid-major", "adductor-longus"):
        html = client.get(f"/muscles/{muscle}/").content.decode()
        assert "view-lateral" not in html, muscle


def test_the_finder_keeps_its_views(client: Client) -> None:
    html = client.get("/finder/").content.decode()
    assert "view-lateral" not in html
    for view in ("front", "back", "plantar", "side"):
        assert f"view-{view}" in html
