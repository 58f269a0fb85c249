"""The handout as a PDF: WeasyPrint like every PDF here, tagged for screen readers (PDF/UA-1)
with the document language set, on A4 or US Letter, the body chart's stylesheet inlined so the
charts print as on screen (and hatching still tells spillover from essential in black and
white)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import CSS, HTML

PDF_VARIANT = "pdf/ua-1"


@cache
def chart_css() -> str:
    found = finders.find("tpatlas/chart.css")
    return Path(str(found)).read_text(encoding="utf-8") if found else ""


@cache
def selfhelp_css() -> str:
    """The self-help illustrations' stylesheet: inside each SVG for the drawing, and on the page
    for the picture's place beside its cautions."""
    found = finders.find("tpatlas/selfhelp.css")
    return Path(str(found)).read_text(encoding="utf-8") if found else ""


# WeasyPrint draws inline SVG with its own renderer, which reads CSS from a <style> inside
# the SVG, not from the HTML page's stylesheet: each chart gets the chart rules, plus a darker
# essential fill so black-and-white printing keeps it apart from the hatched spillover.
PRINT_RULES = (
    ".bodychart .pattern-essential { color: #333; }"
    ".bodychart:not(.patterned) .zone.essential { fill: #333; stroke: #000; }"
)


def _style_svgs(html: str) -> str:
    style = f"<style>{chart_css()}{selfhelp_css()}{PRINT_RULES}</style>"
    return re.sub(r"(<svg\b[^>]*>)", lambda m: m.group(1) + style, html)


def render_handout(context: dict[str, Any], base_url: str) -> bytes:
    with translation.override(context["lang"]):
        page = render_to_string("handouts/handout_pdf.html", {**context, "LANG": context["lang"]})
    pdf: bytes = HTML(string=_style_svgs(page), base_url=base_url).write_pdf(
        pdf_variant=PDF_VARIANT, stylesheets=[CSS(string=selfhelp_css())]
    )
    return pdf
