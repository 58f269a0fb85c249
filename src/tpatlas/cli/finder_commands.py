"""Finder and search commands: find, search."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from typing import Any

from tpatlas.bodychart.names import kind_name
from tpatlas.cli.output import fail, load, use_django
from tpatlas.finder.limits import LABELS as LIMIT_LABELS

URGENCY_LABELS = {
    "en": {"emergency": "EMERGENCY", "today": "SEE A DOCTOR TODAY", "soon": "SEE A DOCTOR SOON"},
    "es": {
        "emergency": "URGENCIA",
        "today": "VEA A UN MÉDICO HOY",
        "soon": "VEA PRONTO A UN MÉDICO",
    },
}
HEARD_LABEL = {"en": "because you wrote", "es": "porque escribió"}
WARNING_LABEL = {"en": "Warning", "es": "Aviso"}
LABELS = {
    "en": {"understood": "Understood", "nothing": "no body part", "side": "side",
           "note": "Note", "together": "Together these explain {share} of the pain: {names}",
           "rule_out": "Also rule out", "alike": "Also fits, same group"},
    "es": {"understood": "Entendido", "nothing": "ninguna parte del cuerpo", "side": "lado",
           "note": "Nota", "together": "Juntos explican el {share} del dolor: {names}",
           "rule_out": "Descarte también", "alike": "También encaja, mismo grupo"},
}  # fmt: skip
SIDE_WORDS = {
    "es": {"right": "derecho", "left": "izquierdo", "both": "ambos", "either": "cualquiera",
           "unspecified": "sin indicar"},
}  # fmt: skip


def _side(side: str, lang: str) -> str:
    return SIDE_WORDS.get(lang, {}).get(side, side)


def _print_warnings(data: dict[str, Any], lang: str) -> None:
    """Warnings first, before any muscle: what to do, and the words that raised each."""
    for flag in data["red_flags"]:
        urgent = flag["kind"] in ("heard", "red-flag")
        label = URGENCY_LABELS[lang][flag["urgency"]] if urgent else WARNING_LABEL[lang]
        print(f"{label}: {flag['message']}")
        if flag["heard"]:
            quoted = ", ".join(f'"{w}"' for w in flag["heard"])
            print(f"    ({HEARD_LABEL[lang]} {quoted})")
    if data["red_flags"]:
        print()


def _print_findings(
    data: dict[str, Any],
    lang: str = "en",
    groups: dict[str, str] | None = None,
    zone_name: Callable[[str], str] = str,
) -> None:
    _print_warnings(data, lang)
    say = LABELS[lang]
    if "understood" in data:  # each place heard, as the chart names its zones in ``lang``
        heard = "; ".join(
            f"{t['heard']!r} -> {', '.join(zone_name(z) for z in t['zones'])}"
            for t in data["understood"]["terms"]
        )
        side = _side(data["understood"]["side"], lang)
        limits = data["understood"].get("limit_names") or [
            LIMIT_LABELS[x] for x in data["understood"].get("limits", [])
        ]
        stops = "".join(f"; {name}" for name in limits)
        print(f"{say['understood']}: {heard or say['nothing']}{stops} ({say['side']}: {side})")
    for note in data.get("notes", []):
        print(f"{say['note']}: {note}")
    print()
    for i, r in enumerate(data["results"], 1):
        group = f" [{(groups or {}).get(r['group'], r['group'])}]" if r["group"] else ""
        print(
            f"{i:>2}. {r['name']}{group}  {r['score']:.0f}/100  "
            f"({r['trigger_point_name']}, {_side(r['side'], lang)})"
        )
        print(f"    {r['reason']}")
        if r.get("alike"):
            print(f"    {say['alike']}: {', '.join(a['name'] for a in r['alike'])}")
    if data["combination"]:
        names = " + ".join(c["name"] for c in data["combination"])
        share = f"{data['combination_coverage']:.0%}"
        print("\n" + say["together"].format(share=share, names=names))
    if data["differentials"]:
        print(
            f"\n{say['rule_out']}: "
            + "; ".join(f"{d['name']} ({', '.join(d['icd10'])})" for d in data["differentials"][:8])
        )
    print(f"\n{data['notice']}")


def cmd_find(args: argparse.Namespace) -> int:
    from tpatlas.finder import FinderInputError, build_query, find
    from tpatlas.finder.query import query_from_text

    kb = load()
    aggravators = [a for a in (args.worse or "").split(",") if a]
    try:
        if args.text:
            query, understood = query_from_text(
                kb.chart, args.text, side=args.side, aggravators=aggravators, onset=args.onset
            )
        else:
            zones = [z.strip() for z in args.zones.split(",") if z.strip()]
            query = build_query(
                kb.chart, zones, side=args.side, aggravators=aggravators, onset=args.onset
            )
            understood = None
    except FinderInputError as exc:
        allowed = f" Allowed: {', '.join(exc.allowed)}." if exc.allowed else ""
        return fail("find", f"{exc.field}: {exc.message}.{allowed}")
    data = find(kb, query, limit=args.limit, understood=understood).to_json(kb, args.lang)
    if args.lang != "en":  # names, reasons, notes and the notice in that language, as the API
        use_django()
        from tpatlas.web.pages.finder_language import localize_answer

        localize_answer(data, kb, args.lang)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        groups = {
            r["group"]: kb.muscles[r["group"]].name.get(args.lang)[0]
            for r in data["results"]
            if r["group"]
        }
        _print_findings(data, args.lang, groups, lambda z: kind_name(kb.chart, z, args.lang))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from tpatlas.search import build_index

    results = build_index(load()).search(args.query, limit=args.limit)
    if args.json:
        print(json.dumps({"results": [r.to_json() for r in results]}, indent=2, ensure_ascii=False))
        return 0
    if not results:
        print(f"Nothing found for {args.query!r}. Try other words, a body part or a muscle.")
    for r in results:
        snippet = re.sub(r"</?mark>", "*", r.snippet)
        print(f"[{r.kind}] {r.title}  ({r.url})\n    {snippet}")
    return 0
