"""The monograph and the patient handout show each item's picture with its cautions beside it."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client

from tpatlas.kb import KnowledgeBase
from tpatlas.selfhelp import load_catalog


def figures(html: str) -> list[str]:
    return re.findall(r'<svg xmlns="http://www.w3.org/2000/svg" class="selfhelp-fig"[^>]*>', html)


def test_a_monograph_shows_a_picture_beside_every_item(db: Any, kb: KnowledgeBase) -> None:
    html = Client().get("/muscles/hamstrings/").content.decode()
    assert len(figures(html)) == len(kb.muscles["hamstrings"].self_help) == 4
    assert "tpatlas/selfhelp.css" in html
    # The cautions sit next to the picture, inside the same block.
    block = html.split('<div class="sh-visual">')[1].split("<ol>")[0]
    assert "selfhelp-fig" in block and 'class="cautions"' in block


def test_a_member_shows_its_groups_pictures(db: Any) -> None:
    html = Client().get("/muscles/biceps-femoris/").content.decode()
    assert len(figures(html)) == 4


def test_the_spanish_page_reads_the_spanish_alt_text(db: Any, kb: KnowledgeBase) -> None:
    client = Client()
    html = client.get("/es/muscles/piriformis/").content.decode()
    ill = load_catalog(kb).for_item(kb, "piriformis", 0)
    assert ill is not None and f'aria-label="{ill.alt.es}"' in html


def test_the_handout_preview_and_pdf_carry_the_pictures(db: Any, kb: KnowledgeBase) -> None:
    from django.template.loader import render_to_string

    from tpatlas.web.handouts.builder import Request, build
    from tpatlas.web.handouts.pdf import _style_svgs

    page = Client().get("/handouts/?muscles=piriformis&lang=es").content.decode()
    assert len(figures(page)) == 2 and "tpatlas/selfhelp.css" in page
    ill = load_catalog(kb).for_item(kb, "piriformis", 1)
    assert ill is not None and ill.alt.es in page
    context = build(kb, Request(("piriformis",), lang="es"), "https://atlas.example.org")
    html = _style_svgs(render_to_string("handouts/handout_pdf.html", {**context, "LANG": "es"}))
    # WeasyPrint reads CSS only from inside an SVG: each picture carries the stylesheet.
    assert html.count('class="selfhelp-fig"') == 2
    assert re.search(r'class="selfhelp-fig"[^>]*><style>[^<]*\.selfhelp-fig \.muscle', html)
    answer = Client().get("/handouts/handout.pdf?muscles=piriformis&lang=es")
    assert answer.status_code == 200 and answer["Content-Type"] == "application/pdf"
