"""HTTP methods: HEAD answers like GET, OPTIONS lists what an address takes, and anything else
an address does not take is a 405 with `Allow` (JSON under the API), never a CSRF page."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

API_READS = [
    "/api/v1/muscles",
    "/api/v1/muscles/hamstrings",
    "/api/v1/muscles/hamstrings/trigger-points",
    "/api/v1/zones",
    "/api/v1/conditions",
    "/api/v1/search?q=knee",
    "/api/v1/openapi.json",
]
# The finder's form posts (it only reads); tests/web/test_finder_page.py checks its methods.
PAGES = ["/", "/muscles/", "/muscles/hamstrings/", "/search/?q=knee", "/api/"]
PAGE_ALLOW = "GET, HEAD, OPTIONS"
WRITES = ["PUT", "PATCH", "DELETE", "POST"]


@pytest.fixture
def client() -> Client:
    # As a browser meets the site: CSRF is checked (the default test client skips it).
    return Client(enforce_csrf_checks=True)


def call(client: Client, method: str, path: str) -> Any:
    return client.generic(method, path, data=b"{}", content_type="application/json")


@pytest.mark.parametrize("path", API_READS)
def test_head_on_an_api_read_answers_like_get_without_a_body(client: Client, path: str) -> None:
    get, head = client.get(path), client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    for header in ("Content-Type", "Content-Length", "ETag", "Cache-Control"):
        assert head.get(header) == get.get(header), header


@pytest.mark.parametrize("path", PAGES)
def test_head_on_a_page_answers_without_a_body(client: Client, path: str) -> None:
    head = client.head(path)
    assert head.status_code == 200 and head.content == b""
    assert head["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("path", PAGES)
def test_options_on_a_page_lists_the_methods_and_does_not_echo_it(
    client: Client, path: str
) -> None:
    response = client.options(path)
    assert response.status_code == 200 and response.content == b""
    assert response["Allow"] == PAGE_ALLOW


@pytest.mark.parametrize("path", PAGES)
def test_trace_on_a_page_is_a_405(client: Client, path: str) -> None:
    response = client.trace(path)
    assert response.status_code == 405 and response["Allow"] == PAGE_ALLOW
    assert b"<html" not in response.content


@pytest.mark.parametrize("method", WRITES)
@pytest.mark.parametrize("path", PAGES)
def test_writes_to_a_page_are_405_not_a_csrf_failure(
    client: Client, path: str, method: str
) -> None:
    response = call(client, method, path)
    assert response.status_code == 405, response.content[:200]
    assert response["Allow"] == PAGE_ALLOW


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE", "POST", "TRACE"])
@pytest.mark.parametrize("path", [*API_READS[:3], "/api/v1/openapi.json", "/api/v1/"])
def test_writes_to_an_api_read_are_a_json_405(client: Client, path: str, method: str) -> None:
    response = call(client, method, path)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content)
    assert method in body["detail"] and body["allowed"] == ["GET", "HEAD", "OPTIONS"]


def test_the_finder_api_takes_post_only_and_says_so(client: Client) -> None:
    get = client.get("/api/v1/finder")
    assert get.status_code == 405 and get["Allow"] == "OPTIONS, POST"
    assert get.json()["allowed"] == ["OPTIONS", "POST"]
    options = client.options("/api/v1/finder")
    assert options.status_code == 200 and options["Allow"] == "OPTIONS, POST"
    body = json.dumps({"text": "pain in my heel"})
    post = client.post("/api/v1/finder", data=body, content_type="application/json")
    assert post.status_code == 200 and post.json()["results"]


@pytest.mark.parametrize("path", ["/api/v1/muscles", "/api/v1/openapi.json"])
def test_options_on_an_api_read_lists_its_methods(client: Client, path: str) -> None:
    response = client.options(path)
    assert response.status_code == 200 and response.content == b""
    assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_set_language_still_takes_a_post_and_refuses_put(client: Client) -> None:
    assert client.options("/i18n/setlang/")["Allow"] == "GET, HEAD, OPTIONS, POST"
    assert call(client, "PUT", "/i18n/setlang/").status_code == 405
    # Switching language takes no CSRF token (pages carry none, so they can be cached).
    assert client.post("/i18n/setlang/", {"language": "es"}).status_code == 302


def test_an_unknown_address_stays_a_404_whatever_the_method(client: Client) -> None:
    for method in ("GET", "PUT", "DELETE"):
        response = call(client, method, "/no-such-page/")
        assert response.status_code == 404, method


def test_the_middleware_itself_drops_a_head_body_whatever_the_server() -> None:
    """The test client drops HEAD bodies on its own; this checks the middleware does too (the
    GET's Content-Length stays), for plain and streaming answers."""
    from django.http import HttpResponse, StreamingHttpResponse
    from django.test import RequestFactory

    from tpatlas.web.security import HttpMethodsMiddleware

    seen: list[str] = []

    def plain(request: Any) -> HttpResponse:
        seen.append(request.method)
        response = HttpResponse(b"0123456789")
        response["Content-Length"] = "10"
        return response

    answer: Any = HttpMethodsMiddleware(plain)(RequestFactory().head("/muscles/"))
    assert seen == ["GET"]  # the view saw a GET, so it answered exactly as to a GET
    assert answer.content == b"" and answer["Content-Length"] == "10"
    streaming = HttpMethodsMiddleware(lambda r: StreamingHttpResponse(iter([b"a", b"b"])))
    answer = streaming(RequestFactory().head("/data/"))
    assert b"".join(answer.streaming_content) == b""
