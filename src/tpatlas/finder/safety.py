"""Red flags heard in the words or answered yes, and zone warnings (always shown when the drawing
touches them), most urgent first: a warning is read before any muscle."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from tpatlas.bodychart import BodyChart
from tpatlas.finder.data import load
from tpatlas.finder.red_flag_words import URGENCY_ORDER, HeardFlag

KIND_ORDER = {"heard": 0, "red-flag": 1, "zone-warning": 2, "sensation-warning": 3}


@dataclass(frozen=True)
class Flag:
    id: str
    # "heard" (raised by the words), "red-flag" (answered yes), "zone-warning" or
    # "sensation-warning"
    kind: str
    message: str
    question: str = ""
    urgency: str = "soon"  # emergency | today | soon
    heard: tuple[str, ...] = ()  # the words that raised it


@cache
def _rule_sets(rule_id: str) -> tuple[frozenset[str], frozenset[str], bool, bool]:
    rule = load("safety")["zones"][rule_id]
    return (
        frozenset(rule.get("regions", [])),
        frozenset(rule.get("zones", [])),
        bool(rule.get("left_only")),
        bool(rule.get("bilateral")),
    )


def _touches(rule_id: str, zones: Iterable[str], chart: BodyChart) -> bool:
    regions, kinds, left_only, bilateral = _rule_sets(rule_id)
    hits = [z for z in zones if chart.zones[z].kind in kinds or chart.zones[z].region in regions]
    if left_only:
        hits = [z for z in hits if z.startswith("left-") or chart.zones[z].region == "chest"]
    if bilateral:
        return {chart.zones[z].side for z in hits} == {"left", "right"}
    return bool(hits)


def flags(
    zones: Iterable[str],
    answered_yes: Iterable[str],
    chart: BodyChart,
    sensations: Iterable[str] = (),
    heard: Iterable[HeardFlag] = (),
) -> list[Flag]:
    """Every warning for this query, most urgent first. A safety question that a flag heard in
    the words already answers is not repeated."""
    rules = load("safety")
    heard = list(heard)
    out = [Flag(h.id, "heard", h.message, "", h.urgency, h.heard) for h in heard]
    covered = {c for h in heard for c in h.covers}
    out += [
        Flag(k, "red-flag", r["advice"], r["question"], r["urgency"])
        for k, r in rules["general"].items()
        if k in set(answered_yes) and k not in covered
    ]
    zone_list = list(zones)
    out += [
        Flag(k, "zone-warning", " ".join(str(r["message"]).split()), "", r["urgency"])
        for k, r in rules["zones"].items()
        if k not in covered and _touches(k, zone_list, chart)
    ]
    out += [
        Flag(k, "sensation-warning", " ".join(str(r["message"]).split()), "", r["urgency"])
        for k, r in rules["sensations"].items()
        if k in set(sensations)
    ]
    return sorted(out, key=lambda f: (URGENCY_ORDER[f.urgency], KIND_ORDER[f.kind]))


SECTIONS = {"red-flag": ("general", "advice"), "zone-warning": ("zones", "message"),
            "sensation-warning": ("sensations", "message")}  # fmt: skip


def message_in(flag: Flag, lang: str) -> str:
    """A warning's text in ``lang`` ("en" or "es"); every warning has both (a test checks)."""
    if lang != "es":
        return flag.message
    if flag.kind == "heard":
        text = load("red_flag_words")["flags"][flag.id]["message_es"]
    else:
        section, key = SECTIONS[flag.kind]
        text = load("safety")[section][flag.id][f"{key}_es"]
    return " ".join(str(text).split())
