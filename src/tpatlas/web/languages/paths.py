"""Which language an address is in, and the address of the same page in another language.

English pages keep the addresses they always had (``/muscles/piriformis/``); each other language
puts its code in front (``/es/muscles/piriformis/``), with the same slugs, which are the muscles'
ids shared with the API and the data. The API, static and data files, the admin, allauth's app
API and webhooks have one address for every language.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

DEFAULT = "en"  # the language of unprefixed addresses (settings.LANGUAGE_CODE)
NATIVE_NAMES = {"en": "English", "es": "Español"}  # each language named in itself
# Addresses that are the same in every language, never prefixed by a link filter.
SHARED = ("/api/", "/static/", "/admin/", "/_allauth/", "/store/webhooks/", "/i18n/")


def codes() -> list[str]:
    return [code for code, _ in settings.LANGUAGES]


def split(path: str) -> tuple[str, str]:
    """The address's language and the address without its prefix.

    >>> split("/es/muscles/piriformis/"), split("/muscles/piriformis/"), split("/es")
    (('es', '/muscles/piriformis/'), ('en', '/muscles/piriformis/'), ('es', '/'))
    """
    for code in codes():
        if code == DEFAULT:
            continue
        if path.startswith(f"/{code}/"):
            return code, path[len(code) + 1 :]
        if path == f"/{code}":
            return code, "/"
    return DEFAULT, path


def path_language(path: str) -> str:
    return split(path)[0]


def unprefixed(path: str) -> str:
    return split(path)[1]


def localize_url(url: str, lang: str) -> str:
    """A site-relative link (``/muscles/x/#tp``) in ``lang``; anything else as it is.

    >>> localize_url("/muscles/x/#tp", "es"), localize_url("/es/muscles/x/", "en")
    ('/es/muscles/x/#tp', '/muscles/x/')
    >>> localize_url("/api/v1/muscles", "es"), localize_url("https://example.org/", "es")
    ('/api/v1/muscles', 'https://example.org/')
    """
    if not url.startswith("/") or url.startswith("//"):
        return url
    rest = unprefixed(url)
    if rest.startswith(SHARED) or lang == DEFAULT:
        return rest
    return f"/{lang}{rest}"


def alternates(path: str) -> dict[str, str] | None:
    """The address of the page at ``path`` in every language, or None when the address is no
    page of the per-language site (the API, a file, the admin) or no address at all."""
    current = path_language(path)
    try:
        with translation.override(current):
            match = resolve(path)
    except Resolver404:
        return None
    if not match.url_name:
        return None
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    out = {}
    for code in codes():
        with translation.override(code):
            try:
                out[code] = reverse(name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                return None
    return out if len(set(out.values())) > 1 else None


def same_page(url: str, lang: str) -> str:
    """``url`` (a site-relative address with its query) as the same page in ``lang``."""
    if not url.startswith("/") or url.startswith("//"):
        return url
    parts = urlsplit(url)
    found = alternates(parts.path)
    path = found[lang] if found and lang in found else localize_url(parts.path, lang)
    return path + (f"?{parts.query}" if parts.query else "")


def accepted_language(header: str) -> str | None:
    """The first of our languages that an Accept-Language header asks for, if any.

    >>> accepted_language("es-MX,es;q=0.9,en;q=0.5"), accepted_language("fr"), accepted_language("")
    ('es', None, None)
    """
    wanted = sorted(parse_accept_lang_header(header), key=lambda pair: -pair[1]) if header else ()
    for code, _ in wanted:
        base = code.split("-")[0].lower()
        if base in codes():
            return base
    return None
