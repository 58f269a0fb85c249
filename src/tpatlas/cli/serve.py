"""`tpatlas serve`: check everything a visitor depends on, then start gunicorn.

Nothing listens until the configuration and the knowledge base are known to be good: a missing
or weak SECRET_KEY is one clear line and exit 2, a broken knowledge base is the validation
report and exit 1. Gunicorn then loads the application once in its master process (the knowledge
base and the open-data exports included) and forks workers that share it.
"""

from __future__ import annotations

import argparse
import os
import sys

from tpatlas.cli.output import Failed, fail, load
from tpatlas.kb import KnowledgeBaseError


def check_configuration() -> str | None:
    """The first configuration problem, as one sentence, or None when Django can start."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tpatlas.web.settings")
    from django.core.exceptions import ImproperlyConfigured

    try:
        import django

        django.setup()
    except ImproperlyConfigured as exc:
        return str(exc)
    return None


def cmd_serve(args: argparse.Namespace) -> int:
    """Start gunicorn (a production WSGI server) on HOST:PORT after the checks."""
    problem = check_configuration()
    if problem:
        return fail("serve", problem)
    try:
        load()
    except KnowledgeBaseError as exc:
        Failed.code = 1
        print(
            f"tpatlas serve: the knowledge base does not load; not serving.\n{exc}", file=sys.stderr
        )
        return 1
    bind = f"{args.host}:{args.port}"
    print(
        f"Serving Trigger Point Atlas on http://{bind}/ "
        f"(gunicorn, {args.workers} workers; Ctrl-C stops)",
        flush=True,
    )
    argv = [
        "gunicorn",
        "tpatlas.web.wsgi:application",
        "--config",
        "python:tpatlas.web.gunicorn_conf",
        "--bind",
        bind,
        "--workers",
        str(args.workers),
    ]
    os.execvp(sys.executable, [sys.executable, "-m", *argv])
