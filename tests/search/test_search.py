"""Search behaviour a reader notices: lay words, typos, safe input, highlights, grouping."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import load_bench
from tpatlas.kb import KnowledgeBase
from tpatlas.search import SearchIndex, build_index


@pytest.fixture(scope="module")
def index(kb: KnowledgeBase) -> SearchIndex:
    return build_index(kb)


def ids(index: SearchIndex, q: str, n: int = 5) -> list[str]:
    return [r.id for r in index.search(q, limit=n)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sitting bone", "semimembranosus"),
        ("hammies", "hamstrings"),
        ("tennis elbow", "lateral-epicondylalgia"),
        ("semimembranosis", "semimembranosus"),
        ("infraspinatis", "infraspinatus"),
        ("TMJ", "temporomandibular-disorder"),
        ("TMD", "temporomandibular-disorder"),
        # as close to "leather" as to "levator": a word of a name wins
        ("levater scapulae", "levator-scapulae"),
    ],
)
def test_lay_words_and_typos_find_what_a_clinician_expects(
    index: SearchIndex, query: str, expected: str
) -> None:
    assert expected in ids(index, query)


@pytest.mark.parametrize(
    "query", ['"back of knee"', 'knee"', "AND", "*", "NEAR(", "knee OR", '""', "-", "^knee"]
)
def test_operators_and_quotes_in_input_are_searched_as_text(index: SearchIndex, query: str) -> None:
    index.search(query)  # must not raise
    if "knee" in query:
        assert index.search(query), query


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=80))
def test_any_text_returns_a_list_without_error(index: SearchIndex, text: str) -> None:
    results = index.search(text)
    assert isinstance(results, list)
    assert all(r.kind and r.id and r.title for r in results)


def test_matches_are_highlighted_in_snippets(index: SearchIndex) -> None:
    [first, *_] = index.search("popliteal fossa", kinds=("muscle",))
    assert "<mark>" in first.snippet


def test_results_can_be_limited_to_one_kind(index: SearchIndex) -> None:
    results = index.search("knee", kinds=("condition",))
    assert results and {r.kind for r in results} == {"condition"}


def test_every_word_must_match_before_any_word_may(index: SearchIndex) -> None:
    both = ids(index, "inner knee", 20)
    assert "vastus-medialis" in both


def test_the_query_set_reaches_90_percent_in_the_top_five(index: SearchIndex) -> None:
    report = load_bench("search_eval").evaluate(index)
    assert report["cases"] >= 60
    assert report["top5"] >= 0.9, report["misses"]


@pytest.mark.parametrize(
    ("query", "first"),
    [("piriformis", "piriformis"), ("SCM", "sternocleidomastoid"), ("psoas", "psoas-major")],
)
def test_an_exact_name_comes_first(index: SearchIndex, query: str, first: str) -> None:
    assert ids(index, query)[0] == first


def test_a_matching_symptom_or_cause_brings_its_muscle_first(index: SearchIndex) -> None:
    results = index.search("teeth grinding", limit=5)
    muscles = [r.id for r in results if r.kind == "muscle"]
    assert "masseter" in muscles
    first_sentence = next(i for i, r in enumerate(results) if "/" in r.id)
    assert all(r.kind != "muscle" for r in results[first_sentence:])


def test_a_correctly_spelled_word_is_not_corrected_into_another(index: SearchIndex) -> None:
    assert index.correct("tendinitis") == "tendinitis"
    assert "meningitis-or-haemorrhage" not in ids(index, "achilles tendinitis")
