"""Template filters: ``{{ text|fallback }}`` marks a text shown in English on a page in another
language (``<span lang="en">``, so a screen reader switches voice), and ``{{ url|in_language }}``
puts a site link (``/muscles/x/``, as the core packages write them) in the page's language.

Registered as the ``languages`` library in settings (TEMPLATES' ``libraries``)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import translation
from django.utils.html import format_html

from tpatlas.web.languages.paths import DEFAULT, localize_url
from tpatlas.web.pages.localize import EnglishFallback

register = template.Library()


@register.filter(is_safe=True)
def fallback(value: Any) -> Any:
    if isinstance(value, EnglishFallback):
        return format_html('<span lang="en">{}</span>', str(value))
    return value


@register.filter
def in_language(url: Any) -> str:
    return localize_url(str(url), (translation.get_language() or DEFAULT).split("-")[0])
