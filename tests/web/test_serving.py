"""How `tpatlas serve` runs gunicorn: the application is loaded once in the master (so broken
data stops it before it listens and workers share the loaded knowledge base), each worker gets
its own search index, and no instance shares a control socket with another."""

from __future__ import annotations

from typing import Any

from tpatlas.web import gunicorn_conf


def test_the_app_is_preloaded_and_no_control_socket_is_shared() -> None:
    assert gunicorn_conf.preload_app is True
    assert gunicorn_conf.control_socket_disable is True


def test_each_worker_builds_its_search_index_after_forking(monkeypatch: Any) -> None:
    built: list[bool] = []
    monkeypatch.setattr("tpatlas.web.knowledge.search_index", lambda: built.append(True))
    gunicorn_conf.post_fork(None, None)
    assert built == [True]


def test_loading_the_wsgi_module_loads_the_data_and_builds_the_open_data_files(
    monkeypatch: Any,
) -> None:
    import importlib
    import sys

    from tpatlas.web import exports

    calls: list[str] = []
    monkeypatch.setattr(exports, "ensure", lambda: calls.append("exports") or {})
    monkeypatch.delitem(sys.modules, "tpatlas.web.wsgi", raising=False)
    wsgi = importlib.import_module("tpatlas.web.wsgi")
    assert calls == ["exports"] and callable(wsgi.application)
