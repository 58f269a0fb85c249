"""WSGI entry point for gunicorn (what `tpatlas serve` and `make run` start).

Loading this module loads everything a request needs: with gunicorn's ``preload_app`` that
happens once, in the master, before any worker is forked: the knowledge base (validated) and
the open-data files of the current data version.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tpatlas.web.settings")
application = get_wsgi_application()

from tpatlas.web import exports  # noqa: E402  (needs the settings configured above)
from tpatlas.web.knowledge import kb  # noqa: E402

kb()
exports.ensure()
