"""For every template: the languages with each one's name in itself and the address of this
page in it (the switcher, ``hreflang`` alternates), and the page's canonical address.

Absolute addresses are on SITE_URL, not the request's host: pages are cached per address,
language and currency, whatever host asked first."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation

from tpatlas.web.languages.paths import DEFAULT, NATIVE_NAMES, alternates, codes


def languages(request: HttpRequest) -> dict[str, Any]:
    found = alternates(request.path)
    current = (translation.get_language() or DEFAULT).split("-")[0]
    site = settings.SITE_URL
    links = [
        {
            "code": code,
            "name": NATIVE_NAMES.get(code, code),
            "url": site + found[code] if found else "",
            "current": code == current,
        }
        for code in codes()
    ]
    return {
        "LANGUAGE_LINKS": links,
        "HREFLANG": links if found else [],
        "X_DEFAULT_URL": site + found[DEFAULT] if found else "",
        "CANONICAL_URL": site + found[current] if found and current in found else "",
    }
