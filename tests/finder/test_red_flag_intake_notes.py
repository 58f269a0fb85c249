"""Red flags written the way a therapist writes an intake note or a client mentions them in
passing ("Pt c/o ...", "Paciente refiere ...", abbreviations), and the clinician's denial that
covers a whole list ("Niega A, B o C"). Written from the misses of the thirteenth studied set
(tests/eval/red_flag_cases_13.yaml) and checked against its controls."""

from __future__ import annotations

import pytest

from tests.reading import flags_heard as flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clinical Spanish for a heart attack: retrosternal pressure spreading to the left arm
        (
            "Varón 60 a, fumador. Dolor opresivo retroesternal irradiado a brazo izq, "
            "con sudoración.",
            {"cardiac", "cardiac_spread"},
        ),
        # the left arm heavy on exertion, eased by rest: angina
        ("Pt c/o L arm heaviness walking uphill, settles with rest", {"exertional_jaw_arm"}),
        # sudden breathlessness and pain on breathing in, days after a long flight
        (
            "Client, 45, 3 days after a 12 hour flight: sudden SOB and pain on deep inspiration",
            {"pulmonary_embolism_risk"},
        ),
        # headache, stiff neck, a temperature written as 'Tª' and a rash that does not blanch
        (
            "Cefalea, rigidez de nuca, Tª 39. Petequias que no blanquean.",
            {"meningitis_signs", "meningitis"},
        ),
        # new trouble emptying the bladder with sciatica in both legs
        (
            "Mi hermano tiene ciática y desde ayer está sin poder mear, le sale a poquitos",
            {"cauda_equina_possible", "cauda_equina"},
        ),
        # a shoulder with a visible step after a fall
        (
            "Caída en la bici. Hombro izdo con escalón visible y deformidad evidente.",
            {"fracture_deformity"},
        ),
        # constant pain that wakes him nightly whatever the position
        (
            "Pt c/o constant thigh ache unrelieved by rest or change of position, wakes nightly",
            {"night_pain"},
        ),
        (
            "Dolor constante que no se pasa ni acostado; la despierta todas las noches",
            {"night_pain"},
        ),
        # a sore temple, a jaw that hurts when eating and a blurred eye in an older person
        (
            "My gran, 80, has a sore temple, her jaw hurts when she eats and one eye went blurry",
            {"giant_cell_arteritis_vision"},
        ),
    ],
)
def test_an_intake_note_raises_its_warning(text: str, expected: set[str]) -> None:
    assert flags(text) & expected


@pytest.mark.parametrize(
    "text",
    [
        # a clinician's denial covers the whole list, however long
        "Lumbalgia tras mudanza. Niega anestesia en silla de montar, retención urinaria o "
        "incontinencia.",
        "Pt denies fever, chills, night sweats, saddle numbness or bladder changes; LBP after "
        "gardening.",
        # a shorter sign inside a denied one shares its denial
        "No tengo hormigueo ni nada raro en la zona de la silla de montar, solo me duele la "
        "lumbar.",
        # passing water normally is no trouble passing it
        "Me duele la espalda baja, meo bien y sin problemas.",
    ],
)
def test_a_denied_list_raises_nothing(text: str) -> None:
    assert not flags(text)


def test_a_denial_ends_where_a_new_clause_reports_a_sign() -> None:
    # the denied 'night pain' must not hide the chest pain reported after it
    assert "cardiac" in flags(
        "Pt denies fever, chills, weight loss, night pain, and reports chest pain when "
        "climbing stairs"
    )
    assert "cardiac" in flags("Niega fiebre y refiere dolor torácico al subir escaleras")


def test_being_denied_something_is_no_clinical_denial() -> None:
    # "denies" is how a note denies a sign; "was denied sick leave" denies nothing of the pain
    assert "cardiac" in flags("I was denied sick leave and now I get chest pain on the stairs")
