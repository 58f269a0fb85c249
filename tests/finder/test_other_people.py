"""Other people's pain and parts said to be fine are not where it hurts: "my wee boy's been
complaining of sore shins", "my husband has the same problem but in the left leg", "in her
knees"; "the left hand is grand", "the knee's not the issue", "the lower back's settled". A
clinician's note about a patient ("c/o pain in her R knee") keeps its places."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Reader = Callable[[str], set[str]]  # the read_kinds fixture (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "place", "not_places"),
    [
        (
            "My wee boy's been complaining of sore shins, but it's me with the pain now, right "
            "across the back of my neck.",
            {"upper-posterior-neck"},
            {"upper-shin", "lower-shin"},
        ),
        (
            "My daughter's got growing pains in her legs but I'm the one with the headache "
            "behind my left eye.",
            {"eye"},
            {"upper-calf", "anterior-thigh"},
        ),
        (
            "The pain is in my right groin. My husband has the same problem but in the left leg.",
            {"groin"},
            {"posterior-thigh", "popliteal-fossa"},
        ),
        (
            "My colleague has the same problem but in his lower back. My neck hurts on the left.",
            {"posterolateral-neck"},
            {"lower-lumbar", "upper-lumbar"},
        ),
        # parts said to be fine
        ("The left hand is grand. My right hand goes numb.", {"thenar"}, set()),
        (
            "I wear a knee brace but the knee's not the issue. It's the front of the thigh.",
            {"anterior-thigh"},
            {"patella", "medial-knee"},
        ),
        (
            "The lower back's settled, it's now in my bum crease on the right",
            {"gluteal-fold"},  # the crease under the buttock
            {"lower-lumbar", "upper-lumbar"},
        ),
        ("Ma fingers are fine, my armpit hurts", {"posterior-axilla"}, {"palmar-fingers-radial"}),
        # Spanish landmarks and a part "of both legs"
        (
            "Me duele la quijada del lado izquierdo, enfrente de la oreja",
            {"jaw-joint"},
            {"ear-mastoid"},
        ),
        (
            "No es la rodilla, es justo arriba de la rótula, en el muslo de adelante",
            {"lower-anterior-thigh"},
            {"patella"},
        ),
        ("Me duele el huesito dulce desde que me caí", {"coccyx"}, set()),
        (
            "Tengo agujetas en los cuádriceps de las dos piernas",
            {"anterior-thigh"},
            {"posterior-thigh", "upper-calf"},
        ),
        # the underside said after the part
        ("Madam, I am having pain in both my heels from below", {"heel-plantar"}, {"heel-back"}),
        ("Tengo un dolor fuerte en el talón derecho por debajo", {"heel-plantar"}, {"heel-back"}),
        # Scots: "o'" is "of", "ma" is "my"; the web of the thumb on the palm side
        (
            "a sore stiff neck on the left and a headache at the back o' ma heid",
            {"occiput"},
            {"forehead", "temple"},
        ),
        (
            "Pain's in the soft bit between ma thumb and finger on the palm side",
            {"thenar"},
            {"dorsal-hand-radial"},
        ),
        # a part that clicks but does not hurt; "ni" denies the next part too
        (
            "Me truena la rodilla izquierda pero no me duele. Lo que me duele es la ingle.",
            {"groin"},
            {"patella", "medial-knee"},
        ),
        (
            "My jaw clicks on the left but doesn't hurt. The pain is in my right ear.",
            {"ear-mastoid"},
            {"jaw-angle"},
        ),
        (
            "Me duele la guata, arriba del pubis. No tengo dolor en la espalda ni en la ingle.",
            {"suprapubic"},
            {"groin", "lower-lumbar"},
        ),
        (
            "Tengo un dolor en la canilla, justo abajo de la rodilla por adelante",
            {"upper-shin"},
            {"patella"},
        ),
        # a place that hurt before and has settled
        (
            "My right knee was sore last month but it settled with rest. Both calves are tight.",
            {"upper-calf"},
            {"patella", "medial-knee"},
        ),
        (
            "The left shoulder was the bad one, but it's fine now. My right shoulder aches at the "
            "front.",
            {"anterior-shoulder"},
            {"posterior-shoulder"},
        ),
        (
            "Me duele el talón izquierdo. La rodilla derecha me dolía el año pasado, pero ya está "
            "bien.",
            {"heel-plantar"},
            {"patella"},
        ),
        # a message written for someone else: "my mum" names her, "her jaw" is the place
        (
            "My mum is 72. Out of nowhere her jaw and neck started hurting.",
            {"jaw-angle", "upper-posterior-neck"},
            set(),
        ),
        # a relative's part said free of pain: "no le duele", like "no me duele"
        (
            "A mi papá le duele la quijada, dice que el pecho no le duele nada.",
            {"jaw-angle"},
            {"sternum", "upper-chest", "lower-chest"},
        ),
        # the sole said with the heel
        (
            "Tengo dolor en el pie derecho, en el talón y la planta",
            {"instep", "heel-plantar"},
            set(),
        ),
    ],
)
def test_other_peoples_parts_and_parts_said_fine_are_not_places(
    read_kinds: Reader, text: str, place: set[str], not_places: set[str]
) -> None:
    kinds = read_kinds(text)
    assert kinds >= place, (text, kinds)
    assert not kinds & not_places, (text, kinds)


@pytest.mark.parametrize(
    "text",
    [
        "me duele la rodilla pero no me molesta al andar, y la cadera también",
        "my knee hurts but doesn't swell, and my hip too",
        "my knee was sore yesterday and it still hurts today",
    ],
)
def test_a_part_that_hurts_stays_when_something_else_is_denied(
    read_kinds: Reader, text: str
) -> None:
    assert "patella" in read_kinds(text), text


def test_a_note_about_a_patient_keeps_her_places(read_kinds: Reader) -> None:
    assert "patella" in read_kinds("Pt c/o pain in her R knee, worse on stairs")
