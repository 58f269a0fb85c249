"""Bad finder input gives an error naming the field and the allowed values; any drawing ranks."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tpatlas.finder import FinderInputError, build_query, find
from tpatlas.finder.factors import MAX_SCORE
from tpatlas.kb import KnowledgeBase, load_knowledge_base

ZONES = sorted(load_knowledge_base().chart.zones)


@pytest.mark.parametrize(
    ("kwargs", "field", "allowed"),
    [
        ({"zones": ["popliteal-fosa"]}, "zones", "popliteal-fossa"),
        ({"zones": {"right-achilles": "unbearable"}}, "intensity", "severe"),
        ({"zones": ["achilles"], "side": "middle"}, "side", "both"),
        ({"zones": ["achilles"], "aggravators": ["flying"]}, "aggravators", "sitting"),
        ({"zones": ["achilles"], "onset": "yesterday"}, "onset", "strain"),
        ({"zones": ["achilles"], "red_flags": ["dizzy"]}, "red_flags", "fever"),
    ],
)
def test_bad_input_names_the_field_and_the_allowed_values(
    kb: KnowledgeBase, kwargs: dict[str, object], field: str, allowed: str
) -> None:
    with pytest.raises(FinderInputError) as exc:
        build_query(kb.chart, **kwargs)  # type: ignore[arg-type]
    assert exc.value.field == field and allowed in exc.value.allowed


def test_a_zone_kind_without_side_means_both_sides(kb: KnowledgeBase) -> None:
    assert set(build_query(kb.chart, ["achilles"]).zones) == {"left-achilles", "right-achilles"}
    assert set(build_query(kb.chart, ["achilles"], side="left").zones) == {"left-achilles"}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    drawing=st.dictionaries(
        st.sampled_from(ZONES), st.sampled_from(["mild", "moderate", "severe"]), max_size=12
    )
)
def test_any_drawing_yields_a_well_formed_ranking(
    kb: KnowledgeBase, drawing: dict[str, str]
) -> None:
    result = find(kb, build_query(kb.chart, drawing))
    scores = [m.score for m in result.matches]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= MAX_SCORE for s in scores)
    assert len({m.muscle.id for m in result.matches}) == len(result.matches)
    for m in result.matches:
        assert set(m.essential + m.spillover + m.nearby) <= set(drawing)
    assert {m.muscle.id for m in result.combination} <= {m.muscle.id for m in result.matches}
    assert 0.0 <= result.coverage <= 1.0 + 1e-9
    data = result.to_json(kb)
    assert all(0 <= r["score"] <= 100 and r["reason"].endswith(".") for r in data["results"])
