"""A finder query, validated: sided zones with intensities, context and red-flag answers.

Every input error names the field and the allowed values, so the CLI and the API can show it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tpatlas.bodychart import BodyChart
from tpatlas.finder.data import load
from tpatlas.finder.factors import FIRST_PLACE
from tpatlas.finder.limits import kinds_beyond, limit_phrases
from tpatlas.finder.red_flag_words import HeardFlag, hear
from tpatlas.finder.story import story_words
from tpatlas.finder.words import normalise

if TYPE_CHECKING:
    from tpatlas.finder.text import Understood

INTENSITIES = {"mild": 1.0, "moderate": 2.0, "severe": 3.0}
SIDES = ("left", "right", "both")


class FinderInputError(ValueError):
    def __init__(self, field_name: str, message: str, allowed: Iterable[str] = ()) -> None:
        self.field = field_name
        self.allowed = list(allowed)
        self.message = message
        super().__init__(f"{field_name}: {message}")


NO_SIDE_NOTE = "No side was mentioned: the results apply to either side."
# The longest description the finder reads: long enough for pain in many places (widespread
# pain, a whole history), short enough that the work per request stays small and bounded.
MAX_TEXT = 10_000


@dataclass(frozen=True)
class Query:
    zones: Mapping[str, float]  # sided zone id -> weight
    aggravators: frozenset[str] = frozenset()
    onset: str | None = None
    red_flags: frozenset[str] = frozenset()
    sensations: frozenset[str] = frozenset()  # only from words: "numb", "tingling"
    notes: tuple[str, ...] = field(default=())
    either_side: bool = False  # the person did not say which side: results apply to either
    # Places named in words, each as the sided zones it stands for; empty for a drawing, where
    # every marked zone is a place of its own.
    places: tuple[tuple[str, ...], ...] = ()
    heard_flags: tuple[HeardFlag, ...] = ()  # red flags raised by the words themselves
    story: tuple[tuple[str, str], ...] = ()  # informative words said (finder/story.py)
    not_reached: frozenset[str] = frozenset()  # "it stops above the knee" (finder/limits.py)


def aggravator_ids() -> list[str]:
    return list(load("context")["aggravators"])


def onset_ids() -> list[str]:
    return list(load("context")["onset"])


def red_flag_ids() -> list[str]:
    return list(load("safety")["general"])


def sided_zones(chart: BodyChart, name: str, side: str | None) -> list[str]:
    """A zone name as sided ids: "right-calf..." as is, a kind on the given side (or both)."""
    if name in chart.zones:
        return [name]
    if name in chart.kinds:
        sides = ("left", "right") if side in (None, "both") else (side,)
        return [f"{s}-{name}" for s in sides]
    raise FinderInputError("zones", f"unknown zone {name!r}", _nearest(chart, name))


def _nearest(chart: BodyChart, name: str) -> list[str]:
    import difflib

    return difflib.get_close_matches(name, [*chart.kinds, *chart.zones], n=5, cutoff=0.5)


def _check(values: Iterable[str], allowed: list[str], field_name: str) -> frozenset[str]:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise FinderInputError(field_name, f"unknown value {bad[0]!r}", allowed)
    return frozenset(values)


def build_query(
    chart: BodyChart,
    zones: Mapping[str, str] | Iterable[str],
    *,
    side: str | None = None,
    aggravators: Iterable[str] = (),
    onset: str | None = None,
    red_flags: Iterable[str] = (),
) -> Query:
    """Validate raw input. ``zones`` is a list of names or a mapping name -> intensity."""
    if side is not None and side not in SIDES:
        raise FinderInputError("side", f"unknown side {side!r}", SIDES)
    items = zones.items() if isinstance(zones, Mapping) else ((z, "moderate") for z in zones)
    weights: dict[str, float] = {}
    for name, intensity in items:
        if intensity not in INTENSITIES:
            raise FinderInputError("intensity", f"unknown intensity {intensity!r}", INTENSITIES)
        for zid in sided_zones(chart, name, side):
            weights[zid] = max(weights.get(zid, 0.0), INTENSITIES[intensity])
    if onset is not None and onset not in onset_ids():
        raise FinderInputError("onset", f"unknown onset {onset!r}", onset_ids())
    return Query(
        zones=weights,
        aggravators=_check(aggravators, aggravator_ids(), "aggravators"),
        onset=onset,
        red_flags=_check(red_flags, red_flag_ids(), "red_flags"),
    )


def query_from_text(
    chart: BodyChart,
    text: str,
    *,
    side: str | None = None,
    aggravators: Iterable[str] = (),
    onset: str | None = None,
    red_flags: Iterable[str] = (),
) -> tuple[Query, Understood]:
    """A query from a description; explicit context adds to what the words revealed."""
    from tpatlas.finder.text import understand

    if side is not None and side not in SIDES:
        raise FinderInputError("side", f"unknown side {side!r}", SIDES)
    if len(text) > MAX_TEXT:
        raise FinderInputError(
            "text",
            f"the description is {len(text):,} characters long; the finder reads at most "
            f"{MAX_TEXT:,}. Shorten it to where it hurts and what makes it worse",
        )
    understood = understand(text, chart)
    # Without a side in the words or the options, score on one side and say the result applies
    # to either: splitting the weight over both sides would only blur every score.
    chosen = side if side in ("left", "right") else "right"
    zones = dict(understood.zones)
    places = understood.places
    if not understood.side_given:
        zones = {z: w for z, w in zones.items() if z.startswith(f"{chosen}-")}
        places = [tuple(z for z in p if z.startswith(f"{chosen}-")) for p in places]
    if len(places) > 1:  # the place named first is where it hurts most
        first = set(places[0])
        zones = {z: w * FIRST_PLACE.weight if z in first else w for z, w in zones.items()}
    scale = {"mild": 1.0, "moderate": 2.0, "severe": 3.0}[understood.intensity]
    base = build_query(
        chart,
        [],
        aggravators=[*aggravators, *understood.aggravators],
        onset=onset or understood.onset,
        red_flags=red_flags,
    )
    notes = () if understood.side_given or side in ("left", "right") else (NO_SIDE_NOTE,)
    query = Query(
        zones={z: w * scale for z, w in zones.items()},
        aggravators=base.aggravators,
        onset=base.onset,
        red_flags=base.red_flags,
        sensations=frozenset(understood.sensations),
        notes=notes,
        either_side=bool(notes),
        places=tuple(places),
        heard_flags=tuple(hear(text)),
        # where the pain stops is no evidence for the muscles whose entries name that place
        story=story_words(limit_phrases().sub(" ", normalise(text))),
        not_reached=kinds_beyond(understood.limits, chart),
    )
    return query, understood
