"""Test settings: the real settings with a throwaway secret key (tests never need a real one)."""

import os

os.environ.setdefault("SECRET_KEY", "test-secret-key")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API, tests only

from tpatlas.web.settings import *  # noqa: F403
