"""The gunicorn master draws what every first page needs before it forks (web/warm.py), for a
site answering to any host name, and a page that fails to draw never stops it."""

from __future__ import annotations

from typing import Any

import pytest

from tpatlas.web.knowledge import kb
from tpatlas.web.pages import monograph_charts
from tpatlas.web.warm import warm


@pytest.mark.django_db(transaction=True)
def test_warming_draws_a_monograph_in_both_languages(settings: Any) -> None:
    settings.ALLOWED_HOSTS = ["atlas.example.org"]
    monograph_charts._CACHE.clear()
    assert warm() > 0
    group = next(m.id for m in kb().muscles.values() if m.members)
    assert {key[2] for key in monograph_charts._CACHE if key[1] == group} == {"en", "es"}


@pytest.mark.django_db(transaction=True)
def test_a_page_that_fails_while_warming_does_not_stop_the_server(
    settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the database is not migrated yet")

    monkeypatch.setattr("tpatlas.web.pages.views.monograph", broken)
    assert warm() > 0  # the error became a 500 inside, not an exception out of warm()
