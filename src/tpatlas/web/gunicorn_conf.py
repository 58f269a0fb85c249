"""Gunicorn settings for `tpatlas serve` (passed as ``--config python:tpatlas.web.gunicorn_conf``).

The application is loaded once in the master (``preload_app``): the knowledge base is read and
validated there and shared with the workers by fork, so no worker pays a slow first request and
a broken data folder stops the server before it listens. The search index holds a SQLite
connection, which must not cross a fork, so each worker builds its own right after forking.
Several `tpatlas serve` instances run side by side, so none uses gunicorn's control socket
(stopping one would delete the socket the others share).
"""

from __future__ import annotations

from typing import Any

preload_app = True
control_socket_disable = True
accesslog = "-"
graceful_timeout = 5


def when_ready(server: Any) -> None:
    """Before the workers fork: the lazy work of a first request, done once (web/warm.py)."""
    from tpatlas.web.warm import warm

    try:
        server.log.info("Warmed the page drawings in %.1f s", warm())
    except Exception as exc:  # an optimisation: never a reason not to serve
        server.log.warning("Could not warm the page drawings: %s", exc)


def post_fork(server: Any, worker: Any) -> None:
    from tpatlas.web.knowledge import search_index

    search_index()
