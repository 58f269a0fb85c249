"""axe-core on the pages people read most, in English and under /es/ in Spanish: no violations."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page

from tests.browser.a11y import violations

pytestmark = pytest.mark.django_db(transaction=True)
PAGES = ["/", "/muscles/", "/muscles/piriformis/", "/muscles/hamstrings/", "/conditions/",
         "/techniques/", "/connections/", "/handouts/?muscles=soleus", "/courses/",
         "/search/?q=piriformis"]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_main_pages_have_no_axe_violations(live_server: Any, page: Page, lang: str) -> None:
    found = {}
    for path in PAGES:
        page.goto(f"{live_server.url}{'' if lang == 'en' else '/' + lang}{path}")
        assert page.evaluate("document.documentElement.lang") == lang, path
        if problems := violations(page):
            found[path] = problems
    assert found == {}
