"""Needling is for clinicians: it never appears as self-help, in English or Spanish."""

from __future__ import annotations

import pytest

from tests.conftest import DataCopy
from tpatlas.kb import KnowledgeBase, KnowledgeBaseError, build_knowledge_base
from tpatlas.kb.checks import CLINICIAN_ONLY, check_self_help

PIRI = "muscles/hip/piriformis.yaml"


def test_no_self_help_item_mentions_needling(kb: KnowledgeBase) -> None:
    assert all(not check_self_help("", m) for m in kb.muscles.values())


@pytest.mark.parametrize(
    ("text", "flagged"),
    [("Dry needling of the trigger point", True), ("Use a needle", True),
     ("Punción seca del punto gatillo", True), ("con una aguja", True),
     ("Ball against a wall", False), ("agujetas después del ejercicio", False)],
)  # fmt: skip
def test_the_rule_reads_both_languages(text: str, flagged: bool) -> None:
    assert bool(CLINICIAN_ONLY.search(text)) is flagged


def test_a_needling_item_stops_the_knowledge_base_loading(data_copy: DataCopy) -> None:
    def add(d: dict) -> None:  # type: ignore[type-arg]
        title = {"en": "Self dry needling", "es": "Punción seca"}
        item = {"kind": "pressure", "title": title, "steps": ["Insert the needle."]}
        d["self_help"].append(item | {"cautions": ["Careful."]})

    data_copy.edit(PIRI, add)
    with pytest.raises(KnowledgeBaseError) as exc:
        build_knowledge_base(data_copy.root)
    [msg] = [str(p) for p in exc.value.problems]
    assert "piriformis" in msg and "must not mention needles" in msg
