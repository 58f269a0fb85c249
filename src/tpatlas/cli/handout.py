"""`tpatlas handout --muscles a,b --lang es --paper letter --out FILE`: the same patient handout
as /handouts/, as a PDF file, for a therapist who prepares handouts in batches or offline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tpatlas.cli.output import fail, use_django


def cmd_handout(args: argparse.Namespace) -> int:
    use_django()  # templates and translations, not a server
    from django.conf import settings

    from tpatlas.web.handouts.builder import HandoutError, build, parse
    from tpatlas.web.handouts.pdf import render_handout
    from tpatlas.web.knowledge import kb

    raw = {"muscles": args.muscles, "lang": args.lang, "paper": args.paper,
           "therapist": args.therapist or "", "clinic": args.clinic or "",
           "note": args.note or ""}  # fmt: skip
    try:
        req = parse(kb(), raw)
    except HandoutError as exc:
        return fail("handout", str(exc))
    out = Path(args.out)
    if not out.parent.exists():
        return fail("handout", f"--out: the folder {out.parent} does not exist")
    print(f"Drawing the handout for {', '.join(req.muscles)}...", file=sys.stderr)
    out.write_bytes(render_handout(build(kb(), req, settings.SITE_URL), settings.SITE_URL))
    print(f"Wrote {out} ({out.stat().st_size // 1024} kB).")
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("handout", help="a patient handout (PDF) for one or more muscles")
    p.add_argument(
        "--muscles", required=True, help="comma-separated muscle ids, e.g. piriformis,soleus"
    )
    p.add_argument("--lang", default="en", help="en or es (default en)")
    p.add_argument("--paper", default="a4", help="a4 or letter (default a4)")
    p.add_argument("--therapist", help="your name, printed on the handout")
    p.add_argument("--clinic", help="your clinic, printed on the handout")
    p.add_argument("--note", help="a note for the patient")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the PDF")
    p.set_defaults(func=cmd_handout)
