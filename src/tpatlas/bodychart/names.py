"""Zone and region names in the reader's language.

chart.yaml names everything in English; ``data/names.<lang>.yaml`` holds the other languages, so
the drawing data stays in one file and a translator never touches coordinates.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from tpatlas.bodychart.chart import BodyChart

LANGUAGES = ("es",)
SIDE_WORDS = {"es": {"right": "derecha", "left": "izquierda"}}
SIDE_LETTERS = {"right": "R", "left": "L"}  # English; names.<lang>.yaml has its own ("D", "I")


@cache
def translations(lang: str) -> dict[str, Any]:
    """The names file of one language, or empty for English and unknown languages."""
    if lang not in LANGUAGES:
        return {"views": {}, "regions": {}, "kinds": {}, "sides": {}}
    path = resources.files("tpatlas.bodychart") / "data" / f"names.{lang}.yaml"
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def kind_name(chart: BodyChart, kind: str, lang: str) -> str:
    return str(translations(lang)["kinds"].get(kind) or chart.kinds[kind].name)


def side_letter(side: str, lang: str) -> str:
    """The letter that marks the patient's side on a chart: R and L, in Spanish D and I."""
    return str(translations(lang).get("sides", {}).get(side) or SIDE_LETTERS[side])


def view_title(chart: BodyChart, view: str, lang: str) -> str:
    return str(translations(lang)["views"].get(view) or chart.all_views[view].title)


def region_name(chart: BodyChart, region: str, lang: str) -> str:
    return str(translations(lang)["regions"].get(region) or chart.regions[region])


def zone_name(chart: BodyChart, zone_id: str, lang: str) -> str:
    """``Back of the knee (popliteal fossa), right`` in the reader's language."""
    zone = chart.zones[zone_id]
    side = SIDE_WORDS.get(lang, {}).get(zone.side, zone.side)
    return f"{kind_name(chart, zone.kind, lang)}, {side}"
