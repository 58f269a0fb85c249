"""Red flags told by a relative of someone old or ill ("Mum is puffing for breath and keeps
rubbing her jaw"), by young people who joke them away, in booking messages to therapists, in
regional and non-native wording, in the third person and in voice messages transcribed by a
phone; and, from red_flag_short_and_idioms_cases.py, in very short inputs, Spanish idioms, women's
and men's health and injury reports. Written from the misses of the studied sets 19 to 27
(tests/eval/red_flag_cases_19.yaml to _27.yaml) and checked against their controls."""

from __future__ import annotations

import pytest

from tests.finder.red_flag_short_and_idioms_cases import CONTROLS as SHORT_AND_IDIOMS_CONTROLS
from tests.finder.red_flag_short_and_idioms_cases import WARNINGS as SHORT_AND_IDIOMS_WARNINGS
from tests.reading import flags_heard as flags

WARNINGS = [
    # a relative's words for breathlessness and jaw pain
    ("Nan is puffing for breath walking to the kitchen and keeps rubbing her jaw", {"cardiac"}),
    # a tearing pain in the upper back alone
    ("a ripping pain hit the middle of his back out of nowhere", {"aortic_dissection"}),
    (
        "out of nowhere a savage pain between my shoulder blades and I'm pouring with sweat",
        {"aortic_dissection"},
    ),
    # a bone broken with little force, and a broken scaphoid taken for a sprain
    (
        "I have osteoporosis; I sneezed and felt something go in my back, sudden sharp pain",
        {"fracture"},
    ),
    ("tengo osteoporosis y al levantar el cubo noté un crujido en la espalda", {"fracture"}),
    (
        "fell off my bike onto my hand, still sore in the hollow at the base of my thumb",
        {"fracture", "fracture_deformity"},
    ),
    # meningitis without a temperature taken
    (
        "my neck is stiff, the light hurts my eyes and I've been sick twice",
        {"meningitis", "meningitis_signs"},
    ),
    # a thunderclap headache said the young way
    (
        "last rep and bang, like being hit with a bat; the headache won't let up",
        {"thunderclap"},
    ),
    ("sin avisar un dolor de cabeza brutal, nunca había tenido nada igual", {"thunderclap"}),
    # a weight, a surgery, a pulse said in everyday words
    (
        "dropped 7kg without trying and my back aches in bed at night",
        {"back_weight_loss_night", "weight_loss"},
    ),
    (
        "had his new hip done last week, now suddenly short of breath and it catches when he "
        "breathes in",
        {"pulmonary_embolism_risk", "pulmonary_embolism_chest", "pulmonary_embolism"},
    ),
    (
        "her foot has gone a dusky colour and the nurse couldn't find a pulse",
        {"cold_pale_limb"},
    ),
    ("el pie se me ha quedado blanco como la cera, frío y dormido", {"cold_pale_limb"}),
    # a negation that negates nothing after it
    (
        "al levantarme no me tenía en pie, todo me da vueltas y veo doble",
        {"dizziness_emergency", "stroke"},
    ),
    # booking messages: the sign among muscle talk (tests/eval/red_flag_cases_21.yaml)
    (
        "can I book in for my back? since breakfast an uneasy feeling under my breastbone and "
        "I'm damp with sweat",
        {"cardiac"},
    ),
    (
        "ache between my shoulder blades since 3am and I can't seem to fill my lungs",
        {"cardiac"},
    ),
    (
        "escribo por mi madre: un dolor en el centro de la espalda que le sube hasta la mandíbula",
        {"cardiac_spread"},
    ),
    (
        "de repente un dolor bestial entre los omóplatos, desde el primer segundo al máximo",
        {"aortic_dissection"},
    ),
    (
        "bent over to feed the cat, a sudden savage pain low in her back, nearly passed out",
        {"aortic_dissection"},
    ),
    ("gone numb around my private bits and my sciatica goes down both legs", {"cauda_equina"}),
    (
        "mi chavo tiene un dolor que no lo deja ni caminar y un testículo hinchado",
        {"testicle_pain"},
    ),
    ("de repente se le fue la cara para un lado y no le salían las palabras", {"stroke"}),
    # regional and non-native wording (tests/eval/red_flag_cases_22.yaml)
    (
        "parang may sumuntok, like a punch in the chest, cold sweat and hingal na hingal",
        {"cardiac"},
    ),
    (
        "my bum's gone numb like I've sat on a cold step and I've no felt the need to pee",
        {"cauda_equina", "cauda_equina_possible"},
    ),
    (
        "savage headache and fever since lunch, he can't get his chin down to his chest",
        {"meningitis"},
    ),
    (
        "72, when I chew my jaw starts hurting and today everything's doubled",
        {"giant_cell_arteritis_vision"},
    ),
    ("sudden horrible pain in my right ball, it's swollen and I threw up", {"testicle_pain"}),
    ("se me corre pa' la espalda y la mandíbula, y estoy pálido, frío y sudando", {"cardiac"}),
    ("de repente no podía hablar bien y se le durmió la mitad de la cara", {"stroke"}),
    # a sign told of someone else is matched like the writer's own
    ("she says her face has dropped on one side", {"stroke"}),
    # ... or in the past: "couldn't breathe" is "can't breathe" said afterwards
    (
        "I couldn't breathe and my arm went heavy on the hill, calf swollen since the flight",
        {"pulmonary_embolism"},
    ),
    ("a mi madre le cuesta hablar desde esta mañana", {"stroke"}),
    ("mi padre tiene fiebre y le duele la espalda", {"back_fever"}),
    ("he can't catch his breath and his calf is swollen and red", {"pulmonary_embolism"}),
    # voice messages transcribed by a phone (tests/eval/red_flag_cases_23.yaml)
    (
        "climbing the switchbacks i got a chest pane that went out into my left shoulder",
        {"cardiac"},
    ),
    (
        "like getting hit in the chest with a hammer and the pain went up into my jaw",
        {"cardiac_spread"},
    ),
    ("dads burning up says the light hurts his eyes and hes been sick twice", {"meningitis"}),
    (
        "she grabbed the back of her head, like being hit by lightning, worst headache",
        {"thunderclap"},
    ),
    (
        "me fui de cabeza por encima del manillar y tengo hormigueo por los dos brazos",
        {"spine_injury_nerves"},
    ),
    (
        "me duelen las muelas de abajo cada vez que salgo a correr cuesta arriba",
        {"exertional_jaw_arm"},
    ),
    ("un dolor lumbar que no para ni de noche", {"night_pain", "back_weight_loss_night"}),
    # a sore calf, breathlessness and a fast heart at rest; new numbness after cancer
    (
        "calf strain for two weeks, now out of breath which never happens, "
        "resting heart rate is 90",
        {"pulmonary_embolism"},
    ),
    ("had prostate cancer treated, now the right leg goes numb", {"back_cancer_history"}),
]
CONTROLS = [
    # chest pain brought on by pressing the spot is the chest wall's
    "moved house carrying boxes all weekend; now a stabbing pain beside my breastbone, it "
    "hurts when I press right there, not short of breath",
    "Hice la mudanza cargando cajas y ahora me duele al lado del esternón, me duele cuando "
    "aprieto justo ahí. No me falta el aire.",
    # a tear in the calf is a strained muscle, not the aorta
    "felt a tearing in my calf sprinting for the bus",
    # "nothing sudden" is no thunderclap
    "Cefalea que aprieta como un casco por la tarde con el cuello cargado; nada de golpe.",
    # a long-standing or stiff complaint is no emergency
    "molestia leve en un testículo hace meses, sin golpe ni hinchazón",
    "Con mi diabetes el hombro se me ha quedado rígido, me cuesta abotonarme la camisa.",
    # a relative's cancer is family history when the pain is the writer's own
    "Mi abuelita tuvo cáncer, yo no; me duele la espalda alta de cargar al bebé",
    "Mum had bowel cancer. My lower back is sore from lifting boxes",
    # a figure of speech, a knock that passed within the hour
    "My head is spinning trying to remember all the stretches the physio gave me",
    "me dieron un balonazo en los testículos, dolió muchísimo y a la hora ya estaba bien",
]


@pytest.mark.parametrize(("text", "expected"), WARNINGS + SHORT_AND_IDIOMS_WARNINGS)
def test_the_warning_is_raised(text: str, expected: set[str]) -> None:
    assert flags(text) & expected, flags(text)


@pytest.mark.parametrize("text", CONTROLS + SHORT_AND_IDIOMS_CONTROLS)
def test_no_warning_is_raised(text: str) -> None:
    assert not flags(text), flags(text)
