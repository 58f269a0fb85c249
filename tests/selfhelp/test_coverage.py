"""Every self-help item of every muscle has an illustration, and bad data names the item."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tpatlas.kb import KnowledgeBase
from tpatlas.selfhelp import IllustrationError, load_catalog
from tpatlas.selfhelp.catalog import _read, build_catalog, owners

PIRI = ("piriformis", "lying-figure-four-stretch")


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return dict(_read("illustrations.yaml"))


def problems(kb: KnowledgeBase, raw: dict[str, Any]) -> list[str]:
    with pytest.raises(IllustrationError) as exc:
        build_catalog(kb, raw_ills=raw)
    return exc.value.problems


def test_every_item_on_every_page_has_an_illustration(kb: KnowledgeBase) -> None:
    catalog = load_catalog(kb)
    shown = [(m.id, i) for m in kb.muscles.values() for i in range(len(m.self_help))]
    assert len(shown) == 271  # as a reader meets them, group items repeated on each member
    assert all(catalog.for_item(kb, mid, i) is not None for mid, i in shown)
    assert len(catalog.illustrations) == len(owners(kb)) == 110


def test_members_show_their_groups_pictures(kb: KnowledgeBase) -> None:
    catalog = load_catalog(kb)
    group = kb.muscles["hamstrings"]
    for member in kb.members(group):
        for i in range(len(group.self_help)):
            assert catalog.for_item(kb, member.id, i) is catalog.for_item(kb, group.id, i)


def test_a_new_item_without_a_picture_fails(kb: KnowledgeBase, raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    del broken["illustrations"]["piriformis"]["lying-figure-four-stretch"]
    [msg] = problems(kb, broken)
    assert msg.startswith("piriformis / lying-figure-four-stretch: no illustration")


def test_a_picture_for_no_item_fails(kb: KnowledgeBase, raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    broken["illustrations"]["piriformis"]["moonwalk"] = broken["illustrations"]["piriformis"][
        "lying-figure-four-stretch"
    ]
    assert any("piriformis / moonwalk: illustration for an item that does not exist" in p
               for p in problems(kb, broken))  # fmt: skip


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"pose": "handstand"}, "unknown pose 'handstand'"),
        ({"tools": [{"tool": "kettlebell", "at": "target"}]}, "unknown tool 'kettlebell'"),
        ({"target": [{"part": "tail", "t": [0, 1], "s": [0, 1]}]}, "unknown body part 'tail'"),
        ({"reach": [{"arm": "arm_n", "to": {"xy": [400, 0]}}]}, "hand cannot reach"),
    ],
)
def test_unknown_poses_tools_and_parts_name_the_item(
    kb: KnowledgeBase, raw: dict[str, Any], change: dict[str, Any], expected: str
) -> None:
    broken = copy.deepcopy(raw)
    broken["illustrations"]["piriformis"]["lying-figure-four-stretch"].update(change)
    found = problems(kb, broken)
    assert any(p.startswith("piriformis / lying-figure-four-stretch") and expected in p
               for p in found), found  # fmt: skip


def test_a_missing_spanish_alt_text_fails(kb: KnowledgeBase, raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    del broken["illustrations"]["piriformis"]["lying-figure-four-stretch"]["alt"]["es"]
    assert any("piriformis / lying-figure-four-stretch" in p and "alt.es" in p
               for p in problems(kb, broken))  # fmt: skip
