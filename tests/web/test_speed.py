"""Pages and API reads are rendered once and revalidated with 304; answers are compressed;
static files have hashed names and a year's cache; expensive addresses are rate-limited; the
open-data files are built once per data version."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import Client, override_settings

from tpatlas.kb.version import data_version


@pytest.fixture(autouse=True)
def empty_caches() -> None:
    for alias in ("default", "pages", "finder"):
        caches[alias].clear()


def test_a_page_is_rendered_once_then_revalidated_with_304(client: Client) -> None:
    first = client.get("/muscles/hamstrings/")
    etag = first["ETag"]
    assert first.status_code == 200 and data_version() in etag
    assert "must-revalidate" in first["Cache-Control"]
    again = client.get("/muscles/hamstrings/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and not again.content


def test_a_cached_page_is_served_compressed_when_the_client_accepts_it(client: Client) -> None:
    plain = client.get("/muscles/piriformis/").content
    packed = client.get("/muscles/piriformis/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert packed["Content-Encoding"] == "gzip" and len(packed.content) < len(plain) / 3
    assert gzip.decompress(packed.content) == plain


def test_each_language_has_its_own_cached_page(client: Client) -> None:
    english = client.get("/muscles/hamstrings/").content.decode()
    spanish = client.get("/es/muscles/hamstrings/").content.decode()
    assert "Hamstrings" in english and "Isquiotibiales" in spanish
    assert client.get("/muscles/hamstrings/").content.decode() == english


def test_pages_with_a_query_are_not_cached_but_api_reads_are(client: Client) -> None:
    client.get("/search/?q=knee")
    client.get("/api/v1/muscles?region=thigh")
    keys = list(caches["pages"]._cache)  # type: ignore[attr-defined]
    assert len(keys) == 1  # the API read only


def test_dynamic_pages_are_compressed_on_the_fly(client: Client) -> None:
    response = client.get("/search/?q=knee", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"


def test_the_same_finder_question_is_answered_once(client: Client) -> None:
    body = json.dumps({"text": "deep ache behind my right knee when I sit"})
    first = client.post("/api/v1/finder", data=body, content_type="application/json")
    second = client.post("/api/v1/finder", data=body, content_type="application/json")
    assert first.content == second.content and first.status_code == 200
    assert len(caches["finder"]._cache) == 1  # type: ignore[attr-defined]
    assert not caches["pages"]._cache  # type: ignore[attr-defined]  # never the shared cache


@override_settings(RATE_LIMITS="finder=3/60")
def test_a_client_over_its_limit_gets_429_with_retry_after(client: Client) -> None:
    answers = [
        client.post(
            "/api/v1/finder",
            data=json.dumps({"text": f"knee {i}"}),
            content_type="application/json",
        )
        for i in range(4)
    ]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert 0 < int(answers[-1]["Retry-After"]) <= 61
    assert "Too many requests" in answers[-1].json()["detail"]
    other = Client(REMOTE_ADDR="10.0.0.9")
    fresh = other.post("/api/v1/finder", data='{"text": "knee"}', content_type="application/json")
    assert fresh.status_code == 200


@override_settings(RATE_LIMITS="suggest=2/60")
def test_search_suggestions_are_rate_limited_too(client: Client) -> None:
    codes = [client.get("/search/suggest/", {"q": f"kne{i}"}).status_code for i in range(3)]
    assert codes == [200, 200, 429]


def test_open_data_files_are_built_once_into_the_data_folder(
    client: Client, settings: object
) -> None:
    from tpatlas.web import exports

    paths = exports.ensure()
    folder = Path(settings.DATA_DIR) / "exports" / data_version()  # type: ignore[attr-defined]
    assert set(paths) == set(exports.DOWNLOADS) and all(p.parent == folder for p in paths.values())
    before = {p: p.stat().st_mtime_ns for p in paths.values()}
    client.get("/data/knowledge-base.yaml")
    assert {p: p.stat().st_mtime_ns for p in exports.ensure().values()} == before


def test_static_files_have_hashed_names(client: Client) -> None:
    from tpatlas.web import settings as production

    with override_settings(STORAGES=production.STORAGES):
        html = client.get("/").content.decode()
    assert "/static/tpatlas/site." in html and ".css" in html
    assert "/static/tpatlas/site.css" not in html  # a content hash sits in the name
    caches["pages"].clear()
    assert "/static/tpatlas/site.css" in client.get("/").content.decode()  # tests: plain names
