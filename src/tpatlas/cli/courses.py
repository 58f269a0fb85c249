"""`tpatlas courses validate` and `tpatlas courses sync`: the course definitions (YAML) checked,
then copied into the database (idempotent; `make run` runs it after migrating)."""

from __future__ import annotations

import argparse
import os
import sys

from tpatlas.cli.output import Failed, fail
from tpatlas.kb import KnowledgeBaseError


def cmd_courses_validate(args: argparse.Namespace) -> int:
    from tpatlas.ce.catalogue import build_catalogue
    from tpatlas.ce.questions import question_bank

    try:
        cat = build_catalogue()
    except KnowledgeBaseError as exc:
        Failed.code = 1
        print(str(exc).replace("knowledge base", "course definitions"), file=sys.stderr)
        return 1
    for c in cat.courses.values():
        bank = question_bank(c)
        need = c.assessment.questions_per_attempt if c.assessment else 0
        if len(bank) < need:
            return fail(
                "courses",
                f"{c.id}: the bank has {len(bank)} questions, an attempt draws {need}",
                code=1,
            )
    print(
        f"Course definitions OK: {len(cat.courses)} courses, {len(cat.accreditors)} "
        f"accreditors, {len(cat.instructors)} instructors."
    )
    return 0


def cmd_courses_sync(args: argparse.Namespace) -> int:
    if cmd_courses_validate(args):
        return 1
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tpatlas.web.settings")
    import django

    django.setup()
    from tpatlas.ce.catalogue import load_catalogue
    from tpatlas.web.learning.sync import sync

    report = sync(load_catalogue())
    for label, ids in (
        ("created", report.created),
        ("updated", report.updated),
        ("unchanged", report.unchanged),
        ("retired", report.retired),
    ):
        if ids:
            print(f"  {label}: {', '.join(ids)}")
    print("Courses synced.")
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("courses", help="course definitions: validate, sync into the database")
    courses = p.add_subparsers(dest="courses_command", required=True, metavar="COURSES_COMMAND")
    v = courses.add_parser("validate", help="check the course definitions; exit 1 on problems")
    v.set_defaults(func=cmd_courses_validate)
    s = courses.add_parser("sync", help="copy the course definitions into the database")
    s.set_defaults(func=cmd_courses_sync)
