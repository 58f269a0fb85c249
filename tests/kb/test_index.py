"""The loaded index: inheritance, reverse lookups, and the facts a reader relies on."""

from __future__ import annotations

from tpatlas.kb import KnowledgeBase


def test_members_inherit_the_groups_clinical_sections(kb: KnowledgeBase) -> None:
    bf = kb.muscle("biceps-femoris")
    assert bf.indications == kb.muscle("hamstrings").indications
    assert "indications" in kb.inherited["biceps-femoris"]
    assert bf.anatomy is not None and "fibula" in bf.anatomy.insertion.en


def test_a_group_shows_every_members_trigger_points(kb: KnowledgeBase) -> None:
    owners = {owner.id for owner, _ in kb.trigger_points(kb.muscle("hamstrings"))}
    assert owners == {"semimembranosus", "semitendinosus", "biceps-femoris"}


def test_the_hamstring_connections_of_the_reference_page_are_links(kb: KnowledgeBase) -> None:
    wanted = {
        "piriformis",
        "popliteus",
        "gluteus-maximus",
        "gluteus-medius",
        "gluteus-minimus",
        "obturator-internus",
        "vastus-lateralis",
        "plantaris",
        "gastrocnemius",
        "thoracolumbar-paraspinals",
    }
    linked = {c.muscle for c in kb.muscle("hamstrings").connections}
    assert wanted <= linked <= set(kb.muscles)


def test_every_entry_cites_a_book_chapter_or_an_article(kb: KnowledgeBase) -> None:
    for m in kb.muscles.values():
        kinds = [(kb.sources[ref.source].kind, ref.chapter) for ref in m.sources]
        assert any(kind == "article" or (kind == "book" and chapter) for kind, chapter in kinds), (
            m.id
        )
        assert all(chapter for kind, chapter in kinds if kind == "book"), m.id


def test_back_of_knee_pain_is_indexed_to_biceps_femoris(kb: KnowledgeBase) -> None:
    essential = {r.muscle for r in kb.referring_to("popliteal-fossa") if r.essential}
    assert {"biceps-femoris", "popliteus"} <= essential


def test_nearest_suggests_close_spellings(kb: KnowledgeBase) -> None:
    assert kb.nearest("hamstring")[0] == "hamstrings"
    assert "semimembranosus" in kb.nearest("semimembranosis")
