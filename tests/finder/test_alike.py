"""Members of one group that a description cannot tell apart share a row (finder/alike.py): the
four suboccipital muscles are one suggestion, not four, so other plausible muscles stay in view;
the page, the API and the CLI name the members folded in."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client

from tpatlas.cli import main
from tpatlas.finder import find
from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase

SKULL = "pain at the base of my skull"
SUBOCCIPITALS = {
    "rectus-capitis-posterior-major",
    "rectus-capitis-posterior-minor",
    "obliquus-capitis-superior",
    "obliquus-capitis-inferior",
}


def rows(kb: KnowledgeBase, text: str, limit: int = 10) -> list[tuple[str, set[str]]]:
    query, understood = query_from_text(kb.chart, text)
    result = find(kb, query, limit=limit, understood=understood)
    return [(m.muscle.id, {a.id for a in m.alike}) for m in result.matches]


def test_muscles_with_one_pattern_are_one_suggestion(kb: KnowledgeBase) -> None:
    found = rows(kb, SKULL)
    sub = [(mid, alike) for mid, alike in found if mid in SUBOCCIPITALS]
    assert len(sub) == 1, found  # one row, not four
    mid, alike = sub[0]
    assert {mid} | alike == SUBOCCIPITALS
    shown = [mid for mid, _ in found]
    assert len(shown) == len(set(shown)) == 10  # the list is still full, with other muscles


def test_members_that_fit_differently_keep_their_own_rows(kb: KnowledgeBase) -> None:
    # Upper and middle trapezius are one group but refer to different places.
    found = dict(rows(kb, "pain on top of my shoulder running up the side of my neck"))
    assert "upper-trapezius" in found
    assert "middle-trapezius" not in found["upper-trapezius"]


def test_no_muscle_is_shown_twice(kb: KnowledgeBase) -> None:
    for text in (SKULL, "ache between my shoulder blade and spine", "pain under my heel"):
        found = rows(kb, text, limit=20)
        every = [mid for mid, alike in found for mid in (mid, *alike)]
        assert len(every) == len(set(every)), text


@pytest.mark.django_db
def test_the_api_lists_them_in_the_answer_language() -> None:
    body = json.dumps({"text": "dolor en la base del cráneo", "lang": "es"})
    data = Client().post("/api/v1/finder", data=body, content_type="application/json").json()
    folded = [r for r in data["results"] if r["alike"]]
    assert folded, data["results"]
    names = {a["muscle"]: a["name"] for r in folded for a in r["alike"]}
    assert set(names) & SUBOCCIPITALS
    assert all(a["url"].startswith("/muscles/") for r in folded for a in r["alike"])
    assert "Oblicuo" in " ".join(names.values()) or "Recto" in " ".join(names.values())


@pytest.mark.django_db
def test_the_page_links_each_member() -> None:
    html = Client().post("/finder/", {"text": SKULL}).content.decode()
    line = re.search(r'<p class="alike">(.*?)</p>', html, re.S)
    assert line, "no row names the members that also fit"
    assert "Also fits, same group" in line.group(1)
    assert len(re.findall(r'href="/muscles/[a-z-]+/"', line.group(1))) == 3
    spanish = Client().post("/es/finder/", {"text": "dolor en la base del cráneo"})
    assert "También encaja, mismo grupo" in spanish.content.decode()


def test_the_cli_names_them(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "--text", SKULL]) == 0
    out = capsys.readouterr().out
    assert re.search(r"Also fits, same group: .*Rectus capitis posterior", out), out
