"""The language in the address: English at its own addresses, Spanish under /es/; the switcher
keeps the page, a chosen language is remembered, search engines get both; the API answers in
the language asked for; Spanish formats (CIE-10, D and I, view captions); English fallbacks are
marked for screen readers and the notice names the parts (docs/decisions/0004-...)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import caches
from django.template import Context, Template
from django.test import Client

from tpatlas.kb import KnowledgeBase
from tpatlas.kb.schema import Text
from tpatlas.web.languages.paths import alternates, localize_url, same_page, split
from tpatlas.web.pages.localize import EnglishFallback, Localizer

SITE = "http://127.0.0.1:8000"  # SITE_URL in tests


@pytest.fixture
def client() -> Client:
    return Client()


def html(client: Client, path: str, **headers: Any) -> str:
    response = client.get(path, **headers)
    assert response.status_code == 200, (path, response.status_code)
    return str(response.content.decode())


@pytest.fixture(autouse=True)
def empty_page_cache() -> Iterator[None]:
    caches["pages"].clear()
    yield
    caches["pages"].clear()  # no page drawn here (some with texts made English) is kept


@pytest.fixture
def synced(db: Any) -> None:
    from tpatlas.ce.catalogue import load_catalogue
    from tpatlas.web.learning.sync import sync

    sync(load_catalogue())


# Addresses -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/es/muscles/piriformis/", ("es", "/muscles/piriformis/")),
        ("/es", ("es", "/")),
        ("/muscles/piriformis/", ("en", "/muscles/piriformis/")),
        ("/estimates/", ("en", "/estimates/")),
    ],
)
def test_the_prefix_names_the_language(path: str, expected: tuple[str, str]) -> None:
    assert split(path) == expected


def test_site_links_follow_the_language_but_shared_addresses_do_not() -> None:
    assert localize_url("/muscles/x/#tp-1", "es") == "/es/muscles/x/#tp-1"
    assert localize_url("/es/muscles/x/", "en") == "/muscles/x/"
    for shared in ("/api/v1/muscles", "/static/tpatlas/site.css", "https://example.org/x"):
        assert localize_url(shared, "es") == shared


def test_only_pages_have_alternates() -> None:
    assert alternates("/muscles/piriformis/") == {
        "en": "/muscles/piriformis/",
        "es": "/es/muscles/piriformis/",
    }
    assert alternates("/es/finder/") == {"en": "/finder/", "es": "/es/finder/"}
    for shared in ("/api/v1/muscles", "/data/knowledge-base.json", "/sitemap.xml", "/nowhere/"):
        assert alternates(shared) is None
    assert same_page("/es/finder/?zone=right-heel", "en") == "/finder/?zone=right-heel"


def test_english_pages_keep_their_addresses_and_spanish_ones_are_under_es(
    client: Client,
) -> None:
    english = html(client, "/muscles/hamstrings/")
    spanish = html(client, "/es/muscles/hamstrings/")
    assert '<html lang="en">' in english and "Hamstrings" in english
    assert '<html lang="es">' in spanish and "Isquiotibiales" in spanish
    # Links inside a Spanish page stay Spanish.
    assert 'href="/es/muscles/"' in spanish and 'href="/es/finder/"' in spanish
    assert 'href="/muscles/"' not in spanish
    assert client.get("/en/muscles/hamstrings/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/muscles/",
        "/muscles/by-pain/",
        "/muscles/piriformis/",
        "/conditions/",
        "/techniques/",
        "/connections/",
        "/finder/",
        "/finder/?zone=right-popliteal-fossa",
        "/search/?q=rodilla",
        "/search/suggest/?q=isquio",
        "/data/",
        "/handouts/?muscles=piriformis",
        "/api/",
        "/courses/",
        "/courses/reading-referral-charts/",
        "/verify/",
        "/webinars/",
        "/privacy/",
        "/accounts/login/",
        "/accounts/signup/",
    ],
)
def test_every_public_page_type_answers_in_spanish_under_es(
    client: Client, path: str, synced: None
) -> None:
    response = client.get(f"/es{path}")
    assert response.status_code == 200
    assert response["Content-Language"] == "es"
    page = response.content.decode()
    if "<html" in page:
        assert '<html lang="es">' in page
    # No link of the page leaves the language (the core writes /muscles/...; templates fix it).
    links = re.findall(r'href="(/[^"]*)"', page)
    english = [u for u in links if not u.startswith(("/es/", "/static/", "/data/", "/api/v1/"))]
    assert english == [], english


@pytest.mark.django_db
def test_the_finder_post_and_its_htmx_update_answer_in_spanish(client: Client) -> None:
    data = {"zone": "right-popliteal-fossa", "text": "dolor detrás de la rodilla"}
    page = client.post("/es/finder/", data).content.decode()
    assert '<html lang="es">' in page and "Posibles orígenes" in page
    fragment = client.post("/es/finder/", data, HTTP_HX_REQUEST="true")
    assert fragment["Content-Language"] == "es"
    hrefs = re.findall(r'href="(/[^"]*)"', fragment.content.decode())
    assert hrefs and all(h.startswith("/es/") for h in hrefs), hrefs
    assert fragment.get("HX-Push-Url", "/es/").startswith(("/es/finder/", "false"))


def test_the_signed_in_areas_ask_to_sign_in_in_the_page_language(db: Any) -> None:
    answer = Client().get("/es/me/")
    assert answer.status_code == 302
    assert answer["Location"].startswith("/es/accounts/login/")


# Remembering the choice ------------------------------------------------------------------------


def test_the_switcher_keeps_the_page_and_remembers_the_language(client: Client) -> None:
    page = html(client, "/muscles/hamstrings/")
    assert '<option value="en" lang="en" selected>English</option>' in page
    assert '<option value="es" lang="es">Español</option>' in page
    assert '<input name="next" type="hidden" value="/muscles/hamstrings/">' in page
    switched = client.post("/i18n/setlang/", {"language": "es", "next": "/finder/?zone=x"})
    assert switched.status_code == 302 and switched["Location"] == "/es/finder/?zone=x"
    cookie = switched.cookies["django_language"]
    assert cookie.value == "es" and int(cookie["max-age"]) >= 300 * 24 * 3600
    back = client.post("/i18n/setlang/", {"language": "en", "next": "/es/muscles/hamstrings/"})
    assert back["Location"] == "/muscles/hamstrings/"
    # A foreign address is never followed.
    away = client.post("/i18n/setlang/", {"language": "es", "next": "https://evil.example/"})
    assert "evil" not in away["Location"]


def test_a_remembered_spanish_choice_redirects_an_english_address(client: Client) -> None:
    client.cookies["django_language"] = "es"
    answer = client.get("/muscles/piriformis/?figure=female")
    assert answer.status_code == 302
    assert answer["Location"] == "/es/muscles/piriformis/?figure=female"
    assert "private" in answer["Cache-Control"] and "Cookie" in answer["Vary"]
    # The address of a language always answers in it, whatever the cookie.
    client.cookies["django_language"] = "en"
    assert "Piriformis" in html(client, "/muscles/piriformis/")
    assert '<html lang="es">' in html(client, "/es/muscles/piriformis/")


def test_accept_language_only_chooses_the_home_page_of_a_first_visit(client: Client) -> None:
    answer = client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")
    assert answer.status_code == 302 and answer["Location"] == "/es/"
    deep = client.get("/muscles/piriformis/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")
    assert deep.status_code == 200 and '<html lang="en">' in deep.content.decode()
    client.cookies["django_language"] = "en"  # chose English once: no redirect
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="es").status_code == 200


def test_a_cookie_cannot_make_an_english_address_spanish_for_everyone(client: Client) -> None:
    spanish_reader = Client()
    spanish_reader.cookies["django_language"] = "es"
    spanish_reader.get("/muscles/hamstrings/")  # a redirect: nothing cached
    spanish_reader.get("/es/muscles/hamstrings/")
    spanish_browser = Client(HTTP_ACCEPT_LANGUAGE="es")
    assert "Hamstrings" in html(spanish_browser, "/muscles/hamstrings/")
    english = html(client, "/muscles/hamstrings/")
    spanish = html(client, "/es/muscles/hamstrings/")
    assert '<html lang="en">' in english and '<html lang="es">' in spanish
    keys = [k for k in caches["pages"]._cache if ":hamstrings" in k or "page:" in k]  # type: ignore[attr-defined]
    assert any(":en:" in k for k in keys) and any(":es:" in k for k in keys)
    assert client.get("/es/muscles/hamstrings/").content.decode() == spanish


# Search engines --------------------------------------------------------------------------------


def test_pages_name_their_canonical_address_and_each_language(client: Client) -> None:
    page = html(client, "/es/muscles/hamstrings/?figure=female")
    assert f'<link rel="canonical" href="{SITE}/es/muscles/hamstrings/">' in page
    assert f'hreflang="en" href="{SITE}/muscles/hamstrings/"' in page
    assert f'hreflang="es" href="{SITE}/es/muscles/hamstrings/"' in page
    assert f'hreflang="x-default" href="{SITE}/muscles/hamstrings/"' in page
    assert page.count('rel="canonical"') == 1


@pytest.mark.django_db
def test_the_sitemap_lists_every_public_page_in_both_languages(
    client: Client, kb: KnowledgeBase, synced: None
) -> None:
    answer = client.get("/sitemap.xml")
    assert answer.status_code == 200 and answer["Content-Type"].startswith("application/xml")
    xml = answer.content.decode()
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    for mid in kb.muscles:
        assert f"{SITE}/muscles/{mid}/" in locs and f"{SITE}/es/muscles/{mid}/" in locs
    for path in ("/", "/finder/", "/conditions/", "/courses/reading-referral-charts/"):
        assert f"{SITE}{path}" in locs and f"{SITE}/es{path}" in locs
    entry = re.search(r"<url><loc>[^<]*/es/muscles/piriformis/</loc>(.*?)</url>", xml)
    assert entry is not None
    assert f'hreflang="en" href="{SITE}/muscles/piriformis/"' in entry.group(1)
    assert f'hreflang="x-default" href="{SITE}/muscles/piriformis/"' in entry.group(1)


# The API ---------------------------------------------------------------------------------------


def test_the_api_answers_in_the_language_asked_for(client: Client) -> None:
    english = client.get("/api/v1/conditions/plantar-fasciitis")
    assert english["Content-Language"] == "en"
    by_param = client.get("/api/v1/conditions/plantar-fasciitis?lang=es")
    by_header = client.get("/api/v1/conditions/plantar-fasciitis", HTTP_ACCEPT_LANGUAGE="es")
    for spanish in (by_param, by_header):
        assert spanish["Content-Language"] == "es"
        assert spanish.json()["name"] != english.json()["name"]
    assert "Accept-Language" in by_header["Vary"]
    # A browser's Spanish cookie does not decide the API's language.
    client.cookies["django_language"] = "es"
    assert client.get("/api/v1/conditions/plantar-fasciitis")["Content-Language"] == "en"


def test_an_unknown_api_language_is_a_422_naming_the_allowed_ones(client: Client) -> None:
    answer = client.get("/api/v1/muscles?lang=fr")
    assert answer.status_code == 422
    assert answer.json() == {
        "detail": "unknown lang 'fr'",
        "field": "lang",
        "allowed": ["en", "es"],
    }


def test_a_muscle_entry_comes_in_one_language_with_its_gaps_listed(client: Client) -> None:
    entry = client.get("/api/v1/muscles/hamstrings?lang=es").json()
    assert entry["lang"] == "es" and entry["name"] == "Isquiotibiales"
    assert isinstance(entry["summary"], str) and isinstance(entry["untranslated"], list)
    english = client.get("/api/v1/muscles/hamstrings").json()
    assert english["name"] == "Hamstrings" and english["untranslated"] == []
    listed = client.get("/api/v1/muscles?region=thigh&limit=100&lang=es").json()["items"]
    assert {"id": "hamstrings", "name": "Isquiotibiales"}.items() <= next(
        m for m in listed if m["id"] == "hamstrings"
    ).items()


def test_api_reads_are_cached_per_language(client: Client) -> None:
    english = client.get("/api/v1/regions").json()
    spanish = client.get("/api/v1/regions", HTTP_ACCEPT_LANGUAGE="es").json()
    assert english != spanish
    assert client.get("/api/v1/regions").json() == english


def test_search_and_finder_answers_link_to_pages_in_their_language(client: Client) -> None:
    found = client.get("/api/v1/search?q=isquiotibiales&lang=es").json()["results"]
    assert found and all(r["url"].startswith("/es/") for r in found if "url" in r)
    answer = client.post(
        "/api/v1/finder?lang=es",
        {"zones": ["right-popliteal-fossa"]},
        content_type="application/json",
    )
    assert answer["Content-Language"] == "es"


def test_openapi_documents_the_lang_parameter(client: Client) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    params = schema["paths"]["/api/v1/muscles/{muscle_id}"]["get"]["parameters"]
    lang = next(p for p in params if p["name"] == "lang")
    assert lang["schema"]["enum"] == ["en", "es"]


# Open data -------------------------------------------------------------------------------------


def test_the_open_data_comes_in_each_language(client: Client, settings: Any, tmp_path: Any) -> None:
    settings.DATA_DIR = tmp_path
    page = html(client, "/es/data/")
    assert "knowledge-base-csv-es.zip" in page and 'hreflang="es"' in page
    answer = client.get("/data/knowledge-base-csv-es.zip")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(answer.streaming_content)))  # type: ignore[attr-defined]
    rows = list(csv.DictReader(io.StringIO(archive.read("muscles.csv").decode())))
    assert next(r for r in rows if r["id"] == "hamstrings")["name"] == "Isquiotibiales"
    zones = archive.read("zones.csv").decode()
    assert "derecha" in zones


# Spanish formats and marked fallbacks ----------------------------------------------------------


def test_spanish_pages_say_cie_10_and_english_ones_icd_10(client: Client) -> None:
    spanish = html(client, "/es/conditions/")
    english = html(client, "/conditions/")
    assert "CIE-10 " in spanish and "ICD-10 " not in spanish
    assert "ICD-10 " in english and "CIE-10" not in english
    assert "CIE-10" in html(client, "/es/muscles/piriformis/")


def test_spanish_charts_mark_the_sides_d_and_i_with_spanish_captions(client: Client) -> None:
    spanish = html(client, "/es/muscles/infraspinatus/")
    english = html(client, "/muscles/infraspinatus/")
    labels = set(re.findall(r'class="side-label"[^>]*>(\w)<', spanish))
    assert labels and labels <= {"D", "I"}
    assert set(re.findall(r'class="side-label"[^>]*>(\w)<', english)) <= {"R", "L"}
    assert "Vista posterior" in spanish or "Vista anterior" in spanish
    finder = html(client, "/es/finder/")
    assert set(re.findall(r'class="side-label"[^>]*>(\w)<', finder)) <= {"D", "I"}
    assert "Vista anterior" in finder


def test_a_fallback_text_is_marked_english_for_screen_readers() -> None:
    loc = Localizer("es")
    shown = loc.text(Text(en="Calf"))
    assert isinstance(shown, EnglishFallback) and loc.fell_back == 1
    assert not isinstance(loc.text(Text(en="Knee", es="Rodilla")), EnglishFallback)
    template = Template("{% load languages %}<p>{{ a|fallback }} {{ b|fallback }}</p>")
    out = template.render(Context({"a": shown, "b": "<rodilla>"}))
    assert out == '<p><span lang="en">Calf</span> &lt;rodilla&gt;</p>'


def test_the_untranslated_notice_names_the_parts_shown_in_english(
    client: Client, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Piriformis's summary and first cause as if not yet translated."""
    piriformis = kb.muscles["piriformis"]
    untranslated = {piriformis.summary.en, piriformis.causes[0].en}
    real_get = Text.get

    def get(self: Text, lang: str) -> tuple[str, bool]:
        return (self.en, lang != "en") if self.en in untranslated else real_get(self, lang)

    monkeypatch.setattr(Text, "get", get)
    page = html(client, "/es/muscles/piriformis/")
    notice = re.search(r'class="untranslated-note" role="note">([^<]+)<', page)
    assert notice is not None
    assert notice.group(1) == "Aún sin traducir, por eso se muestra en inglés: Resumen, Causas."
    assert f'<p class="summary"><span lang="en">{piriformis.summary.en}</span></p>' in page
    assert '<li><span lang="en">' in page
    assert "untranslated-note" not in html(client, "/muscles/piriformis/")


def test_spanish_addresses_keep_the_method_rules_and_rate_limits(client: Client) -> None:
    from django.test import RequestFactory

    from tpatlas.web.rate_limit import bucket

    assert client.put("/es/muscles/piriformis/").status_code == 405
    assert client.options("/es/finder/")["Allow"] == "GET, HEAD, OPTIONS, POST"
    suggest = RequestFactory().get("/es/search/suggest/", {"q": "isq"})
    assert bucket(suggest) == "suggest"


def test_the_command_line_exports_the_csv_in_spanish(tmp_path: Any) -> None:
    from tpatlas.cli import main

    assert main(["export", "--format", "csv", "--lang", "es", "--out", str(tmp_path)]) == 0
    assert "Isquiotibiales" in (tmp_path / "muscles.csv").read_text(encoding="utf-8")
    assert "in one language (es)" in (tmp_path / "README.txt").read_text(encoding="utf-8")


def test_a_spanish_handout_links_to_the_spanish_page_with_spanish_charts(client: Client) -> None:
    page = html(client, "/es/handouts/?muscles=infraspinatus&lang=es")
    assert f"{SITE}/es/muscles/infraspinatus/" in page
    assert set(re.findall(r'class="side-label"[^>]*>(\w)<', page)) <= {"D", "I"}


def test_every_phrase_the_templates_translate_has_a_spanish_text() -> None:
    """A {% translate %} phrase missing from the Spanish catalogue shows in English on a Spanish
    page (the finder's handout box did)."""
    from pathlib import Path

    from django.utils import translation

    templates = Path(__file__).resolve().parents[2] / "src" / "tpatlas" / "web" / "templates"
    phrases = {
        m[1]
        for path in templates.rglob("*.html")
        for m in re.finditer(r'\{%\s*translate\s+"([^"]+)"', path.read_text(encoding="utf-8"))
    }
    with translation.override("es"):
        untranslated = sorted(p for p in phrases if translation.gettext(p) == p and p.strip())
    # words that are the same in Spanish
    same = {"Instructor", "No", "Python", "Subtotal", "Total", "Webinars"}
    assert not [p for p in untranslated if p not in same]
