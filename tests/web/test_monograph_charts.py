"""Monograph charts: the whole pattern beside the summary, one zoom per entry, zones that name the
other muscles referring there, and the male or female figure kept as a setting."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tpatlas.kb import load_knowledge_base
from tpatlas.web.pages.figure_choice import COOKIE
from tpatlas.web.pages.localize import Localizer
from tpatlas.web.pages.monograph_charts import entry_charts

pytestmark = pytest.mark.django_db


def test_a_monograph_opens_with_the_muscle_and_its_whole_pattern(client: Client) -> None:
    html = client.get("/muscles/hamstrings/").content.decode()
    intro = html.split('class="pattern-overview"', 1)[1].split("</figure>", 1)[0]
    assert 'class="muscle"' in intro and 'data-muscle="biceps-femoris"' in intro
    assert intro.count('class="tp-mark"') == 4  # every trigger point of the group
    assert 'class="pattern-essential"' in intro and 'class="pattern-spillover"' in intro


def test_all_charts_of_an_entry_share_one_zoom_at_least_twice_the_old_size() -> None:
    kb = load_knowledge_base()
    for mid in ("hamstrings", "masseter", "infraspinatus", "soleus"):
        charts = entry_charts(kb, kb.muscle(mid), Localizer("en"), "male")
        svgs = [v["svg"] for v in charts["intro"]]
        svgs += [v["svg"] for views in charts["per_tp"].values() for v in views]
        zooms = []
        for svg in svgs:
            box = re.search(r'viewBox="[\d.-]+ [\d.-]+ ([\d.]+) [\d.]+" width="(\d+)"', svg)
            assert box is not None
            view = re.search(r'data-view="([a-z]+)"', svg)
            assert view is not None
            scale = kb.chart.views[view.group(1)].scale
            zooms.append(int(box.group(2)) / float(box.group(1)) / scale)
        assert max(zooms) / min(zooms) < 1.03, (mid, zooms)  # equal but for rounding to px
        assert min(zooms) >= 1.45  # the old whole-body chart drew 0.73 px per unit


def test_a_zone_of_a_pattern_links_to_the_other_muscles_that_refer_there(client: Client) -> None:
    html = client.get("/muscles/hamstrings/").content.decode()
    assert '<a href="#refers-popliteal-fossa" class="zone-link"' in html
    listed = re.search(r'<dd data-refers-list="popliteal-fossa"[^>]*>(.*?)</dd>', html, re.S)
    assert listed is not None
    assert "/muscles/gastrocnemius/" in listed.group(1) or "/muscles/popliteus/" in listed.group(1)
    assert "/muscles/biceps-femoris/" not in listed.group(1)  # not the muscle itself
    assert 'id="refers-popliteal-fossa"' in html  # the link's target without the script


def test_the_female_figure_is_a_switch_and_a_setting(client: Client) -> None:
    male = client.get("/muscles/soleus/").content.decode()
    assert 'data-body="male"' in male and 'href="?figure=female"' in male
    switched = client.get("/muscles/soleus/?figure=female")
    assert 'data-body="female"' in switched.content.decode()
    assert switched.cookies[COOKIE].value == "female"
    again = client.get("/muscles/infraspinatus/")  # the cookie is kept by the test client
    assert 'data-body="female"' in again.content.decode()
    client.cookies.pop(COOKIE)
    assert 'data-body="male"' in client.get("/muscles/infraspinatus/").content.decode()


@pytest.mark.parametrize(
    ("muscle", "first"),
    [("gastrocnemius", "back"), ("pectoralis-major", "front"), ("masseter", "side")],
)
def test_the_view_with_the_trigger_points_and_most_of_the_pattern_comes_first(
    muscle: str, first: str
) -> None:
    """On a phone the charts stack: the first must show the pattern, not an ankle spillover."""
    kb = load_knowledge_base()
    charts = entry_charts(kb, kb.muscle(muscle), Localizer("en"), "male")
    assert f'data-view="{first}"' in charts["intro"][0]["svg"]
