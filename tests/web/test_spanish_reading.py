"""A Spanish page reads in Spanish: what stays English (published titles, the API schema's
descriptions) is marked ``lang="en"`` and said, and English-only words are left out."""

from __future__ import annotations

import re

from django.test import Client


def _visible_outside_english(html: str) -> str:
    """The page's text with every ``lang="en"`` element, script and style removed."""
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    html = re.sub(r'<span lang="en">[^<]*</span>', "", html)
    return re.sub(r"<[^>]+>", " ", html)


def test_citations_keep_their_english_titles_marked_and_say_chapter_in_spanish(
    client: Client,
) -> None:
    html = client.get("/es/muscles/hamstrings/").content.decode()
    sources = html[html.index('<ol class="sources">') :]
    sources = sources[: sources.index("</ol>")]
    assert '<span lang="en">Travell JG, Simons DG. Myofascial Pain' in sources
    assert "Capítulo" in sources and "Chapter" not in _visible_outside_english(sources)
    english = client.get("/muscles/hamstrings/").content.decode()
    assert "Chapter" in english and "Capítulo" not in english


def test_a_spanish_monograph_leaves_out_the_english_everyday_names(client: Client) -> None:
    spanish = client.get("/es/muscles/masseter/").content.decode()
    english = client.get("/muscles/masseter/").content.decode()
    assert "chewing muscle" in english
    assert "chewing muscle" not in spanish
    gluteus = client.get("/es/muscles/gluteus-minimus/").content.decode()
    assert '<span lang="en">glute min</span>' in gluteus  # a clinical synonym, marked English


def test_the_spanish_api_page_says_its_descriptions_are_english(client: Client) -> None:
    html = client.get("/es/api/").content.decode()
    assert "están en inglés" in html
    assert re.search(r'<td lang="en">Finder<br><span class="muted">Rank the muscles', html)
    assert "están en inglés" not in client.get("/api/").content.decode()


def test_the_finder_api_answers_in_the_language_asked_for(client: Client) -> None:
    body = {"text": "me duele la nalga y baja por detrás del muslo"}
    spanish = client.post("/api/v1/finder?lang=es", body, content_type="application/json")
    english = client.post("/api/v1/finder", body, content_type="application/json")
    assert spanish["Content-Language"] == "es"
    es, en = spanish.json(), english.json()
    assert [r["muscle"] for r in es["results"]] == [r["muscle"] for r in en["results"]]
    first_es, first_en = es["results"][0], en["results"][0]
    assert first_es["name"] != first_en["name"]  # "Glúteo menor", not "Gluteus minimus"
    assert "zona" in first_es["reason"] and "zone" not in first_es["reason"]
    assert first_es["side"] == first_en["side"] == "either"  # ids and enums stay the same
    assert "diagnóstico" in es["notice"] and "diagnosis" in en["notice"]
