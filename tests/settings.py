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
