"""What every command shares: loading the knowledge base, failing with one clear line, and
argument types that refuse bad values with a message instead of a traceback."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from pathlib import Path

from tpatlas.kb import KnowledgeBase, build_knowledge_base


class Failed:
    """Whether the running command has already reported a failure: a closed pipe while it
    prints its report must not turn the failure into success (``tpatlas validate | head``)."""

    code = 0


def load(data: str | None = None) -> KnowledgeBase:
    return build_knowledge_base(Path(data) if data else None)


def use_django() -> None:
    """Django's templates and translations without a server (a handout, a Spanish answer): a
    throwaway key will do. Already set up when called from a running Django (tests)."""
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tpatlas.web.settings")
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()


def fail(command: str, message: str, code: int = 2) -> int:
    """Print ``tpatlas COMMAND: message`` on stderr and return the exit code."""
    Failed.code = code
    print(f"tpatlas {command}: {message}", file=sys.stderr)
    return code


def int_in(low: int, high: int, what: str) -> type[int]:
    """An argparse type for an integer between ``low`` and ``high``, with a clear message."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{what} must be a whole number, not {text!r}"
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{what} must be between {low} and {high}, not {value}"
            )
        return value

    parse.__name__ = what  # argparse names the type in its messages
    return parse  # type: ignore[return-value]


def non_empty(what: str) -> type[str]:
    """An argparse type for text that must say something."""

    def parse(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"{what} is empty; say where it hurts")
        return text

    return parse  # type: ignore[return-value]
