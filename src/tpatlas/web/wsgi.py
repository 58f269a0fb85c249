"""WSGI entry point for gunicorn (what `tpatlas serve` and `make run` start)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tpatlas.web.settings")
application = get_wsgi_application()
