"""Every zone kind and region has a Spanish name; English stays the chart's own."""

from __future__ import annotations

from tpatlas.bodychart import load_chart
from tpatlas.bodychart.names import kind_name, region_name, translations, zone_name


def test_every_kind_and_region_has_a_spanish_name() -> None:
    chart = load_chart()
    spanish = translations("es")
    assert set(spanish["kinds"]) == set(chart.kinds)
    assert set(spanish["regions"]) == set(chart.regions)
    assert set(spanish["views"]) == set(chart.all_views)


def test_names_follow_the_language_and_fall_back_to_english() -> None:
    chart = load_chart()
    assert zone_name(chart, "right-popliteal-fossa", "es") == (
        "Parte trasera de la rodilla (hueco poplíteo), derecha"
    )
    assert zone_name(chart, "left-patella", "en") == "Kneecap, left"
    assert kind_name(chart, "patella", "fr") == "Kneecap"
    assert region_name(chart, "calf", "es") == "Pantorrilla"
