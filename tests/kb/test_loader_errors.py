"""Broken knowledge-base files give one clear message naming file, entry and field."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DataCopy
from tpatlas.kb import KnowledgeBaseError, build_knowledge_base

HAM = "muscles/thigh/hamstrings.yaml"
BF = "muscles/thigh/biceps-femoris.yaml"
PIRI = "muscles/hip/piriformis.yaml"


def problems(data: DataCopy) -> list[str]:
    with pytest.raises(KnowledgeBaseError) as exc:
        build_knowledge_base(data.root)
    return [str(p) for p in exc.value.problems]


def test_the_packaged_knowledge_base_loads(kb: Any) -> None:
    assert "hamstrings" in kb.muscles
    assert len(kb.muscles) >= 16


def test_an_unknown_zone_names_file_entry_and_field(data_copy: DataCopy) -> None:
    data_copy.edit(BF, lambda d: d["trigger_points"][0]["essential"].append("back-of-the-moon"))
    [msg] = problems(data_copy)
    assert BF in msg and "[biceps-femoris]" in msg
    assert "trigger_points.0.essential" in msg and "unknown zone 'back-of-the-moon'" in msg


def test_an_unknown_connected_muscle_is_reported(data_copy: DataCopy) -> None:
    data_copy.edit(PIRI, lambda d: d["connections"].append({"muscle": "unicornus", "reason": "x"}))
    [msg] = problems(data_copy)
    assert "[piriformis]" in msg and "unknown muscle 'unicornus'" in msg


def test_an_unknown_condition_is_reported(data_copy: DataCopy) -> None:
    data_copy.edit(HAM, lambda d: d["differentials"].append({"condition": "vapours"}))
    [msg] = problems(data_copy)
    assert "differentials." in msg and "unknown condition 'vapours'" in msg


def test_a_technique_matrix_must_name_all_seven_once(data_copy: DataCopy) -> None:
    data_copy.edit(PIRI, lambda d: d["techniques"].pop("wet-needling"))
    [msg] = problems(data_copy)
    assert "techniques" in msg and "wet-needling" in msg


def test_an_unknown_technique_is_reported(data_copy: DataCopy) -> None:
    data_copy.edit(PIRI, lambda d: d["techniques"].update({"cupping": True}))
    msgs = problems(data_copy)
    assert any("unknown technique 'cupping'" in m for m in msgs)


def test_a_duplicate_id_is_reported(data_copy: DataCopy) -> None:
    copy = data_copy.load(PIRI)
    data_copy.save("muscles/hip/piriformis-copy.yaml", copy)
    msgs = problems(data_copy)
    assert any("duplicate muscle id" in m and "piriformis-copy.yaml" in m for m in msgs)


def test_a_missing_required_section_is_reported(data_copy: DataCopy) -> None:
    data_copy.edit(PIRI, lambda d: d.pop("indications"))
    [msg] = problems(data_copy)
    assert "[piriformis] indications: required section is missing" in msg


def test_a_member_inherits_sections_but_not_anatomy(data_copy: DataCopy) -> None:
    data_copy.edit(BF, lambda d: d.pop("anatomy"))
    [msg] = problems(data_copy)
    assert "[biceps-femoris] anatomy: required section is missing" in msg


def test_yaml_syntax_errors_give_the_line(data_copy: DataCopy) -> None:
    path = data_copy.path(PIRI)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = "synonyms: [pyriformis"
    path.write_text("\n".join(lines), encoding="utf-8")
    [msg] = problems(data_copy)
    assert msg.startswith(f"{PIRI}:") and "YAML syntax error" in msg
    assert int(msg.split(":")[1].split()[0]) >= 4


def test_an_unknown_field_is_rejected(data_copy: DataCopy) -> None:
    data_copy.edit(PIRI, lambda d: d.update({"colour": "red"}))
    [msg] = problems(data_copy)
    assert "colour" in msg and "Extra inputs are not permitted" in msg


def test_the_file_name_must_match_the_id(data_copy: DataCopy) -> None:
    data_copy.edit(PIRI, lambda d: d.update({"id": "pyriformis"}))
    msgs = problems(data_copy)
    assert any("must match the file name 'piriformis'" in m for m in msgs)


def test_group_and_member_must_point_at_each_other(data_copy: DataCopy) -> None:
    data_copy.edit(HAM, lambda d: d["members"].remove("biceps-femoris"))
    msgs = problems(data_copy)
    assert any("[biceps-femoris] group: group 'hamstrings' does not list it" in m for m in msgs)


def test_a_zone_cannot_be_both_essential_and_spillover(data_copy: DataCopy) -> None:
    def overlap(d: dict[str, Any]) -> None:
        tp = d["trigger_points"][0]
        tp["spillover"].append(tp["essential"][0])

    data_copy.edit(BF, overlap)
    [msg] = problems(data_copy)
    assert "both essential and spillover" in msg


def test_every_problem_is_reported_not_just_the_first(data_copy: DataCopy) -> None:
    data_copy.edit(PIRI, lambda d: d.pop("causes"))
    data_copy.edit(HAM, lambda d: d["differentials"].append({"condition": "vapours"}))
    assert len(problems(data_copy)) == 2


def test_a_broken_list_file_gives_one_message_not_one_per_reference(data_copy: DataCopy) -> None:
    path = data_copy.path("conditions.yaml")
    path.write_text(
        path.read_text(encoding="utf-8") + "\n- id: x\n  summary: a: b\n", encoding="utf-8"
    )
    [msg] = problems(data_copy)
    assert msg.startswith("conditions.yaml:") and "YAML syntax error" in msg


@pytest.mark.parametrize("content", ["", "# only a comment\n# and another\n"])
def test_an_empty_or_comment_only_muscle_file_is_an_error_naming_it(
    data_copy: DataCopy, content: str
) -> None:
    data_copy.path(PIRI).write_text(content, encoding="utf-8")
    msgs = problems(data_copy)
    assert any(PIRI in m and "empty" in m for m in msgs), msgs


@pytest.mark.parametrize("content", ["", "# nothing here\n", "[]\n"])
def test_an_empty_conditions_file_is_an_error_not_ok_with_zero(
    data_copy: DataCopy, content: str
) -> None:
    data_copy.path("conditions.yaml").write_text(content, encoding="utf-8")
    msgs = problems(data_copy)
    assert msgs[0].startswith("conditions.yaml") and len(msgs) == 1, msgs


def test_a_missing_file_is_reported_first_and_alone(data_copy: DataCopy) -> None:
    data_copy.path("techniques.yaml").unlink()
    msgs = problems(data_copy)
    assert msgs == ["techniques.yaml file is missing"], msgs[:5]


def test_a_comment_only_member_file_does_not_load(data_copy: DataCopy) -> None:
    data_copy.path(BF).write_text("# biceps femoris\n", encoding="utf-8")
    msgs = problems(data_copy)
    assert msgs[0].startswith(BF) and "empty" in msgs[0]
