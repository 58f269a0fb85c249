"""Two words said together are evidence of their own (finder/story_pairs.py): an entry that
describes "a stiff neck that cannot turn" or "plantar fasciitis" fits a person who says so better
than entries that use only one of the words."""

from __future__ import annotations

from tpatlas.finder import find
from tpatlas.finder.query import query_from_text
from tpatlas.finder.story import story_words
from tpatlas.kb import KnowledgeBase


def _ranked(kb: KnowledgeBase, text: str) -> list[tuple[str, tuple[str, ...]]]:
    query, understood = query_from_text(kb.chart, text)
    return [
        (m.muscle.id, m.context) for m in find(kb, query, limit=5, understood=understood).matches
    ]


def test_turning_the_head_lifts_the_muscle_whose_entry_describes_it(kb: KnowledgeBase) -> None:
    """The levator scapulae's entry describes a stiff neck that cannot turn; "girar la cabeza"
    as two words tells more than "girar" alone, which many neck entries use."""
    ranked = _ranked(
        kb, "Desde hace semanas tengo el cuello rígido y me cuesta girar la cabeza al aparcar."
    )
    ids = [mid for mid, _ in ranked]
    assert ids.index("levator-scapulae") < ids.index("upper-trapezius")
    assert "girar la cabeza" in dict(ranked)["levator-scapulae"]


def test_a_reason_shows_the_words_together_once(kb: KnowledgeBase) -> None:
    reasons = dict(_ranked(kb, "My heel hurts, the podiatrist calls it plantar fasciitis."))
    assert "plantar fasciitis" in reasons["quadratus-plantae"]
    assert "fasciitis" not in reasons["quadratus-plantae"]  # said already by the pair


def test_small_words_between_are_skipped_and_clauses_are_kept_apart() -> None:
    said = dict(story_words("I can't turn my head, neck stiff; worse at night"))
    assert said["pair:turn head"] == "turn my head"
    assert "pair:head neck" not in said  # a comma ends the clause
    assert "pair:stiff wors" not in said and "pair:stiff worse" not in said


def test_a_denied_pair_is_no_evidence() -> None:
    said = dict(story_words("it is not plantar fasciitis, the doctor says; it hurts at the heel"))
    assert not any(key.startswith("pair:plantar") for key in said)


def test_the_middle_finger_called_the_finger_of_the_heart_is_no_heart() -> None:
    said = dict(story_words("Me duele entre el dedo del corazón y el anular."))
    assert "heart" not in said.values() and not any("corazon" in w for w in said.values())


def test_time_spent_is_no_step() -> None:
    """ "Me paso el día de pie" spends the day; "paso" (a step) is the word of foot entries."""
    assert not any(s.endswith("pas") for s, _ in story_words("Me paso el día de pie en la tienda"))
    assert any(s == "es:pas" for s, _ in story_words("me duele al dar el paso"))
