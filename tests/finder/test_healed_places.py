"""Parts said healed, fine or free of symptoms a few words after they are named are not where
it hurts (the ninth reading audit): "my knees were replaced years ago and don't bother me", "I
twisted my left ankle last week but that's pretty much recovered", "la espalda baja no me
duele", "sin parestesias en la mano". A part said to hurt and then to be fine "when ..." keeps
its place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Reader = Callable[[str], set[str]]  # the read_kinds fixture (tests/conftest.py)
Check = Callable[[str, set[str], set[str]], None]  # the reads_as fixture

KNEE = {"patella", "medial-knee", "lateral-knee", "popliteal-fossa"}


@pytest.mark.parametrize(
    ("text", "place", "not_places"),
    [
        (
            "My knees were replaced years ago and don't bother me. My right shoulder aches at "
            "the front.",
            {"anterior-shoulder"},
            KNEE,
        ),
        (
            "My right knee got grazed and bruised but that's healed up. My left wrist is sore.",
            {"dorsal-wrist"},
            KNEE,
        ),
        (
            "I also twisted my left ankle on court last week but that's pretty much recovered. "
            "My elbow hurts on the inside.",
            {"medial-epicondyle"},
            {"lateral-ankle", "medial-ankle"},
        ),
        (
            "My right big toe was the problem last year, gout the doctor said, but it's fine now "
            "on tablets. This time it's the top of my left foot.",
            {"foot-top-medial"},
            {"big-toe-top", "big-toe-plantar"},
        ),
        (
            "Got a sore ankle from the footy last season, all good now, but my right wrist is "
            "killing me.",
            {"dorsal-wrist"},
            {"lateral-ankle", "anterior-ankle"},
        ),
        (
            "My left thigh just has a bruise that doesn't hurt; the real pain is inside my right "
            "elbow.",
            {"medial-epicondyle"},
            {"anterior-thigh", "lateral-thigh"},
        ),
        (
            "The knee is honestly better now; it's the shin below it on the outside that aches.",
            {"upper-lateral-leg"},  # the outside of the shin
            KNEE,
        ),
        (
            "The doctor tested my reflexes at the knee and they're fine. The problem is a numb "
            "patch on the top of my left foot.",
            {"foot-top-medial"},
            KNEE,
        ),
        (
            "Nothing wrong with my back, it's the front of my right thigh, since I was kneed in a "
            "tackle.",
            {"anterior-thigh"},
            KNEE,
        ),
        (
            "My back's been better since I started swimming. The problem now is the point of my "
            "right elbow.",
            {"olecranon"},
            {"lower-lumbar", "upper-lumbar"},
        ),
        (
            "Since the cast came off my left wrist I've had aching in the back of the hand.",
            {"dorsal-hand-ulnar"},
            {"dorsal-wrist", "volar-wrist"},
        ),
        (
            "Me duele la nalga izquierda. La espalda baja no me duele, eso fue lo que más me "
            "extrañó.",
            {"mid-buttock"},
            {"lower-lumbar", "upper-lumbar"},
        ),
        (
            "Las manos, que antes me dolían mucho, ahora están bien con las pastillas. Me duele "
            "el talón por debajo.",
            {"heel-plantar"},
            {"thenar", "palm-ulnar"},
        ),
        (
            "Me duele la choquezuela de la rodilla izquierda al subir escaleras. Por detrás de la "
            "rodilla no siento nada.",
            {"patella"},
            {"popliteal-fossa"},
        ),
        (
            "Paciente tenista con epicondilalgia derecha. Sin parestesias en la mano.",
            {"lateral-epicondyle"},
            {"thenar", "palm-ulnar"},
        ),
        (
            "Mujer de 48 años con omalgia izquierda. Sin cervicalgia.",
            {"anterior-shoulder"},
            {"upper-posterior-neck", "lower-posterior-neck"},
        ),
        (
            "Me duele el cuello por detrás. No siento hormigueo en los brazos.",
            {"lower-posterior-neck"},
            {"lateral-upper-arm", "anterior-upper-arm"},
        ),
        (
            "Me duele la rodilla izquierda por fuera. La rodilla derecha anda bien y los pies no "
            "se me duermen.",
            {"lateral-knee"},
            {"heel-plantar", "instep"},
        ),
        (
            "Me duele el talón. El tobillo derecho y la muñeca izquierda están bien.",
            {"heel-plantar"},
            {"lateral-ankle", "dorsal-wrist"},
        ),
    ],
)
def test_a_part_said_healed_or_free_is_not_read(
    reads_as: Check, text: str, place: set[str], not_places: set[str]
) -> None:
    reads_as(text, place, not_places)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # fine only at some times: the part still hurts
        ("My knee hurts but it's fine when I rest.", "patella"),
        ("My knee swells after football and it's fine the next day.", "patella"),
        ("I have a pain in my knee that never bothers me at night.", "patella"),
        ("Me duele la rodilla, no tengo dolor en la mano.", "patella"),
    ],
)
def test_a_part_fine_only_at_times_is_still_read(read_kinds: Reader, text: str, place: str) -> None:
    assert place in read_kinds(text)


def test_a_cast_or_an_x_ray_of_a_part_is_not_where_it_hurts(read_kinds: Reader) -> None:
    kinds = read_kinds(
        "Desde que me quitaron el yeso de la pierna derecha me duele el tobillo por dentro. "
        "Me pidieron una radiografía del tobillo."
    )
    assert "medial-ankle" in kinds
    assert not kinds & {"upper-calf", "posterior-thigh", "lateral-ankle"}
