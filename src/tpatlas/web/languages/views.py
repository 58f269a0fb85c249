"""The language switcher and the sitemap."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.i18n import set_language

from tpatlas.web.languages.paths import DEFAULT, codes, same_page

COOKIE_AGE = 365 * 24 * 3600  # the choice is remembered for the next visit


def switch_language(request: HttpRequest) -> HttpResponse:
    """Django's set_language (which sets the language cookie), with ``next`` made the same page
    in the chosen language: the switcher on /es/muscles/x/ choosing English lands on
    /muscles/x/, with the query (a finder's marks) kept."""
    lang = request.POST.get("language", "")
    next_url = request.POST.get("next", "")
    if request.method == "POST" and lang in codes() and next_url:
        post = request.POST.copy()
        post["next"] = same_page(next_url, lang)
        request.POST = post  # type: ignore[assignment]
    return set_language(request)


def _public_pages() -> list[tuple[str, tuple[str, ...]]]:
    """Every page worth finding, as (URL name, arguments): knowledge, courses, policies."""
    from tpatlas.ce.catalogue import load_catalogue
    from tpatlas.web.knowledge import kb
    from tpatlas.web.store.models import Policy

    fixed = ["home", "muscle-index", "pain-regions", "conditions", "connections", "finder",
             "techniques", "handouts", "data", "api-docs", "course-list", "webinar-list",
             "verify-lookup", "privacy"]  # fmt: skip
    pages: list[tuple[str, tuple[str, ...]]] = [(name, ()) for name in fixed]
    pages += [("muscle-detail", (mid,)) for mid in sorted(kb().muscles)]
    pages += [("course-detail", (cid,)) for cid in sorted(load_catalogue().courses)]
    pages += [("policy", (kind,)) for kind in Policy.objects.values_list("kind", flat=True)]
    return pages


def sitemap(request: HttpRequest) -> HttpResponse:
    """sitemap.xml: every public page in each language, with the others as xhtml:link
    alternates and English as x-default (addresses on SITE_URL, like the canonical links)."""
    urls = []
    for name, args in _public_pages():
        links = {}
        for code in codes():
            with translation.override(code):
                links[code] = settings.SITE_URL + reverse(name, args=args)
        alternates = [*links.items(), ("x-default", links[DEFAULT])]
        urls += [{"loc": loc, "alternates": alternates} for loc in links.values()]
    return render(
        request, "sitemap.xml", {"urls": urls}, content_type="application/xml; charset=utf-8"
    )
