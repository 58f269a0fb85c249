"""Patient handouts: one or several muscles, English or Spanish, A4 or Letter, as a preview page,
a tagged PDF and from the command line; bad input is a clear message."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from tpatlas.cli.app import main

QUERY = "muscles=piriformis,upper-trapezius&paper=letter&therapist=Dana%20Lee&note=Twice%20a%20day"


def pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(done.stdout.decode().split())


def pdf_info(pdf: bytes, tmp: Path) -> str:
    path = tmp / "handout.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True).stdout.decode()


def test_a_two_muscle_handout_has_every_section(db: Any, tmp_path: Path) -> None:
    answer = Client().get(f"/handouts/handout.pdf?{QUERY}&lang=en")
    assert answer.status_code == 200 and answer["Content-Type"] == "application/pdf"
    text = pdf_text(answer.content)
    for expected in ("Read first", "Piriformis", "deep buttock muscle", "Upper trapezius",
                     "What is going on", "Where the pain is felt", "What you can do", "Take care",
                     "When to stop and see a clinician", "Dana Lee", "Twice a day",
                     "/muscles/piriformis/", "/muscles/upper-trapezius/"):  # fmt: skip
        assert expected in text, expected
    info = pdf_info(answer.content, tmp_path)
    assert re.search(r"Tagged:\s+yes", info) and "612 x 792" in info  # US Letter, tagged


def test_a_spanish_a4_handout_reads_in_spanish(db: Any, tmp_path: Path) -> None:
    answer = Client().get("/handouts/handout.pdf?muscles=piriformis&lang=es&paper=a4")
    text = pdf_text(answer.content)
    assert "Lea primero" in text and "Qué está pasando" in text and "Read first" not in text
    assert "deep buttock muscle" not in text  # the English everyday name stays on English ones
    assert "(A4)" in pdf_info(answer.content, tmp_path)


def test_the_qr_code_leads_to_the_online_page(db: Any, settings: Any) -> None:
    import segno

    from tpatlas.web.handouts.builder import Request, build
    from tpatlas.web.knowledge import kb

    settings.SITE_URL = "https://atlas.example.org"
    page = build(kb(), Request(("soleus",)), settings.SITE_URL)["sections"][0]
    target = "https://atlas.example.org/muscles/soleus/"
    assert page["url"] == target
    assert page["qr"] == segno.make(target, error="m").svg_inline(scale=3, border=1)


def test_the_page_previews_before_download_and_keeps_the_choices(db: Any) -> None:
    page = Client().get(f"/handouts/?{QUERY}&lang=es").content.decode()
    assert "/handouts/handout.pdf?" in page and "Dana Lee" in page
    assert 'value="letter" selected' in page
    chooser = Client().get("/handouts/").content.decode()
    assert 'name="muscle" value="piriformis"' in chooser


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("muscles=nope", "No muscle in the atlas has the id nope"),
        ("muscles=piriformis&paper=a5", "Unknown paper size a5"),
        ("muscles=", "Choose at least one muscle"),
        ("muscles=piriformis&lang=fr", "Unknown language"),
    ],
)
def test_bad_requests_say_what_to_fix(db: Any, query: str, message: str) -> None:
    page = Client().get(f"/handouts/?{query}")
    pdf = Client().get(f"/handouts/handout.pdf?{query}")
    assert page.status_code == pdf.status_code == 400
    assert message in page.content.decode() and message in pdf.content.decode()


def test_a_monograph_offers_a_handout(db: Any) -> None:
    page = Client().get("/muscles/soleus/").content.decode()
    assert "/handouts/?muscles=soleus" in page


def test_the_command_line_writes_the_same_handout(tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "h.pdf"
    code = main(["handout", "--muscles", "piriformis,soleus", "--lang", "es", "--paper",
                 "letter", "--out", str(out)])  # fmt: skip
    assert code == 0 and "Lea primero" in pdf_text(out.read_bytes())
    assert main(["handout", "--muscles", "nope", "--out", str(out)]) == 2
    assert "No muscle in the atlas has the id nope" in capsys.readouterr().err
    assert main(["handout", "--muscles", "soleus", "--paper", "a3", "--out", str(out)]) == 2
