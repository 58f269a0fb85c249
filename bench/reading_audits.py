"""How the finder reads the phrases of the reading audits (tests/eval/reading_audit_*.yaml).

Each phrase lists the zone kinds a clinician would mark (``read``; "a|b" accepts either), kinds
that must not be read (``not_read``) and, for some, the side of a place. A phrase is misread when
an expected place is missing, a forbidden one is read, or a side is wrong. Prints the count per
audit and, with ``--list``, every misread phrase, so the next reading fix can start from them.
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
    for item, want in (phrase.get("side") or {}).items():
        sides = {z.split("-", 1)[0] for z in sided if z.split("-", 1)[1] in item.split("|")}
        have = "both" if len(sides) == 2 else next(iter(sides), "")
        if sides and not query.either_side and have != want:
            out.append(f"side {have} for {item} (expected {want})")
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
