"""The CHOIR Body Map's segments (front 101-136, back 201-238) as zones of our chart, and back.

The mapping is data (``finder/data/choir.yaml``, with its sources), checked when it is loaded:
every segment lists at least one zone, every zone named exists, and every zone of the chart is in
some segment, so a drawing converted to CHOIR segments and back covers what was marked.

>>> from tpatlas.bodychart import load_chart
>>> chart = load_chart()
>>> to_choir(chart, ["right-popliteal-fossa"])
[232]
>>> "right-popliteal-fossa" in from_choir(chart, [232])
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tpatlas.bodychart import BodyChart
from tpatlas.finder.data import load

FRONT = range(101, 137)
BACK = range(201, 239)
IDS = [str(i) for i in (*FRONT, *BACK)]  # every segment id, as a 422 lists the allowed values


class ChoirDataError(ValueError):
    """choir.yaml does not fit the CHOIR numbering or the chart."""


@dataclass(frozen=True)
class Segment:
    id: int
    name: str
    zones: tuple[str, ...]


def validate(raw: object, chart: BodyChart) -> dict[int, Segment]:
    """The segments of a loaded choir.yaml, or ChoirDataError listing every problem."""
    problems: list[str] = []
    entries = raw.get("segments") if isinstance(raw, dict) else None
    if not isinstance(entries, dict):
        raise ChoirDataError("choir.yaml: a `segments` mapping is required")
    segments: dict[int, Segment] = {}
    for key, entry in entries.items():
        if not isinstance(key, int) or (key not in FRONT and key not in BACK):
            problems.append(f"segment {key!r}: not a CHOIR segment (101-136, 201-238)")
            continue
        zones = entry.get("zones") if isinstance(entry, dict) else None
        if not zones:
            problems.append(f"segment {key}: no zones")
            continue
        unknown = [z for z in zones if z not in chart.zones]
        if unknown:
            problems.append(f"segment {key}: unknown zone ids {', '.join(map(str, unknown))}")
        segments[key] = Segment(key, str(entry.get("name") or key), tuple(zones))
    missing = [s for s in (*FRONT, *BACK) if s not in entries]
    if missing:
        problems.append(f"segments missing: {', '.join(map(str, missing))}")
    covered = {z for s in segments.values() for z in s.zones}
    outside = sorted(set(chart.zones) - covered)
    if outside:
        problems.append(f"zones in no segment: {', '.join(outside)}")
    if problems:
        raise ChoirDataError("choir.yaml: " + "; ".join(problems))
    return segments


_CHECKED: dict[int, tuple[BodyChart, dict[int, Segment]]] = {}


def segments(chart: BodyChart) -> dict[int, Segment]:
    """The segments, validated against this chart once (a chart lives as long as the process)."""
    kept = _CHECKED.get(id(chart))
    if kept is None or kept[0] is not chart:
        kept = _CHECKED[id(chart)] = (chart, validate(load("choir"), chart))
    return kept[1]


def unknown_segments(chart: BodyChart, ids: Iterable[int]) -> list[int]:
    known = segments(chart)
    return [i for i in ids if i not in known]


def from_choir(chart: BodyChart, ids: Iterable[int]) -> list[str]:
    """Our zone ids inside the given segments (unknown ids are the caller's to refuse)."""
    known = segments(chart)
    out: dict[str, None] = {}
    for i in ids:
        out.update(dict.fromkeys(known[i].zones))
    return list(out)


def to_choir(chart: BodyChart, zones: Iterable[str]) -> list[int]:
    """The segments that contain any of the given zones, in CHOIR order."""
    wanted = set(zones)
    return [s.id for s in segments(chart).values() if wanted & set(s.zones)]
