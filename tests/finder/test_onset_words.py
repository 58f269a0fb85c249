"""How it started, in the words of the ninth reading audit: a sudden injury ("felt something
pop", "lunged for a ball", "came off the bike", "sentí un pinchazo", "me pasó jugando") and a
bout of work or sport ("after a weekend of hammering fence posts", "tras un día de poda")."""

from __future__ import annotations

import pytest

from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase


def onset(kb: KnowledgeBase, text: str) -> str | None:
    query, _ = query_from_text(kb.chart, text)
    return query.onset


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I lunged for a ball and now the back of my right ankle hurts.", "strain"),
        ("I felt something pop in my right calf while backpedaling.", "strain"),
        ("I felt a sharp catch in my lower back on the left while turning a patient.", "strain"),
        ("My right wrist is killing me after coming off the bike.", "strain"),
        ("Sentí un pinchazo en la parte de atrás del muslo izquierdo corriendo al bus.", "strain"),
        ("Me duele el muslo por dentro. Me pasó jugando microfútbol al patear.", "strain"),
        ("Bad pain in my left forearm after a weekend of hammering fence posts.", "overuse"),
        ("Aching under my right foot after a day of snowshoeing.", "overuse"),
        ("Me duele el hombro tras un día de poda en el huerto.", "overuse"),
    ],
)
def test_how_it_started(kb: KnowledgeBase, text: str, expected: str) -> None:
    assert onset(kb, text) == expected


def test_a_day_at_the_desk_is_no_bout_of_work(kb: KnowledgeBase) -> None:
    assert onset(kb, "My neck aches after a day at the desk.") != "overuse"


def test_years_ago_dates_another_event(kb: KnowledgeBase) -> None:
    text = "My knees were replaced years ago and don't bother me. My left heel hurts at the back."
    assert onset(kb, text) != "gradual"
    assert onset(kb, "My lower back has hurt for years.") == "gradual"
