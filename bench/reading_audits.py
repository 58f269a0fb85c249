"""How the finder reads the phrases of the reading audits (tests/eval/reading_audit_*.yaml).

Each phrase lists the zone kinds a clinician would mark (``read``; "a|b" accepts either), kinds
that must not be read (``not_read``) and, for some, the side of a place. A phrase is misread when
an expected place is missing, a forbidden one is read, or a side is wrong. The seventh and later
audits also list places tolerated (``also_ok``: any other place read outside the regions named
is wrong) and the context (aggravators, onset, sensations). Prints the count per audit and,
with ``--list``, every misread phrase, so the next reading fix can start from them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from tpatlas.finder.query import query_from_text
from tpatlas.kb import load_knowledge_base

EVAL = Path(__file__).resolve().parents[1] / "tests" / "eval"


def misread(chart: Any, phrase: dict[str, Any]) -> list[str]:
    """What is wrong with the reading of one phrase (empty when it is read right)."""
    query, _ = query_from_text(chart, phrase["text"])
    sided = {z for place in query.places for z in place}
    got = {z.split("-", 1)[1] for z in sided}
    out = [f"missing {item}" for item in phrase["read"] if not set(item.split("|")) & got]
    out += [f"read {k}" for k in phrase.get("not_read", []) if k in got]
    if "also_ok" in phrase:
        out += _unexpected(chart, phrase, [{z.split("-", 1)[1] for z in p} for p in query.places])
        out += _context(phrase, query)
    for item, want in (phrase.get("side") or {}).items():
        sides = {z.split("-", 1)[0] for z in sided if z.split("-", 1)[1] in item.split("|")}
        have = "both" if len(sides) == 2 else next(iter(sides), "")
        if sides and not query.either_side and have != want:
            out.append(f"side {have} for {item} (expected {want})")
    return out


def _unexpected(chart: Any, phrase: dict[str, Any], places: list[set[str]]) -> list[str]:
    """Places read that are neither expected, tolerated, forbidden (counted already) nor in
    the region of one of those: "my wife has knee pain" read as the knee."""
    allowed = {k for item in phrase["read"] for k in item.split("|")} | set(phrase["also_ok"])
    regions = {chart.kinds[k].region for k in allowed}
    banned = set(phrase.get("not_read", []))
    return [
        f"unexpected {'/'.join(sorted(place))}"
        for place in places
        if not place & (allowed | banned) and not {chart.kinds[k].region for k in place} & regions
    ]


def _context(phrase: dict[str, Any], query: Any) -> list[str]:
    """Aggravators, onset and sensations against the phrase's ("?x" tolerated either way)."""
    want = {a for a in phrase["aggravators"] if not a.startswith("?")}
    either = {a[1:] for a in phrase["aggravators"] if a.startswith("?")}
    got = set(query.aggravators)
    out = [f"aggravator {a} missing" for a in sorted(want - got)]
    out += [f"aggravator {a} read" for a in sorted(got - want - either)]
    onset = phrase["onset"]
    if onset is None:
        ok: set[str | None] = {None}
    elif onset.startswith("?"):
        ok = {None, onset[1:]}
    else:
        ok = {None if x == "null" else x for x in onset.split("|")}
    if query.onset not in ok:
        out.append(f"onset {query.onset} (expected {onset})")
    said = set(query.sensations) - {"numb-only"}  # derived from numbness, not said (text.py)
    if set(phrase["sensations"]) != said:
        out.append(f"sensations {sorted(said)} (expected {phrase['sensations']})")
    return out


def main() -> None:
    chart = load_knowledge_base().chart
    for path in sorted(EVAL.glob("reading_audit_*.yaml")):
        phrases = yaml.safe_load(path.read_text(encoding="utf-8"))["phrases"]
        wrong = [(p, misread(chart, p)) for p in phrases]
        wrong = [(p, w) for p, w in wrong if w]
        print(f"reading audit {path.stem[-1]}: {len(phrases)} phrases, {len(wrong)} misread")
        if "--list" in sys.argv:
            for p, w in wrong:
                print(f"  [{p['lang']}] {p['text']}\n      {'; '.join(w)}")


if __name__ == "__main__":
    main()
