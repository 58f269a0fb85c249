"""Certificates and transcripts as PDF (WeasyPrint, PDF/A-3b), with a QR code (segno) that
leads to the public verification page. One renderer and one style for every PDF we make."""

from __future__ import annotations

from typing import Any

import segno
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML

PDF_VARIANT = "pdf/a-3b"  # archival: fonts embedded, self-contained, as boards keep records


def qr_svg(url: str) -> str:
    return str(segno.make(url, error="m").svg_inline(scale=3, border=1))


def render_pdf(template: str, context: dict[str, Any], lang: str, base_url: str) -> bytes:
    with translation.override(lang):
        html = render_to_string(template, {**context, "LANG": lang})
    pdf: bytes = HTML(string=html, base_url=base_url).write_pdf(pdf_variant=PDF_VARIANT)
    return pdf
