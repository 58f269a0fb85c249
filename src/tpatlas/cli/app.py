"""The `tpatlas` command: validate the knowledge base, list and show muscles, find, search,
export and serve.

Exit codes: 0 success, 1 the knowledge base has problems, 2 bad usage or unknown id. Bad
input is one line naming the option and what it accepts, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Sequence

from tpatlas.cli import courses, handout
from tpatlas.cli.finder_commands import cmd_find, cmd_search
from tpatlas.cli.kb_commands import (
    cmd_export,
    cmd_kb_report,
    cmd_muscles,
    cmd_show,
    cmd_validate,
)
from tpatlas.cli.output import Failed, int_in, non_empty
from tpatlas.cli.serve import cmd_serve
from tpatlas.finder.query import aggravator_ids
from tpatlas.kb import KnowledgeBaseError


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
    where.add_argument(
        "--text",
        type=non_empty("--text"),
        help='a description, e.g. "deep ache behind my right knee"',
    )
    p.add_argument(
        "--side", choices=["left", "right", "both"], help="side for zones given without one"
    )
    p.add_argument(
        "--worse",
        metavar="LIST",
        help="what makes it worse, comma-separated: " + ",".join(aggravator_ids()),
    )
    p.add_argument("--onset", choices=["strain", "overuse", "surgery", "gradual"])
    p.add_argument(
        "--limit",
        type=int_in(1, 50, "--limit"),
        default=10,
        help="how many muscles to list, 1 to 50 (default 10)",
    )
    p.add_argument(
        "--lang", choices=["en", "es"], default="en", help="language of the warnings (default en)"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_find)
    p = sub.add_parser("search", help="search muscles, symptoms, causes, conditions, self-help")
    p.add_argument(
        "query", type=non_empty("the query"), help='e.g. "sitting bone" or "tennis elbow"'
    )
    p.add_argument("--limit", type=int_in(1, 100, "--limit"), default=20, help="1 to 100")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("export", help="write the knowledge base as open data files")
    p.add_argument("--format", choices=["json", "csv", "yaml"], default="json")
    p.add_argument(
        "--out", required=True, metavar="DIR", help="folder to write into (created if needed)"
    )
    p.add_argument("--lang", choices=["en", "es"], default="en", help="language of the CSV texts")
    p.set_defaults(func=cmd_export)
    courses.add_parser(sub)
    handout.add_parser(sub)
    p = sub.add_parser("serve", help="serve the web site with gunicorn")
    p.add_argument("--port", type=int_in(1, 65535, "--port"), default=8000)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--workers", type=int_in(1, 64, "--workers"), default=2)
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    Failed.code = 0
    try:
        return int(args.func(args))
    except KnowledgeBaseError as exc:
        Failed.code = 1
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (`tpatlas muscles | head`): not an error worth a traceback,
        # but a failure being reported stays a failure. Point stdout and stderr at /dev/null so
        # the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            # Not a real file (tests capture output): nothing to flush there.
            with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
                os.dup2(devnull, stream.fileno())
        return Failed.code
