"""Spanish readers see the everyday names they use ("gemelos", "músculo de la masticación"):
on the monograph, on the handout and in search; English pages keep their own."""

from __future__ import annotations

import re
import subprocess
from typing import Any

from django.test import Client


def pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(done.stdout.decode().split())


def _also_called(html: str) -> str:
    found = re.search(r'<p class="aka">(.*?)</p>', html, flags=re.S)
    assert found, "no 'also called' line"
    return found.group(1)


def test_a_spanish_monograph_gives_the_spanish_everyday_names(client: Client) -> None:
    line = _also_called(client.get("/es/muscles/masseter/").content.decode())
    assert line.startswith("También llamado: ")
    assert "músculo de la masticación, músculo de la mandíbula" in line
    assert "chewing muscle" not in line and "jaw muscle" not in line


def test_the_english_synonyms_follow_marked_english(client: Client) -> None:
    line = _also_called(client.get("/es/muscles/gastrocnemius/").content.decode())
    names, synonyms = line.split("; ")
    assert "gemelos, músculo de la pantorrilla" in names and "calf" not in names
    assert synonyms == '<span lang="en">gastrocs, triceps surae (with soleus)</span>'


def test_an_old_spanish_name_is_given_where_there_is_no_lay_one(client: Client) -> None:
    line = _also_called(client.get("/es/muscles/piriformis/").content.decode())
    assert "piramidal de la pelvis" in line and "deep buttock muscle" not in line


def test_the_english_page_does_not_show_the_spanish_names(client: Client) -> None:
    html = client.get("/muscles/masseter/").content.decode()
    assert _also_called(html) == 'Also called: <span class="lay">chewing muscle, jaw muscle</span>'
    assert "masticación" not in html
    assert "gemelos" not in client.get("/muscles/gastrocnemius/").content.decode()


def test_a_spanish_handout_names_the_muscle_as_people_say_it(db: Any) -> None:
    answer = Client().get("/handouts/handout.pdf?muscles=gastrocnemius,masseter&lang=es")
    text = pdf_text(answer.content)
    assert "(gemelos, músculo de la pantorrilla)" in text
    assert "(músculo de la masticación, músculo de la mandíbula)" in text
    assert "calf muscle" not in text and "chewing muscle" not in text
    english = pdf_text(Client().get("/handouts/handout.pdf?muscles=masseter&lang=en").content)
    assert "(chewing muscle, jaw muscle)" in english and "masticación" not in english


def test_a_spanish_search_by_an_everyday_name_finds_the_muscle_first(client: Client) -> None:
    for query, muscle in [
        ("músculo de la masticación", "masseter"),
        ("piramidal de la pelvis", "piriformis"),
        ("primer radial externo", "extensor-carpi-radialis-longus"),  # words that are places too
        ("piso pelvico", "pelvic-floor"),  # accents never matter
    ]:
        html = client.get("/es/search/", {"q": query}).content.decode()
        first = re.search(r'href="/es/muscles/([a-z-]+)/"', html[html.index("<main") :])
        assert first and first.group(1) == muscle, query


def test_the_api_lists_the_spanish_everyday_names(client: Client) -> None:
    rows = client.get("/api/v1/muscles?limit=200").json()["items"]
    masseter = next(r for r in rows if r["id"] == "masseter")
    assert masseter["lay_names"] == ["chewing muscle", "jaw muscle"]
    assert masseter["lay_names_es"] == ["músculo de la masticación", "músculo de la mandíbula"]
    entry = client.get("/api/v1/muscles/gastrocnemius?lang=es").json()
    assert entry["lay_names_es"] == ["gemelos", "músculo de la pantorrilla"]
