"""``{% selfhelp_figure muscle_id index lang %}``: the illustration of a self-help item, as inline
SVG, for the monograph and the handout. The picture is drawn once per item and language.

The knowledge base and the illustrations are checked against each other when first used (every
item has a picture), so a page never shows an item without one.
"""

from __future__ import annotations

from functools import cache

from django import template
from django.utils.safestring import SafeString, mark_safe

from tpatlas.selfhelp import load_catalog, render
from tpatlas.web.knowledge import kb
from tpatlas.web.pages.localize import page_language

register = template.Library()


@cache
def _svg(muscle_id: str, index: int, lang: str) -> str:
    k = kb()
    ill = load_catalog(k).for_item(k, muscle_id, index)
    return render(ill, lang) if ill is not None else ""


@register.simple_tag
def selfhelp_figure(muscle_id: str, index: int, lang: str = "") -> SafeString:
    """The SVG (alt text in ``lang``, else the page's language), or "" for an unknown item."""
    language = lang if lang in ("en", "es") else page_language()
    return mark_safe(_svg(str(muscle_id), int(index), language))
