"""Test settings: the real settings with a throwaway secret key (tests never need a real one).

The key is long and random-looking because the settings refuse weak keys when DEBUG is off, as
it is in tests. It is set, not defaulted: tests/conftest.py (or a developer's shell) may hold a
short placeholder, which the settings would rightly refuse.
"""

import os

TEST_SECRET_KEY = "tests-only-CdU72IvXn0qhBETKyZzG_R22ipDsZidPpWN6-rkzcEPcRzoeuaiay5zCJpGtxWk14ug"

os.environ["SECRET_KEY"] = TEST_SECRET_KEY
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API, tests only

from tpatlas.web.settings import *  # noqa: E402, F403

# The suite calls the finder far more often than one client may; tests of the limits turn them
# on with override_settings.
RATE_LIMITS = "off"

# Plain static names in tests: the live server of the browser tests serves static files from the
# source folders, where hashed names do not exist. A test checks the hashed names separately.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
