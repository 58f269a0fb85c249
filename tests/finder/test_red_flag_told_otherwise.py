"""Warning signs told the way people tell them when no pain word fits (read from studied sets 40
and 41): a heart attack felt as indigestion with a cold sweat, chest pain with a faint, polymyalgia
with a temple headache after fifty, an old cancer with new neck pain, a fall with weak hands; and
signs told by an image or by what was done about them (set 44); and the ordinary look-alikes that
must stay quiet."""

from __future__ import annotations

import pytest

from tests.reading import flags_heard as flags


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # indigestion with a cold sweat, or brought on by walking (Mayo Clinic: a heart attack
        # can feel like heartburn or indigestion)
        ("My dad is 72, says it's just indigestion but he's in a cold sweat", "cardiac"),
        ("Mi padre tiene ardor en la boca del estómago y suda frío desde la mañana", "cardiac"),
        ("Every time I walk uphill I get this indigestion", "cardiac"),
        # chest pain with a faint; a cold sweat and breathlessness with a faint
        ("Chest pain on and off for two days and she fainted twice", "cardiac"),
        ("Se desmayó, volvió en sí, pero está sudando helado y con falta de aire", "cardiac"),
        # a pressure felt, a band round the ribs on a jog
        ("Me arde el pecho y a la vez siento una presión", "cardiac"),
        ("A tight burning band across my ribs whenever I jog", "cardiac"),
        # polymyalgia with a new temple headache after fifty
        (
            "I'm 74, I have polymyalgia and now a throbbing headache at my temple",
            "giant_cell_arteritis",
        ),
        (
            "Mi madre tiene 80, no puede levantar los brazos para peinarse y le duele la sien",
            "giant_cell_arteritis",
        ),
        # a past cancer with new neck pain
        (
            "I had breast cancer eight years ago and now my neck hurts all the time",
            "back_cancer_history",
        ),
        # a fall on the face, a sore neck, hands that cannot grip
        (
            "Grandad fainted and went face first into the table, sore neck and can't grip",
            "spine_injury_nerves",
        ),
        # a clot told as breathing that catches after a long flight
        (
            "Back from a long flight, now there's a catch in my side every time I breathe in",
            "pulmonary_embolism_risk",
        ),
        # the testicles told in family words
        ("Mi hijo de 12 tiene un dolor fortísimo en sus partes y ha vomitado", "testicle_pain"),
        ("my son woke up feeling like he'd been kicked in the privates", "testicle_pain"),
        # (set 43, children) a toddler who will not stand after a twist; a sudden "exploding"
        # headache; a teenager's chest pain in every training session
        ("She twisted her foot on the slide and now won't stand on her right leg", "fracture"),
        ("Mi hijo gritó que le iba a explotar la cabeza, así de golpe", "thunderclap"),
        ("Mi hijo de 13 tiene dolor en el pecho durante los entrenamientos", "cardiac"),
        # (set 42, a sign in someone with a long-standing condition) a crack on a big cough
        ("On steroids for COPD; on one big cough I heard a crack in my side", "fracture"),
        ("RA for years, and over the last month I keep dropping mugs", "progressive_weakness"),
        # (set 44, the sign told by an image or by what was done about it) a weight sat on the
        # chest; words that would not come; a sweat "a chorros"; jaw pain that stops on resting;
        # a calf blown up like a balloon after a long bus ride; clots before, a sore calf and no
        # breath; a head spinning so one could not stand; chest pain that no position eases
        ("Grandad says it feels like someone sat on his chest", "cardiac"),
        ("I knew what I wanted to say but the words wouldn't come", "stroke"),
        ("Me dolía el pecho y empecé a sudar a chorros", "cardiac"),
        (
            "Cuando cargo cajas me duele la quijada; paro a descansar y se me quita",
            "exertional_jaw_arm",
        ),
        ("Tras quince horas sentado en el bus tengo la pantorrilla inflada y dura", "dvt"),
        (
            "I've had clots before; my calf is sore and I can hardly catch my breath",
            "pulmonary_embolism",
        ),
        (
            "Me cuesta un poco respirar y la pantorrilla se me puso como un globo",
            "dvt",
        ),
        (
            "Vomité toda la noche, la cabeza me daba vueltas y no me podía parar",
            "dizziness_emergency",
        ),
        ("El dolor del pecho no se me quita ni acostado ni sentado", "cardiac"),
        # a fever with a stiff neck, or with confusion, without a headache (two of the four signs
        # of meningitis); (set 45, asking whether to have a massage) the room spinning with a
        # blackout; a finger bent crooked at volleyball
        ("My son has a high temperature and his neck is so stiff he can't move it", "meningitis"),
        ("Mi abuela tiene fiebre y está como ida, no contesta normal", "meningitis"),
        ("Stood up after the massage, the room spun and I blacked out", "dizziness_emergency"),
        ("Me doblé el dedo jugando al vóley y quedó chueco", "fracture_deformity"),
        # (set 40 again) arteritis told by what cannot be done ("no puede ni levantar los brazos"
        # is no denial), a temple sore to touch, a temple that "golpea"
        (
            "Mi padre, de 74, no puede ni levantar los brazos para peinarse y le late la sien",
            "giant_cell_arteritis",
        ),
        (
            "Tengo 72 años, me duele al tocarme la sien y tengo dolor de cabeza",
            "giant_cell_arteritis",
        ),
        (
            "Mi tía de 80 dice que le golpea la sien y que se le nubló la vista",
            "giant_cell_arteritis_vision",
        ),
    ],
)
def test_signs_told_without_a_sign_word_warn(text: str, flag: str) -> None:
    assert flag in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # heartburn after a heavy meal, nothing else
        "I get heartburn after spicy food, my neck is stiff from the desk",
        # a faint at the sight of blood, no chest pain, no breathlessness
        "I fainted when they took my blood, my shoulder has been sore since the gym",
        # stiff shoulders in someone under fifty
        "I'm 35, my shoulders are stiff in the morning and I have a headache from stress",
        # a neck stiff after sleeping badly, no past illness
        "My neck hurts after sleeping on a new pillow",
        # heartburn every night on lying down after supper is reflux, not pain in every position
        "Tengo reflujo todas las noches al acostarme después de cenar, y me duele la nuca",
        # a stab in the chest small enough to point at with one finger, after the gym; a knee
        # puffy after its replacement with the calf said completely normal
        "Tengo un pinchazo en el pecho cuando voy al gimnasio, lo puedo señalar con un dedo",
        "Knee still puffy two weeks after my knee replacement; the calf feels completely normal",
    ],
)
def test_ordinary_look_alikes_stay_quiet(text: str) -> None:
    assert flags(text) == set()
