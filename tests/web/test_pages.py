"""Pages as a reader meets them: every section, working links, language, 404 help."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client

from tpatlas.kb import KnowledgeBase
from tpatlas.kb.index import load_knowledge_base

SECTIONS = [
    "anatomy",
    "trigger-points",
    "indications",
    "causes",
    "differentials",
    "connections",
    "self-help",
    "techniques",
    "sources",
]


@pytest.fixture
def client() -> Client:
    return Client()


def test_home_shows_the_coverage(client: Client, kb: KnowledgeBase) -> None:
    html = client.get("/").content.decode()
    assert "What the atlas covers today" in html
    assert f"<strong>{len(kb.conditions)}</strong>" in html


def test_the_index_lists_every_muscle_by_region_and_a_to_z(
    client: Client, kb: KnowledgeBase
) -> None:
    html = client.get("/muscles/").content.decode()
    for mid in kb.muscles:
        assert f'href="/muscles/{mid}/"' in html
    assert 'id="region-thigh"' in html and "A to Z" in html


@pytest.mark.parametrize("muscle_id", sorted(load_knowledge_base().muscles))
def test_every_monograph_has_every_section(client: Client, muscle_id: str) -> None:
    response = client.get(f"/muscles/{muscle_id}/")
    assert response.status_code == 200
    html = response.content.decode()
    for section in SECTIONS:
        assert f'id="{section}"' in html, section
    assert 'class="zone essential"' in html


def test_the_hamstrings_page_has_what_the_reference_page_has(client: Client) -> None:
    html = client.get("/muscles/hamstrings/").content.decode()
    for text in [
        "Semimembranosus",
        "Semitendinosus",
        "Biceps femoris",
        "Ischial tuberosity".lower(),
        "L5, S1, S2",
        "Basic functional movement",
        "Buttock crease (inferior gluteal fold)",
        "Back of the knee (popliteal fossa)",
        "Spray and stretch",
        "Wet needling",
        "Sciatica",
        "ICD-10",
        "Where references disagree",
    ]:
        assert text.lower() in html.lower(), text
    # each trigger point is drawn with essential and spillover zones and an X
    articles = re.findall(r'<article class="trigger-point".*?</article>', html, re.S)
    assert len(articles) == 4
    for article in articles:
        assert 'class="zone essential"' in article and 'class="zone spillover"' in article
        assert 'class="tp-mark"' in article


def test_every_connection_link_leads_to_a_page(client: Client, kb: KnowledgeBase) -> None:
    for m in kb.muscles.values():
        for c in m.connections:
            assert client.get(f"/muscles/{c.muscle}/").status_code == 200, (m.id, c.muscle)


def test_the_page_carries_open_graph_tags_and_plain_share_links(client: Client) -> None:
    html = client.get("/muscles/piriformis/").content.decode()
    assert '<meta property="og:title" content="Piriformis' in html
    assert "facebook.com/sharer" in html and "mailto:?subject=Piriformis" in html
    assert "<script" not in html.split("</head>")[1]  # no third-party scripts in the body


def test_an_unknown_muscle_gets_a_404_with_near_names(client: Client) -> None:
    response = client.get("/muscles/hamstring/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'href="/muscles/hamstrings/"' in html and "Did you mean" in html


def test_a_spanish_monograph_is_entirely_in_spanish(client: Client) -> None:
    client.post("/i18n/setlang/", {"language": "es", "next": "/muscles/hamstrings/"})
    html = client.get("/muscles/hamstrings/", follow=True).content.decode()  # to /es/...
    assert "Anatomía" in html and "Isquiotibiales" in html
    assert "untranslated-note" not in html  # every prose field has its Spanish
    assert "tuberosidad isquiática" in html


def test_finder_warnings_and_questions_follow_the_page_language(client: Client) -> None:
    url = "/finder/?zone=right-popliteal-fossa&flag=fever"
    english = client.get(url).content.decode()
    assert "Pain with fever can mean an infection" in english
    client.post("/i18n/setlang/", {"language": "es", "next": "/finder/"})
    spanish = client.get(url, follow=True).content.decode()  # to /es/finder/?...
    assert "El dolor con fiebre puede deberse a una infección" in spanish
    assert "trombosis venosa profunda" in spanish  # the zone warning for the back of the knee
    assert "¿Ha tenido cáncer alguna vez?" in spanish and "Estar sentado o conducir" in spanish
    assert "Trombosis venosa profunda" in spanish and "· derecha" in spanish
    assert "no un diagnóstico" in spanish and "not a diagnosis" not in spanish
    assert "Si se sospecha una TVP" in spanish  # the condition's own "see a clinician" advice
    assert "Sus puntos gatillo suelen causar dolor en: parte trasera de la rodilla" in spanish


def test_every_safety_text_has_a_spanish_version() -> None:
    from tpatlas.finder.data import load
    from tpatlas.kb import load_knowledge_base

    safety, context = load("safety"), load("context")
    for entry in safety["general"].values():
        assert entry.get("question_es") and entry.get("advice_es")
    for section in ("zones", "sensations"):
        assert all(e.get("message_es") for e in safety[section].values()), section
    for section in ("aggravators", "onset", "sensations"):
        assert all(e.get("label_es") for e in context[section].values()), section
    kb = load_knowledge_base()
    untranslated = [
        c.id for c in kb.conditions.values() if c.see_clinician and not c.see_clinician.es
    ]
    assert untranslated == []


def test_conditions_and_techniques_pages_list_everything(client: Client, kb: KnowledgeBase) -> None:
    conditions = client.get("/conditions/").content.decode()
    assert all(f'id="{c}"' in conditions for c in kb.conditions)
    techniques = client.get("/techniques/").content.decode()
    assert all(f'id="{t}"' in techniques for t in kb.techniques)
    assert "Evidence" in techniques


def test_the_region_guide_lists_referrers_essential_first(client: Client) -> None:
    html = client.get("/muscles/by-pain/").content.decode()
    section = html.split('id="pain-knee-back"')[1].split("</section>")[0]
    names = re.findall(r'href="/muscles/([a-z-]+)/"', section)
    assert {"biceps-femoris", "popliteus"} <= set(names)
    first_spillover = section.find("spillover")
    assert section.find("biceps-femoris") < first_spillover


def test_home_shows_coverage_by_region(client: Client) -> None:
    html = client.get("/").content.decode()
    assert "Coverage by body region" in html and 'href="/muscles/#region-head-face"' in html


def test_search_page_groups_results_by_kind(client: Client) -> None:
    html = client.get("/search/?q=knee").content.decode()
    assert 'id="kind-muscle"' in html and 'id="kind-condition"' in html
    assert "<mark>" in html


def test_a_matching_cause_is_headed_by_its_muscle(client: Client) -> None:
    html = client.get("/search/?q=teeth+grinding").content.decode()
    causes = html.split('id="kind-cause"', 1)[1]
    assert '<a href="/muscles/masseter/#causes">Masseter</a>' in causes


def test_search_suggestions_as_you_type(client: Client) -> None:
    html = client.get("/search/suggest/?q=hams").content.decode()
    assert 'href="/muscles/hamstrings/"' in html


def test_every_page_has_the_search_box(client: Client) -> None:
    for url in ["/", "/muscles/", "/muscles/piriformis/", "/finder/", "/conditions/"]:
        assert 'role="search"' in client.get(url).content.decode(), url


def test_the_data_page_offers_downloads_with_licence_and_citation(client: Client) -> None:
    html = client.get("/data/").content.decode()
    assert "CC BY-SA 4.0" in html and "Suggested citation" in html
    response = client.get("/data/knowledge-base.json")
    body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    assert response.status_code == 200 and json.loads(body)["muscles"]
    assert "attachment" in response["Content-Disposition"]
    archive = client.get("/data/knowledge-base-csv.zip")
    assert archive.status_code == 200
    assert b"".join(archive.streaming_content)[:2] == b"PK"  # type: ignore[attr-defined]
    assert client.get("/data/secrets.txt").status_code == 404


def test_the_translatable_notes_and_notice_match_the_finder_core() -> None:
    from tpatlas.finder.engine import NO_ZONES_NOTE, STORY_ALONE_NOTE
    from tpatlas.finder.engine import NOTICE as CORE_NOTICE
    from tpatlas.finder.query import NO_SIDE_NOTE
    from tpatlas.web.pages.finder_language import NOTES, NOTICE

    assert set(NOTES) == {NO_SIDE_NOTE, NO_ZONES_NOTE, STORY_ALONE_NOTE}
    assert NOTICE == CORE_NOTICE


def test_the_translatable_reason_phrases_match_the_finder_factors() -> None:
    from tpatlas.finder.factors import CONTEXT, ESSENTIAL, LOCAL, NEARBY, SPILLOVER
    from tpatlas.web.pages.finder_language import REASONS

    factors = {
        "essential": ESSENTIAL,
        "spillover": SPILLOVER,
        "nearby": NEARBY,
        "local": LOCAL,
        "context": CONTEXT,
    }
    assert {key: f.reason for key, f in factors.items()} == REASONS


def test_a_red_flag_in_the_description_is_shown_before_any_muscle(client: Client) -> None:
    page = client.get("/finder/", {"text": "my calf is swollen, red and warm after a long flight"})
    html = page.content.decode()
    assert "See a doctor today" in html and "Because you wrote" in html and "“swollen”" in html
    assert html.index("blood clot") < html.index('class="finder-list"')
    client.post("/i18n/setlang/", {"language": "es", "next": "/finder/"})
    text = "dolor de cabeza con fiebre y rigidez de nuca"
    spanish = client.get("/finder/", {"text": text}, follow=True).content.decode()
    assert "Urgencia" in spanish and "Porque escribió" in spanish and "“rigidez de nuca”" in spanish


@pytest.mark.django_db
def test_a_source_says_what_was_checked_against_it_with_links() -> None:
    html = Client().get("/es/muscles/supinator/").content.decode()
    note = re.search(r'<span class="source-note">(.*?)</span>', html, re.S)
    assert note and "Indicaciones y causas comprobadas también con" in note.group(1)
    assert re.search(r'<a href="https?://[^"]+"', note.group(1))
