"""Ranking rules of the finder, as tables; the worked cases of docs/algorithms/finder.md."""

from __future__ import annotations

import pytest

from tpatlas.finder import build_query, find
from tpatlas.finder.factors import GUIDE, PRIOR
from tpatlas.finder.guides import guide_priors
from tpatlas.finder.score import Match
from tpatlas.kb import KnowledgeBase


def top(kb: KnowledgeBase, zones: list[str], **options: object) -> list[str]:
    result = find(kb, build_query(kb.chart, zones, **options))  # type: ignore[arg-type]
    return [m.muscle.id for m in result.matches]


def test_worked_case_one_zone_behind_the_knee(kb: KnowledgeBase) -> None:
    """docs/algorithms/finder.md, case 1: 1.0 coverage x 0.9 pattern size x 1.02 prior x the
    pain-guide lift for the back of the knee (second of seven)."""
    result = find(kb, build_query(kb.chart, ["right-popliteal-fossa"]))
    bf = next(m for m in result.matches if m.muscle.id == "biceps-femoris")
    guide = kb.pain_guides["back-of-knee"].muscles
    lift = 1 + GUIDE.weight * (1 - guide.index("biceps-femoris") / len(guide))
    assert bf.score == pytest.approx(1.0 * 0.9 * PRIOR["common"] * lift)
    assert bf.side == "right" and bf.essential == ("right-popliteal-fossa",)


def test_an_essential_match_outranks_a_spillover_match(kb: KnowledgeBase) -> None:
    ranked = top(kb, ["right-instep"])
    assert ranked[0] == "gastrocnemius"  # essential; soleus only spills over to the instep
    assert ranked.index("soleus") > 0


def test_the_side_of_the_drawing_is_the_side_of_the_result(kb: KnowledgeBase) -> None:
    result = find(kb, build_query(kb.chart, ["left-gluteal-fold"]))
    assert {m.side for m in result.matches} == {"left"}
    assert all(z.startswith("left-") for m in result.matches for z in m.essential + m.spillover)


def test_matching_context_lifts_a_muscle(kb: KnowledgeBase) -> None:
    plain = find(kb, build_query(kb.chart, ["right-popliteal-fossa"]))
    downhill = find(kb, build_query(kb.chart, ["right-popliteal-fossa"], aggravators=["stairs"]))
    score = {m.muscle.id: m.score for m in plain.matches}
    lifted = {m.muscle.id: m for m in downhill.matches}
    assert lifted["popliteus"].score > score["popliteus"]
    assert lifted["popliteus"].context == ("Stairs or climbing",)


def test_numbness_lifts_muscles_that_can_squeeze_a_nerve_and_warns(
    kb: KnowledgeBase,
) -> None:
    from tpatlas.finder.query import query_from_text

    def run(text: str) -> tuple[dict[str, float], list[str]]:
        query, understood = query_from_text(kb.chart, text)
        result = find(kb, query, limit=60, understood=understood)
        return {m.muscle.id: m.score for m in result.matches}, [f.id for f in result.flags]

    plain, plain_flags = run("pain in my thumb and index finger")
    numb, numb_flags = run("numbness in my thumb and index finger")
    assert numb["pronator-teres"] > plain["pronator-teres"]
    assert numb["first-dorsal-interosseous"] == plain["first-dorsal-interosseous"]
    assert "numbness" in numb_flags and "numbness" not in plain_flags


def test_a_pattern_larger_than_the_drawing_costs_little(kb: KnowledgeBase) -> None:
    """Marking one of the gluteus minimus' three essential zones keeps most of the score."""
    one = find(kb, build_query(kb.chart, ["right-lateral-thigh"]))
    gmin = next(m for m in one.matches if m.muscle.id == "gluteus-minimus")
    assert gmin.score >= 0.8 * PRIOR["common"] * 1.0


def test_a_rare_pattern_ranks_below_a_common_one(kb: KnowledgeBase) -> None:
    """Soleus' rare sacroiliac pattern must not beat the classic sacroiliac referrers."""
    ranked = top(kb, ["right-sacroiliac"])
    assert ranked.index("soleus") > ranked.index("gluteus-medius")


def test_the_combination_explains_a_drawing_one_muscle_cannot(kb: KnowledgeBase) -> None:
    result = find(kb, build_query(kb.chart, ["right-instep", "right-lateral-hip"]))
    chosen = {m.muscle.id for m in result.combination}
    assert "gastrocnemius" in chosen and len(chosen) == 2
    assert result.coverage == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("zones", "flag"),
    [
        (["left-upper-chest"], "cardiac"),
        (["right-upper-calf"], "dvt"),
        (["right-loin"], "kidney"),
        (["left-temple"], "headache"),
        (["left-gluteal-fold", "right-gluteal-fold"], "cauda_equina"),
    ],
)
def test_zone_warnings_always_show(kb: KnowledgeBase, zones: list[str], flag: str) -> None:
    result = find(kb, build_query(kb.chart, zones))
    assert flag in {f.id for f in result.flags}


def test_red_flags_show_when_answered_yes(kb: KnowledgeBase) -> None:
    result = find(
        kb, build_query(kb.chart, ["right-lower-lumbar"], red_flags=["fever", "weakness"])
    )
    shown = {f.id: f for f in result.flags if f.kind == "red-flag"}
    assert set(shown) == {"fever", "weakness"}
    assert "doctor" in shown["fever"].message


def test_differentials_are_de_duplicated_and_counted(kb: KnowledgeBase) -> None:
    result = find(kb, build_query(kb.chart, ["right-popliteal-fossa"]))
    names = [d["condition"] for d in result.differentials]
    assert len(names) == len(set(names))
    baker = next(d for d in result.differentials if d["condition"] == "baker-cyst")
    assert len(baker["from"]) >= 2


def test_a_zone_bordering_the_pattern_counts_a_little(kb: KnowledgeBase) -> None:
    """Supraspinatus pain is drawn on the outer upper arm; a mark at the front of the shoulder,
    which borders it, is a near miss that counts a little, far less than a direct hit."""

    def matches(zone: str) -> dict[str, Match]:
        found = find(kb, build_query(kb.chart, [zone]), limit=40).matches
        return {m.muscle.id: m for m in found}

    near, hit = matches("right-anterior-shoulder"), matches("right-lateral-upper-arm")
    assert "right-anterior-shoulder" in near["supraspinatus"].nearby
    assert 0 < near["supraspinatus"].score < 0.5 * hit["supraspinatus"].score


def test_a_place_takes_the_lifts_of_the_guide_that_fits_it(kb: KnowledgeBase) -> None:
    """The back of the knee is the posterior-knee guide's place: vastus lateralis, first in the
    outer-knee guide (whose zones include the knee's outer back), gets no lift there."""
    back = frozenset(kb.pain_guides["back-of-knee"].zones)
    lifts = guide_priors(kb, [back])
    assert "vastus-lateralis" not in lifts
    assert lifts["gastrocnemius"] > lifts["plantaris"] > 1.0
    outer = guide_priors(kb, [frozenset(kb.pain_guides["outer-knee"].zones)])
    assert outer["vastus-lateralis"] > 1.0
