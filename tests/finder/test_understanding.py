"""The finder reads descriptions the way a clinician would: directions bind to the part they
qualify, circumstances are context, each place keeps its own side, and one muscle that explains
every place named comes first."""

from __future__ import annotations

import pytest

from tests.conftest import load_bench
from tpatlas.finder import find
from tpatlas.finder.query import query_from_text
from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase

TRUNK = {"upper-lumbar", "lower-lumbar", "mid-thoracic", "loin", "flank", "upper-chest"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an ache on the back of my lower arm", {"dorsal-forearm-radial", "dorsal-forearm-ulnar"}),
        ("the front part of my thigh is sore", {"anterior-thigh", "upper-anterior-thigh"}),
        ("pain at the rear of my shoulder", {"posterior-shoulder"}),
        ("my knee hurts on the inside", {"medial-knee"}),
        ("the back of my upper arm", {"posterior-upper-arm", "lower-posterior-arm"}),
        ("me duele la cara interna de la rodilla", {"medial-knee"}),
        ("dolor en la parte posterior del muslo", {"posterior-thigh"}),
        ("the bottom tip of my shoulder blade", {"inferior-scapula"}),
    ],
)
def test_a_direction_binds_to_the_part_it_qualifies(
    kb: KnowledgeBase, text: str, expected: set[str]
) -> None:
    kinds = {k for t in understand(text, kb.chart).terms for k in t.kinds}
    assert expected <= kinds and not kinds & TRUNK, kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my neck hurts after hours at a desk", "posterolateral-neck"),
        ("pain in my hip when lying on my back", "lateral-hip"),
        ("knee pain on long drives, worse after running", "patella"),
        ("calf ache when I sleep on my side", "upper-calf"),
        ("heel pain, I'm on my feet all day", "heel-plantar"),
        ("headache with my head tilted to one side at the computer", "temple"),
    ],
)
def test_circumstances_are_context_not_places(kb: KnowledgeBase, text: str, place: str) -> None:
    u = understand(text, kb.chart)
    kinds = {k for t in u.terms for k in t.kinds}
    assert place in kinds
    assert not {"upper-lumbar", "flank", "instep", "foot-top-medial"} & kinds - {
        place,
        "lower-lumbar",
    }


def test_sit_ups_are_not_sitting(kb: KnowledgeBase) -> None:
    assert "sitting" not in understand("low back pain since doing sit-ups", kb.chart).aggravators


def test_pain_that_runs_down_is_not_running(kb: KnowledgeBase) -> None:
    u = understand("pain that runs down the back of my arm", kb.chart)
    assert "running" not in u.aggravators


def test_each_place_keeps_the_side_said_next_to_it(kb: KnowledgeBase) -> None:
    u = understand("pain in my right shoulder and my left knee", kb.chart)
    sides = {t.phrase: t.side for t in u.terms}
    assert sides["in the shoulder"] == "right" and sides["knee"] == "left"


def test_right_as_an_adverb_is_not_a_side(kb: KnowledgeBase) -> None:
    u = understand("pain right behind my left knee", kb.chart)
    assert {t.side for t in u.terms} == {"left"}


def test_no_side_means_either_side_and_says_so(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "pain behind the knee")
    result = find(kb, query).to_json(kb)
    assert {r["side"] for r in result["results"]} == {"either"}
    assert any("either side" in n for n in result["notes"])


def test_one_muscle_explaining_every_place_comes_first(kb: KnowledgeBase) -> None:
    text = "headache at my temple, pain down the side of my neck and on top of my shoulder"
    query, understood = query_from_text(kb.chart, text)
    assert find(kb, query, understood=understood).matches[0].muscle.id == "upper-trapezius"


def test_the_pain_guides_record_their_sources(kb: KnowledgeBase) -> None:
    assert len(kb.pain_guides) >= 40
    for guide in kb.pain_guides.values():
        assert guide.sources and guide.literature and guide.muscles


def test_a_common_culprit_outranks_a_rare_muscle_with_a_tidy_pattern(kb: KnowledgeBase) -> None:
    query, understood = query_from_text(kb.chart, "pain at the bottom of my heel")
    ranked = [m.muscle.id for m in find(kb, query, understood=understood).matches]
    assert ranked.index("soleus") < ranked.index("abductor-digiti-minimi-foot")


def test_independent_cases_reach_90_percent_in_the_top_five(kb: KnowledgeBase) -> None:
    bench = load_bench("finder_eval")
    report = bench.evaluate(kb, bench.SETS["independent cases"])
    assert report["cases"] >= 80
    assert report["top5"] >= 0.9, report["misses"]
    assert report["subsets"]["es"]["cases"] >= 20 and report["subsets"]["multi"]["cases"] >= 40
