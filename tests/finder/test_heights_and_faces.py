"""A height and a face said of one limb segment narrow each other, and the head of a bone is a
landmark (read from a ninth reading audit's misreadings and from the entries' own indications,
1 December 2026): "the bottom half of my thigh at the front" is the lower front of the thigh, not
its upper front; "the outside of my lower shin" is the lower outer leg, not the lower shin; "the
back and underside of my heel" is the heel, not the low back; "the head of the fifth metatarsal"
is under the little toe, not the head. A half said after a comma narrows the segment named
before it ("my shin hurts along the inside edge, the lower half"), "but nothing in the shoulders"
frees the shoulders (while "I feel nothing in my hand" is numbness there), and "donde termina el
cráneo" is the base of the skull."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.reading import places_read
from tpatlas.kb import KnowledgeBase

HEAD = {"forehead", "temple", "occiput", "vertex", "parietal"}
LOW_BACK = {"lower-lumbar", "upper-lumbar", "mid-thoracic", "loin"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("bottom half of my thigh at the front", {"lower-anterior-thigh"}),
        ("the lower front of my thigh aches", {"lower-anterior-thigh"}),
        ("pain at the front of my lower thigh", {"lower-anterior-thigh"}),
        ("lower thigh at the front", {"lower-anterior-thigh"}),
        ("the lower inner thigh", {"lower-medial-thigh"}),
        ("the upper back of my thigh", {"posterior-thigh", "gluteal-fold"}),
        ("Lower half of my left shin on the outside edge burns.", {"lower-lateral-leg"}),
        ("the outside of my lower shin", {"lower-lateral-leg"}),
        ("the top half of my shin on the outside", {"upper-lateral-leg"}),
        ("me duele la parte baja del muslo por delante", {"lower-anterior-thigh"}),
        ("la mitad de abajo de la espinilla, por fuera", {"lower-lateral-leg"}),
    ],
)
def test_a_height_and_a_face_narrow_each_other(
    kb: KnowledgeBase, text: str, place: set[str]
) -> None:
    assert places_read(kb, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the front of my thigh", {"anterior-thigh"}),
        ("the back of my upper arm", {"posterior-upper-arm"}),
        ("the lower half of my shin", {"lower-shin"}),
    ],
)
def test_a_face_or_a_height_alone_keeps_its_reading(
    kb: KnowledgeBase, text: str, place: set[str]
) -> None:
    """The combinations are for both words said together: either alone reads as before."""
    (read,) = places_read(kb, text)
    assert place <= read


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Pain at the back and underside of my heel.", [{"heel-back"}, {"heel-plantar"}]),
        ("pain at the underside and back of the heel", [{"heel-plantar"}, {"heel-back"}]),
    ],
)
def test_the_underside_joins_another_face_of_the_same_part(
    kb: KnowledgeBase, text: str, places: list[set[str]]
) -> None:
    assert places_read(kb, text) == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pain under the ball of the foot at the head of the fifth metatarsal.", {"ball-lateral"}),
        ("sore under my first metatarsal head", {"ball-medial"}),
        ("pain in the metatarsal heads", {"ball-medial", "ball-lateral"}),
        ("the radial head hurts when I turn a key", {"lateral-epicondyle"}),
        ("dolor en la cabeza del quinto metatarsiano", {"ball-lateral"}),
        ("me duele la cabeza del radio", {"lateral-epicondyle"}),
    ],
)
def test_the_head_of_a_bone_is_a_landmark_not_the_head(
    read_kinds: Callable[[str], set[str]], text: str, place: set[str]
) -> None:
    kinds = read_kinds(text)
    assert place <= kinds, kinds
    assert not kinds & (HEAD | LOW_BACK), kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("My left shin hurts along the inside edge, the lower half.", {"lower-medial-shin"}),
        (
            "Me duele la espinilla izquierda por el borde de dentro, en la mitad de abajo.",
            {"lower-medial-shin"},
        ),
    ],
)
def test_a_half_said_after_a_comma_narrows_the_segment_named_before(
    kb: KnowledgeBase, text: str, place: set[str]
) -> None:
    assert places_read(kb, text) == [place]


@pytest.mark.parametrize(
    ("text", "place", "not_places"),
    [
        (
            "My neck hurts when I look at my phone, but nothing in the shoulders.",
            {"upper-posterior-neck"},
            {"anterior-shoulder", "posterior-shoulder", "upper-trapezius-ridge"},
        ),
        (
            "Me duele la nuca cuando miro el celular mucho rato, pero nada en los hombros.",
            {"upper-posterior-neck"},
            {"anterior-shoulder", "posterior-shoulder", "upper-trapezius-ridge"},
        ),
        # feeling nothing in a part is numbness there, not a part free of symptoms
        ("I feel nothing in my left hand, it's numb", {"palm-ulnar", "thenar"}, set()),
        ("no siento nada en la mano izquierda", {"palm-ulnar", "thenar"}, set()),
        # a hand put down to break a fall is no second place
        (
            "Me duele la palma de la mano izquierda del lado del meñique. Me caí en la moto y "
            "apoyé la mano.",
            {"palm-ulnar"},
            {"thenar", "dorsal-hand-radial", "dorsal-hand-ulnar"},
        ),
        (
            "I have a stiff neck from sleeping badly, no fever, no headache.",
            {"lower-posterior-neck"},
            {"forehead", "vertex", "temple", "occiput"},
        ),
        (
            "Tengo el cuello rígido, sin fiebre ni jaquecas.",
            {"lower-posterior-neck"},
            {"forehead", "vertex", "temple", "occiput"},
        ),
        (
            "Me duele la parte de atrás de la cabeza, abajo, donde termina el cráneo.",
            {"suboccipital"},
            {"forehead", "vertex", "temple"},
        ),
    ],
)
def test_parts_said_free_of_pain_and_where_the_skull_ends(
    reads_as: Callable[[str, set[str], set[str]], None],
    text: str,
    place: set[str],
    not_places: set[str],
) -> None:
    reads_as(text, place, not_places)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("it is my right knee at the back of it that is paining me", {"popliteal-fossa"}),
        ("my ankle is swollen on the outside of it", {"lateral-ankle"}),
        # the sitting bones are at the buttock crease, not the tailbone
        ("Deep ache in both sit bones when I'm on the rowing machine.", {"gluteal-fold"}),
    ],
)
def test_a_face_said_of_it_belongs_to_the_part_named(
    kb: KnowledgeBase, text: str, place: set[str]
) -> None:
    assert places_read(kb, text) == [place]
