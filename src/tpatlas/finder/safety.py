"""Red flags (answered yes) and zone warnings (always shown when the drawing touches them)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tpatlas.bodychart import BodyChart
from tpatlas.finder.data import load


@dataclass(frozen=True)
class Flag:
    id: str
    kind: str  # "red-flag" (answered yes), "zone-warning" or "sensation-warning"
    message: str
    question: str = ""


def _touches(rule: Mapping[str, object], zones: Iterable[str], chart: BodyChart) -> bool:
    regions = set(rule.get("regions", []))  # type: ignore[call-overload]
    kinds = set(rule.get("zones", []))  # type: ignore[call-overload]
    hits = [z for z in zones if chart.zones[z].kind in kinds or chart.zones[z].region in regions]
    if rule.get("left_only"):
        hits = [z for z in hits if z.startswith("left-") or chart.zones[z].region == "chest"]
    if rule.get("bilateral"):
        return {chart.zones[z].side for z in hits} == {"left", "right"}
    return bool(hits)


def flags(
    zones: Iterable[str],
    answered_yes: Iterable[str],
    chart: BodyChart,
    sensations: Iterable[str] = (),
) -> list[Flag]:
    rules = load("safety")
    out = [
        Flag(k, "red-flag", rules["general"][k]["advice"], rules["general"][k]["question"])
        for k in rules["general"]
        if k in set(answered_yes)
    ]
    zone_list = list(zones)
    out += [
        Flag(k, "zone-warning", " ".join(str(r["message"]).split()))
        for k, r in rules["zones"].items()
        if _touches(r, zone_list, chart)
    ]
    out += [
        Flag(k, "sensation-warning", " ".join(str(r["message"]).split()))
        for k, r in rules["sensations"].items()
        if k in set(sensations)
    ]
    return out
