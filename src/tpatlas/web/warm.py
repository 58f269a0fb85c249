"""Work every worker would otherwise do on its first request, done once in the gunicorn master
before it forks (``when_ready`` in gunicorn_conf.py): a monograph is requested in English and in
Spanish, which imports every view module, compiles the templates and draws what all monographs
share (figures, muscle art, self-help poses, connection layouts). Measured: a new worker's first
monograph took about 3 seconds; after this it takes what any other page takes.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.db import connections
from django.test import Client

from tpatlas.web.knowledge import kb


def _host() -> str:
    """A host the site answers to (a request for another one is refused before any drawing)."""
    named = [h for h in settings.ALLOWED_HOSTS if h != "*" and not h.startswith(".")]
    return named[0] if named else "localhost"


def warm() -> float:
    """Fill the process's lazy caches; returns the seconds it took (for the server log)."""
    start = time.perf_counter()
    k = kb()
    group = next(m.id for m in k.muscles.values() if m.members)
    # An error here (a database not migrated yet, say) must not stop the server: the page then
    # simply draws on its first real request, as it would without warming.
    client = Client(HTTP_HOST=_host(), raise_request_exception=False)
    try:
        for path in (f"/muscles/{group}/", f"/es/muscles/{group}/", "/", "/finder/"):
            client.get(path, secure=settings.SECURE_SSL_REDIRECT)
    finally:
        connections.close_all()  # nothing opened here may cross the fork
    return time.perf_counter() - start
