"""The `tpatlas` command: validate the knowledge base, list and show muscles, serve the site.

Exit codes: 0 success, 1 the knowledge base has problems, 2 bad usage or unknown id.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tpatlas.finder.query import aggravator_ids
from tpatlas.kb import KnowledgeBase, KnowledgeBaseError, build_knowledge_base
from tpatlas.kb.schema import Muscle
from tpatlas.kb.shapes import muscle_detail, muscle_summary


def _load(data: str | None = None) -> KnowledgeBase:
    return build_knowledge_base(Path(data) if data else None)


def cmd_validate(args: argparse.Namespace) -> int:
    try:
        kb = _load(args.data)
    except KnowledgeBaseError as exc:
        print(exc, file=sys.stderr)
        return 1
    tps = sum(len(m.trigger_points) for m in kb.muscles.values())
    print(
        f"Knowledge base OK: {len(kb.muscles)} entries ({tps} trigger points), "
        f"{len(kb.conditions)} conditions, {len(kb.techniques)} techniques, "
        f"{len(kb.sources)} sources, {len(kb.chart.zones)} body-chart zones."
    )
    return 0


def cmd_kb_report(args: argparse.Namespace) -> int:
    from tpatlas.kb.report import coverage, render_text

    c = coverage(Path(args.data) if args.data else None)
    if args.json:
        print(json.dumps(c.to_json(), indent=2))
    else:
        print(render_text(c))
    return 0 if c.ok else 1


def cmd_muscles(args: argparse.Namespace) -> int:
    kb = _load()
    rows = [muscle_summary(kb, m) for m in sorted(kb.muscles.values(), key=lambda m: m.id)]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    width = max(len(r["id"]) for r in rows)
    for r in rows:
        extra = (
            f"  (group: {r['group']})"
            if r["group"]
            else (f"  (members: {', '.join(r['members'])})" if r["members"] else "")
        )
        print(f"{r['id']:<{width}}  {r['name']}{extra}")
    return 0


def _print_muscle(kb: KnowledgeBase, m: Muscle) -> None:
    print(m.name.en + (f" ({m.latin})" if m.latin else ""))
    print("=" * len(m.name.en))
    print(m.summary.en, end="\n\n")
    for owner in kb.members(m) if m.is_group else [m]:
        if owner.anatomy:
            a = owner.anatomy
            print(f"[{owner.name.en}]")
            print(
                f"  Origin:    {a.origin.en}\n  Insertion: {a.insertion.en}\n"
                f"  Action:    {a.action.en}"
            )
            print(f"  Nerve:     {a.nerve.name.en} ({', '.join(a.nerve.roots)})")
    print("\nTrigger points:")
    for _owner, tp in kb.trigger_points(m):
        print(
            f"  - {tp.name.en}: essential {', '.join(tp.essential)}"
            + (f"; spillover {', '.join(tp.spillover)}" if tp.spillover else "")
        )
    print(
        "\nDifferentials: " + ", ".join(kb.conditions[d.condition].name.en for d in m.differentials)
    )
    print("Connections:   " + ", ".join(c.muscle for c in m.connections))


def cmd_show(args: argparse.Namespace) -> int:
    kb = _load()
    m = kb.muscles.get(args.id)
    if m is None:
        near = kb.nearest(args.id)
        hint = (
            f" Did you mean: {', '.join(near)}?" if near else " See `tpatlas muscles` for the list."
        )
        print(f"tpatlas: unknown muscle {args.id!r}.{hint}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(muscle_detail(m), indent=2, ensure_ascii=False))
    else:
        _print_muscle(kb, m)
    return 0


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


def _print_findings(data: dict[str, Any], lang: str = "en") -> None:
    _print_warnings(data, lang)
    if "understood" in data:
        heard = "; ".join(
            f"{t['heard']!r} -> {', '.join(t['zones'])}" for t in data["understood"]["terms"]
        )
        print(f"Understood: {heard or 'no body part'} (side: {data['understood']['side']})")
    for note in data.get("notes", []):
        print(f"Note: {note}")
    print()
    for i, r in enumerate(data["results"], 1):
        group = f" [{r['group']}]" if r["group"] else ""
        print(
            f"{i:>2}. {r['name']}{group}  {r['score']:.0f}/100  "
            f"({r['trigger_point_name']}, {r['side']})"
        )
        print(f"    {r['reason']}")
    if data["combination"]:
        names = " + ".join(c["name"] for c in data["combination"])
        print(f"\nTogether these explain {data['combination_coverage']:.0%} of the pain: {names}")
    if data["differentials"]:
        print(
            "\nAlso rule out: "
            + "; ".join(f"{d['name']} ({', '.join(d['icd10'])})" for d in data["differentials"][:8])
        )
    print(f"\n{data['notice']}")


def cmd_find(args: argparse.Namespace) -> int:
    from tpatlas.finder import FinderInputError, build_query, find
    from tpatlas.finder.query import query_from_text

    kb = _load()
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
        print(f"tpatlas find: {exc.field}: {exc.message}.{allowed}", file=sys.stderr)
        return 2
    data = find(kb, query, limit=args.limit, understood=understood).to_json(kb, args.lang)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print_findings(data, args.lang)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from tpatlas.search import build_index

    results = build_index(_load()).search(args.query, limit=args.limit)
    if args.json:
        print(json.dumps({"results": [r.to_json() for r in results]}, indent=2, ensure_ascii=False))
        return 0
    if not results:
        print(f"Nothing found for {args.query!r}. Try other words, a body part or a muscle.")
    for r in results:
        snippet = re.sub(r"</?mark>", "*", r.snippet)
        print(f"[{r.kind}] {r.title}  ({r.url})\n    {snippet}")
    return 0


def _progress(done: int, total: int, label: str) -> None:
    """A one-line progress bar on a terminal; plain lines when output is redirected."""
    if sys.stderr.isatty():
        filled = int(30 * done / total)
        end = "\n" if done == total else ""
        print(
            f"\r[{'#' * filled}{' ' * (30 - filled)}] {done}/{total} {label:<28}",
            end=end,
            file=sys.stderr,
            flush=True,
        )
    else:
        print(f"{done}/{total} {label}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    from tpatlas import __version__
    from tpatlas.kb.export import files

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        print(f"tpatlas export: {out} exists and is not a folder.", file=sys.stderr)
        return 2
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"tpatlas export: cannot create {out}: {exc.strerror}.", file=sys.stderr)
        return 2
    plan = files(_load(), args.format, __version__)
    for n, (name, produce) in enumerate(plan.items(), 1):
        (out / name).write_bytes(produce())
        _progress(n, len(plan), name)
    print(f"Wrote {len(plan)} files to {out}/ (licence CC BY-SA 4.0; see README.txt).")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Start gunicorn (a production WSGI server) on 127.0.0.1:PORT."""
    bind = f"{args.host}:{args.port}"
    workers = str(args.workers)
    print(
        f"Serving Trigger Point Atlas on http://{bind}/ "
        f"(gunicorn, {workers} workers; Ctrl-C stops)",
        flush=True,
    )
    argv = [
        "gunicorn",
        "tpatlas.web.wsgi:application",
        "--bind",
        bind,
        "--workers",
        workers,
        "--access-logfile",
        "-",
        "--graceful-timeout",
        "5",
    ]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tpatlas.web.settings")
    os.execvp(sys.executable, [sys.executable, "-m", *argv])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tpatlas", description="Trigger Point Atlas command line."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("validate", help="check every knowledge-base file and cross-reference")
    p.add_argument(
        "--data", metavar="DIR", help="a knowledge-base folder to check (default: the packaged one)"
    )
    p.set_defaults(func=cmd_validate)
    p = sub.add_parser("kb", help="knowledge-base tools")
    kb_sub = p.add_subparsers(dest="kb_command", required=True, metavar="KB_COMMAND")
    p = kb_sub.add_parser("report", help="coverage per section and region; exit 1 if incomplete")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--data", metavar="DIR", help="a knowledge-base folder (default: the packaged one)"
    )
    p.set_defaults(func=cmd_kb_report)
    p = sub.add_parser("muscles", help="list the muscles and groups")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_muscles)
    p = sub.add_parser("show", help="show one muscle or group")
    p.add_argument("id", help="muscle id, e.g. biceps-femoris")
    p.add_argument("--json", action="store_true", help="print the whole entry as JSON")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("find", help="rank the muscles whose trigger points refer pain to a place")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--zones", help="comma-separated zone ids, e.g. popliteal-fossa,upper-calf")
    where.add_argument("--text", help='a description, e.g. "deep ache behind my right knee"')
    p.add_argument(
        "--side", choices=["left", "right", "both"], help="side for zones given without one"
    )
    p.add_argument(
        "--worse",
        metavar="LIST",
        help="what makes it worse, comma-separated: " + ",".join(aggravator_ids()),
    )
    p.add_argument("--onset", choices=["strain", "overuse", "surgery", "gradual"])
    p.add_argument("--limit", type=int, default=10, help="how many muscles to list (default 10)")
    p.add_argument(
        "--lang", choices=["en", "es"], default="en", help="language of the warnings (default en)"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_find)
    p = sub.add_parser("search", help="search muscles, symptoms, causes, conditions, self-help")
    p.add_argument("query", help='what to look for, e.g. "sitting bone" or "tennis elbow"')
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("export", help="write the knowledge base as open data files")
    p.add_argument("--format", choices=["json", "csv", "yaml"], default="json")
    p.add_argument(
        "--out", required=True, metavar="DIR", help="folder to write into (created if needed)"
    )
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("serve", help="serve the web site with gunicorn")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--workers", type=int, default=2)
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KnowledgeBaseError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (`tpatlas muscles | head`): not an error worth a traceback.
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
