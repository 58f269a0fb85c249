"""Knowledge-base commands: validate, kb report, muscles, show, export."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tpatlas.cli.output import Failed, fail, load
from tpatlas.kb import KnowledgeBase, KnowledgeBaseError
from tpatlas.kb.schema import Muscle
from tpatlas.kb.shapes import muscle_detail, muscle_summary


def cmd_validate(args: argparse.Namespace) -> int:
    try:
        kb = load(args.data)
    except KnowledgeBaseError as exc:
        Failed.code = 1  # set before printing: a closed pipe must not make this a success
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
    kb = load()
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
    kb = load()
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
        return fail("export", f"{out} exists and is not a folder.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return fail("export", f"cannot create {out}: {exc.strerror}.")
    plan = files(load(), args.format, __version__, args.lang)
    for n, (name, produce) in enumerate(plan.items(), 1):
        (out / name).write_bytes(produce())
        _progress(n, len(plan), name)
    print(f"Wrote {len(plan)} files to {out}/ (licence CC BY-SA 4.0; see README.txt).")
    return 0
