"""``django-admin db_worker``: run queued tasks as they fall due, until stopped (Ctrl-C or
SIGTERM, after the task in hand finishes). ``make run`` starts it beside the web server."""

from __future__ import annotations

import signal
import time
from types import FrameType
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections
from django_tasks.utils import get_random_id

from tpatlas.web.taskqueue import worker


class Command(BaseCommand):
    help = "Run tasks from the database queue as they fall due."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")
        parser.add_argument("--queue-name", default="default", help="comma-separated queues")
        parser.add_argument(
            "--batch", action="store_true", help="run what is due now, then exit (cron, tests)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        self.running = True
        signal.signal(signal.SIGINT, self._stop)
        signal.signal(signal.SIGTERM, self._stop)
        queues = tuple(q.strip() for q in options["queue_name"].split(",") if q.strip())
        worker_id = get_random_id()
        if recovered := worker.recover_stale():
            self.stdout.write(f"Recovered {recovered} task(s) left running by a stopped worker.")
        self.stdout.write(f"Task worker {worker_id[:8]} running (queues: {', '.join(queues)}).")
        while self.running:
            close_old_connections()
            ran = worker.run_due(worker_id, queues)
            if options["batch"]:
                self.stdout.write(f"Ran {ran} task(s).")
                return
            if not ran:
                time.sleep(options["interval"])
        self.stdout.write("Task worker stopped.")

    def _stop(self, signum: int, frame: FrameType | None) -> None:
        self.running = False
