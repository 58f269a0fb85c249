"""The finder page as a person uses it: the form is a POST (long descriptions and widespread pain
fit), the description stays after Find and keeps counting on Update, the limit is explained in
the page's language, and the drawing can be exported as CHOIR Body Map segments."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import unquote

import pytest
from django.test import Client

from tpatlas.kb import KnowledgeBase
from tpatlas.web.pages.finder_view import digest

pytestmark = pytest.mark.django_db


@pytest.fixture
def client() -> Client:
    # As a browser meets the site: CSRF is checked (the default test client skips it).
    return Client(enforce_csrf_checks=True)


def textarea(html: str) -> str:
    match = re.search(r'<textarea id="finder-text"[^>]*>(.*?)</textarea>', html, re.S)
    assert match, "no description box"
    return match.group(1)


def test_the_form_posts_without_a_csrf_token_and_is_answered(client: Client) -> None:
    html = client.get("/finder/").content.decode()
    assert 'method="post"' in html and 'hx-post="/finder/"' in html
    assert "csrfmiddlewaretoken" not in html  # the empty page stays cacheable
    page = client.post("/finder/", {"text": "pain in my sitting bone when I sit"})
    assert page.status_code == 200
    assert "Semimembranosus" in page.content.decode()
    assert not page.cookies  # nothing about the person is kept


def test_links_with_the_drawing_in_the_address_still_work(client: Client) -> None:
    html = client.get("/finder/?zone=right-popliteal-fossa").content.decode()
    assert "Popliteus" in html


def test_the_description_stays_after_find(client: Client) -> None:
    text = "deep ache behind my right knee when I sit, and my foot tingles"
    html = client.post("/finder/", {"text": text}).content.decode()
    assert textarea(html) == text
    assert f'name="heard" value="{digest(text)}"' in html
    assert 'value="right-popliteal-fossa" checked' in html  # the chart shows what was understood


def find_then_update(client: Client, text: str, drop: str = "") -> str:
    first = client.post("/finder/", {"text": text}).content.decode()
    marks = re.findall(r'name="zone" value="([a-z-]+)" checked', first)
    intensities = re.search(r'id="intensities" value="([^"]*)"', first)
    heard = re.search(r'name="heard" value="([^"]*)"', first)
    from_text = re.search(r'name="from_text" value="([^"]*)"', first)
    assert marks and intensities and heard and from_text
    return client.post(
        "/finder/",
        {
            "text": text,
            "zone": [z for z in marks if z != drop],
            "intensities": intensities.group(1),
            "heard": heard.group(1),
            "from_text": from_text.group(1),
        },
    ).content.decode()


def results(html: str) -> list[str]:
    return re.findall(r'class="finder-name" href="([^"]+)"', html)


def test_update_keeps_the_description_and_its_context(client: Client) -> None:
    text = "deep ache behind my right knee when I sit, and my foot is numb and tingling"
    found = client.post("/finder/", {"text": text}).content.decode()
    updated = find_then_update(client, text)
    assert textarea(updated) == text
    assert results(updated) == results(found)  # nothing changed, nothing moves
    assert "nerve" in updated.lower()  # the warning raised by "numb and tingling" stays
    assert "sitting" in updated.lower()  # "when I sit" still counts


def test_unmarking_a_zone_read_from_the_description_corrects_it(client: Client) -> None:
    text = "pain behind my right knee and in my right calf"
    updated = find_then_update(client, text, drop="right-popliteal-fossa")
    assert 'value="right-popliteal-fossa" checked' not in updated
    assert textarea(updated) == text


def test_a_new_description_keeps_the_zones_marked_by_hand(client: Client) -> None:
    html = client.post(
        "/finder/",
        {"text": "pain in my right heel", "zone": ["left-upper-trapezius-ridge"]},
    ).content.decode()
    assert 'value="left-upper-trapezius-ridge" checked' in html
    assert 'value="right-heel-plantar" checked' in html


def test_a_5000_character_description_is_read(client: Client) -> None:
    text = ("My right shoulder aches when I reach up and my neck is stiff in the morning. " * 70)[
        :5000
    ]
    page = client.post("/finder/", {"text": text})
    assert page.status_code == 200
    html = page.content.decode()
    assert textarea(html) == text.strip() and "finder-list" in html


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "the finder reads at most 10,000"), ("es", "10\xa0000")]
)
def test_a_description_over_the_limit_is_kept_with_a_message(
    client: Client, lang: str, words: str
) -> None:
    client.post("/i18n/setlang/", {"language": lang, "next": "/finder/"})
    text = "me duele la rodilla derecha. " * 400  # 11,600 characters
    finder = {"en": "/finder/", "es": "/es/finder/"}[lang]  # the address says the language
    html = client.post(finder, {"text": text, "zone": ["right-patella"]}).content.decode()
    assert words in html
    assert textarea(html) == text.strip()  # nothing lost
    assert 'value="right-patella" checked' in html and "finder-list" in html  # the drawing counts
    if lang == "es":
        assert "No se ha perdido nada" in html


def test_widespread_pain_with_100_zones_is_answered(client: Client, kb: KnowledgeBase) -> None:
    zones = sorted(kb.chart.zones)[:100]
    body = {"zone": zones, "intensities": ",".join(f"{z}:severe" for z in zones)}
    page = client.post("/finder/", body)
    assert page.status_code == 200
    html = page.content.decode()
    assert html.count('" checked>') >= 100 and "finder-list" in html
    assert "Marked (100)" in html


def test_the_live_update_answers_the_results_and_a_short_address(client: Client) -> None:
    body = {"zone": ["right-popliteal-fossa"], "intensities": "right-popliteal-fossa:severe"}
    partial = client.post("/finder/", body, headers={"HX-Request": "true"})
    assert partial.status_code == 200 and "<html" not in partial.content.decode()
    assert partial["HX-Push-Url"].startswith("/finder/?zone=right-popliteal-fossa")
    long_text = "my whole body hurts " * 200
    answer = client.post("/finder/", {"text": long_text}, headers={"HX-Request": "true"})
    assert answer["HX-Push-Url"] == "false"  # too long for an address: the last one stays


def test_scores_read_as_words_and_reasons_as_sentences(client: Client) -> None:
    html = client.post("/finder/", {"zone": ["right-popliteal-fossa"]}).content.decode()
    assert "Strongest match" in html and "/100" not in html
    assert "Its trigger points often cause pain in: back of the knee" in html
    assert "drawing (100%)" not in html
    client.post("/i18n/setlang/", {"language": "es", "next": "/finder/"})
    spanish = client.post("/es/finder/", {"zone": ["right-popliteal-fossa"]}).content.decode()
    assert "Mejor coincidencia" in spanish and "Sus puntos gatillo" in spanish


def export(html: str, name: str) -> Any:
    match = re.search(
        rf'href="data:application/json;charset=utf-8,([^"]+)" download="{name}"', html
    )
    assert match, name
    return json.loads(unquote(match.group(1).replace("&amp;", "&")))


def test_the_drawing_exports_as_choir_segments_and_zone_ids(client: Client) -> None:
    body = {"zone": ["right-popliteal-fossa", "left-instep"], "intensities": "left-instep:mild"}
    html = client.post("/finder/", body).content.decode()
    assert export(html, "pain-drawing-choir.json")["segments"] == [232, 237]
    zones = export(html, "pain-drawing-zones.json")["zones"]
    assert zones == {"right-popliteal-fossa": "moderate", "left-instep": "mild"}


def test_other_methods_than_get_and_post_are_refused(client: Client) -> None:
    assert client.options("/finder/")["Allow"] == "GET, HEAD, OPTIONS, POST"
    assert client.put("/finder/").status_code == 405
    assert client.trace("/finder/").status_code == 405
    head = client.head("/finder/")
    assert head.status_code == 200 and head.content == b""


def test_where_the_pain_stops_is_read_back_in_the_page_language(client: Client) -> None:
    """ "It never goes past the knee" is read back as a limit, not a place, in both languages."""
    text = "pain in my buttock and down the back of my thigh that never goes past the knee"
    html = client.post("/finder/", {"text": text}).content.decode()
    understood = html[html.index('class="understood"') :].split("</p>", 1)[0]
    assert "not below the knee" in understood and "Knee" not in understood
    texto = "dolor en la nalga y detrás del muslo que nunca pasa de la rodilla"
    html = client.post("/es/finder/", {"text": texto}).content.decode()
    assert "no por debajo de la rodilla" in html


@pytest.mark.parametrize(
    ("address", "text", "plain"),
    [
        ("/finder/", "pain in my forearm on the pinky side", "little-finger side"),
        ("/es/finder/", "dolor en el antebrazo por el lado del meñique", "lado del meñique"),
    ],
)
def test_the_sides_are_read_back_in_plain_words(
    client: Client, address: str, text: str, plain: str
) -> None:
    html = client.post(address, {"text": text}).content.decode()
    understood = re.search(r'<p class="understood">(.*?)</p>', html, re.S)
    assert understood and plain in understood.group(1)
    assert "ulnar" not in understood.group(1).split("→")[0]


@pytest.mark.parametrize(
    ("lang", "text", "left", "said", "side"),
    [
        (
            "en",
            "Pain in the pit of my stomach after meals.",
            "Pain in my left hip after meals.",
            "Marked (",
            ", right",
        ),
        (
            "es",
            "Me duele la boca del estómago después de comer.",
            "Me duele la cadera izquierda después de comer.",
            "Marcado (",
            ", derecha",
        ),
    ],
)
def test_the_marked_list_names_no_side_when_none_was_said(
    client: Client, lang: str, text: str, left: str, said: str, side: str
) -> None:
    """With no side said, the zones are drawn on one side only because a side is needed to draw
    them; the list of marked places must not claim that side."""
    prefix = "/es" if lang == "es" else ""
    html = client.get(f"{prefix}/finder/", {"text": text}).content.decode()
    line = html.split(said, 1)[1].split("</p>", 1)[0]
    assert "</strong>" in line and side not in line
    sided = client.get(f"{prefix}/finder/", {"text": left}).content.decode()
    assert (", left" if lang == "en" else ", izquierda") in sided.split(said, 1)[1].split("</p>")[0]
