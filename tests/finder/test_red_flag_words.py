"""Red flags are heard in a person's own words, in English and Spanish, with negation, and come
before any muscle in the finder's answer (core, API, CLI and page tests)."""

from __future__ import annotations

import pytest

from tests.reading import flags_heard as flags
from tpatlas.finder import find
from tpatlas.finder.query import query_from_text
from tpatlas.finder.red_flag_words import hear, stated_age
from tpatlas.kb import KnowledgeBase

# (description, flag, urgency): one row per red flag of the issue, in both languages.
RAISED = [
    ("Crushing chest pain walking uphill, and I break out in a cold sweat", "cardiac", "emergency"),
    ("Pressure in my chest and I can't catch my breath", "cardiac", "emergency"),
    ("Me aprieta el pecho al subir escaleras y me falta el aire", "cardiac", "emergency"),
    ("My lower back has been killing me and I've got a fever and chills", "back_fever", "today"),
    ("Dolor lumbar desde hace días y tengo fiebre", "back_fever", "today"),
    ("Back pain, I've lost a lot of weight without trying and it wakes me up at night",
     "back_weight_loss_night", "soon"),
    ("Me duele la espalda, he perdido peso sin hacer dieta y no me deja dormir por la noche",
     "back_weight_loss_night", "soon"),
    ("Numbness around my bottom and between my legs since today", "cauda_equina", "emergency"),
    ("My back went and now I can't control my bladder", "cauda_equina", "emergency"),
    ("Noto adormecida la zona de los genitales y no puedo orinar", "cauda_equina", "emergency"),
    ("My right calf is swollen, red and warm since the long flight home", "dvt", "today"),
    ("Tengo la pantorrilla hinchada, roja y caliente después de la operación", "dvt", "today"),
    ("Bad headache with a fever and a stiff neck", "meningitis", "emergency"),
    ("Dolor de cabeza con fiebre y rigidez de nuca", "meningitis", "emergency"),
    ("Sudden headache, the worst headache of my life", "thunderclap", "emergency"),
    ("De repente el peor dolor de cabeza de mi vida", "thunderclap", "emergency"),
    ("I'm 72 and my jaw hurts when I chew, with headaches at the temples", "giant_cell_arteritis",
     "today"),
    ("Tengo 68 años, me duele la mandíbula al masticar y tengo dolor de cabeza",
     "giant_cell_arteritis", "today"),
    ("I fell off a ladder and now my wrist looks deformed", "fracture_deformity", "emergency"),
    ("Me caí por las escaleras y desde entonces no puedo apoyar el pie", "fracture", "today"),
    ("Chest pain going into my left arm", "cardiac_spread", "emergency"),
    ("Me duele el pecho y se me va al brazo izquierdo", "cardiac_spread", "emergency"),
    ("Sudden tearing pain in my chest going through to my back", "aortic_dissection", "emergency"),
    ("Dolor desgarrador en el pecho que pasa a la espalda", "aortic_dissection", "emergency"),
    ("Pain in my left testicle that came on suddenly", "testicle_pain", "today"),
    ("Me duele un testículo desde esta mañana", "testicle_pain", "today"),
    ("I'm coughing up blood and my ribs hurt", "coughing_blood", "today"),
    ("Toso sangre y me duelen las costillas", "coughing_blood", "today"),
    ("My foot is cold and pale and hurts", "cold_pale_limb", "emergency"),
    ("Tengo el pie frío y pálido y me duele", "cold_pale_limb", "emergency"),
    ("Jaw pain when I walk uphill that goes away with rest", "exertional_jaw_arm", "today"),
    ("Me duele la mandíbula al subir escaleras y se pasa al parar", "exertional_jaw_arm", "today"),
    ("I've lost 10 kg without trying and my hip hurts", "weight_loss", "soon"),
    ("Dolor de espalda por la noche que no mejora con nada", "night_pain", "soon"),
    ("Tengo 70 años y me duele la sien al masticar", "giant_cell_arteritis", "today"),
    ("Tengo la pierna débil cada vez más y se me duerme", "progressive_weakness", "today"),
    ("Back pain and I cannot feel the toilet paper when I wipe", "cauda_equina", "emergency"),
    ("No siento la zona entre las piernas y me duele la espalda", "cauda_equina", "emergency"),
    ("Me duele la espalda y tengo la zona entre las piernas dormida", "cauda_equina", "emergency"),
    ("I can't feel anything between my legs and my back hurts", "cauda_equina", "emergency"),
    ("I've been having trouble controlling my bowels since my back went", "cauda_equina",
     "emergency"),
    ("Me cuesta controlar la orina desde que me duele la espalda", "cauda_equina", "emergency"),
    ("I've had back pain for weeks and I'm having night sweats", "back_fever", "today"),
    ("Me duele la espalda y tengo sudores nocturnos", "back_fever", "today"),
    ("Since the fall my shoulder looks out of place", "fracture_deformity", "emergency"),
    ("Después de la caída el hombro me quedó deformado", "fracture_deformity", "emergency"),
    ("I was in a car crash and now my neck hurts and my arms are tingling",
     "spine_injury_nerves", "emergency"),
    ("Tuve un accidente de coche y ahora me duele el cuello y se me duermen los brazos",
     "spine_injury_nerves", "emergency"),
    ("I fell off my bike, my back hurts and my legs feel numb", "spine_injury_nerves",
     "emergency"),
    ("The pain in my back is there day and night and nothing eases it", "night_pain", "soon"),
    ("I can't get comfortable at night, the pain is the same whatever I do", "night_pain",
     "soon"),
    ("Since I slipped on the stairs I can't put any weight on my ankle", "fracture", "today"),
    ("I'm 63, it hurts to chew and my scalp is tender when I brush my hair",
     "giant_cell_arteritis", "today"),
    ("Tengo 65 años, me duele al masticar y tengo dolor en la sien", "giant_cell_arteritis",
     "today"),
    ("Tengo la espalda fatal y calentura", "back_fever", "today"),
    ("Chest pain that goes into my neck and jaw", "cardiac_spread", "emergency"),
    ("Me duele el pecho y se me va a la mandíbula y al cuello", "cardiac_spread", "emergency"),
    ("Sudden excruciating pain in my chest that moved to my back, like ripping",
     "aortic_dissection", "emergency"),
    ("Severe headache, fever, and neck pain when I bend my head down", "meningitis",
     "emergency"),
    ("After I fell my wrist is swollen and I can't move it", "fracture", "today"),
    ("I was rear-ended and now my neck hurts and my fingers are numb", "spine_injury_nerves",
     "emergency"),
    ("Se me duerme la zona de la entrepierna y me duele la espalda baja", "cauda_equina",
     "emergency"),
    ("Me caí y la muñeca se ve chueca", "fracture_deformity", "emergency"),
    ("Tengo el pie frío y morado y me duele mucho", "cold_pale_limb", "emergency"),
    ("El dolor no se me quita ni de día ni de noche, ni acostado", "night_pain", "soon"),
    ("Mi esposo dice que el pecho le aprieta, está sudando frío y no le alcanza el aire",
     "cardiac", "emergency"),
    ("Desde anoche no logro hacer pipí aunque tengo ganas y me duele la espalda",
     "cauda_equina", "emergency"),
    ("Le explotó algo en la cabeza de repente, un dolor como nunca había tenido", "thunderclap",
     "emergency"),
    ("Finished treatment for breast ca two years ago, now a new ache in my upper back",
     "back_cancer_history", "today"),
    ("I keep waking up soaked in night sweats and my temp has gone over 38.5, low back sore",
     "back_fever", "today"),
    ("A mi mamá la operaron de un cáncer de mama y ahora le empezó un dolor en la mitad de la "
     "espalda", "back_cancer_history", "today"),
    ("missed the bottom step, heard a horrible crack and i cant put any weight on the foot",
     "fracture", "today"),
    ("MIL rang: throwing up, dizzy, seeing double and can't walk in a straight line",
     "dizziness_emergency", "emergency"),
    ("Mi mamá de repente empezó a hablar balbuceando y se le torció la cara para un lado",
     "stroke", "emergency"),
    ("Started with a scratchy throat and low fever, then my neck went really stiff and any light "
     "made me want to hide", "meningitis", "emergency"),
    ("La nena con fiebre y vómitos y unas manchitas rojas que no se van cuando aprieto con el vaso",
     "meningitis_signs", "emergency"),
    ("Whenever I take the stairs my jaw goes tight, then it settles if I stand still",
     "exertional_jaw_arm", "today"),
    ("Tripped on a kerb, heard a pop and my ring finger is pointing off sideways",
     "fracture_deformity", "emergency"),
    ("Tried to drink some juice and it ran out the left side of my mouth", "stroke",
     "emergency"),
    # an appetite "all gone" or a headache that "ya se me pasó" says nothing of the fever
    ("My appetite is all gone and I have a fever and back pain", "back_fever", "today"),
    ("Tengo fiebre y el dolor de cabeza ya se me pasó, me duele la espalda", "back_fever",
     "today"),
    ("I've lost 10 kg though my diet hasn't changed, and my hips ache", "weight_loss", "soon"),
    ("Two weeks after my knee replacement my chest hurts and I get short of breath",
     "pulmonary_embolism_chest", "emergency"),
    ("Me operaron hace una semana y empezó a dolerme el pecho y me cuesta respirar",
     "pulmonary_embolism_chest", "emergency"),
    # a sign taken back in its clause still counts when something graver comes with it, or
    # when the pain is someone else's
    ("Tengo mareos de siempre y ahora veo doble y no puedo caminar bien", "dizziness_emergency",
     "emergency"),
    ("I got dizzy standing up too fast and now I am seeing double and cannot walk straight",
     "dizziness_emergency", "emergency"),
    ("My mum had breast cancer and I have to look after her; her back hurts badly now",
     "back_cancer_history", "today"),
    # "nothing works" is no negation of what follows
    ("I have tried everything, nothing works, chest pain and sweating when I walk uphill",
     "cardiac", "emergency"),
    ("nothing on the x-ray, my chest is tight and I am sweating", "cardiac", "emergency"),
    ("Me mareé en el coche y ahora veo doble y no puedo caminar bien", "dizziness_emergency",
     "emergency"),
    ("Severe headache, stiff neck and purple spots on my legs", "meningitis_signs", "emergency"),
    ("Headache after lifting weights, sudden and severe", "thunderclap", "emergency"),
    ("Neck pain with a fever since yesterday", "pain_fever", "today"),
    ("Me duele la nalga y tengo fiebre", "pain_fever", "today"),
    ("The pain is constant at night, whatever position I lie in", "night_pain", "soon"),
    ("El dolor es constante por la noche, da igual la postura", "night_pain", "soon"),
    ("My face drooped on one side and my speech was slurred", "stroke", "emergency"),
    ("Se me torció la boca y arrastraba las palabras", "stroke", "emergency"),
    ("Neck pain, then I got dizzy and had double vision", "dizziness_emergency", "emergency"),
    ("Me duele el cuello, me mareo y me cuesta caminar", "dizziness_emergency", "emergency"),
    ("My neck is stiff and I feel dizzy when I turn my head", "dizziness", "soon"),
    ("Tengo mareos cuando giro la cabeza y me duele el cuello", "dizziness", "soon"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "flag", "urgency"), RAISED)
def test_a_red_flag_in_everyday_words_raises_its_warning(
    text: str, flag: str, urgency: str
) -> None:
    heard = {f.id: f for f in hear(text)}
    assert flag in heard, [f.id for f in hear(text)]
    assert heard[flag].urgency == urgency
    assert heard[flag].heard and all(w.lower() in text.lower() for w in heard[flag].heard)


@pytest.mark.parametrize(
    "text",
    [
        "Chest pain after bench press but no sweating, not short of breath",
        "Low back pain, no fever",
        "Dolor lumbar sin fiebre",
        "No tengo hormigueo entre las piernas, solo dolor de espalda",
        "Back pain, no night sweats, no fever",
        "My neck has been stiff for weeks from the desk and my fingers tingle",
        "I was in a car crash, my neck is sore, no tingling in my arms",
        # an injury long past is history: the flags of a recent injury stay silent
        "I had a car accident last year, it's fine now; my neck hurts and my hands tingle",
        "Me caí de la moto hace años y ahora me duele el cuello y se me duermen las manos",
        "I had a fall years ago; now my back hurts and my legs feel numb",
        # one sign cannot fill two of a flag's slots: a tender scalp alone is not arteritis
        "I'm 70 and my scalp is tender",
        # a sign taken back in its own clause: a diet, a fever gone, someone else's cancer
        "Lost 5 kg on purpose with a diet, now my shins ache after runs",
        "He perdido 3 kilos a dieta y me duele la rodilla al correr",
        "My ribs are sore after a cold, the fever's gone and I'm breathing fine",
        "Mi tío tuvo cáncer de próstata; me duele la espalda después de pintar",
        "My jaw aches from grinding my teeth at night, nothing to do with exercise",
        "My jaw aches from grinding at night; walking and stairs make no difference to it",
        "Me duele la mandíbula por apretar los dientes; subiendo escaleras no siento nada",
        "It cost me un huevo to get here and my knee hurts",
        "Had a cold with a temperature last week, that's all cleared now; my upper back is stiff",
        "Tuve un poco de fiebre pero ya se me pasó; me quedó dolor en la espalda de tanto toser",
        "my hip aches after a long walk but it settles and I sleep right through the night",
        "Rolled my ankle on Sunday, swollen, but I can walk on it, limping a bit, looks normal",
        "Me torcí el tobillo bajando un bordillo, puedo caminar aunque cojeo un poco",
        "Felt a bit dizzy standing up too fast after a sauna, fine in seconds; tight hamstrings",
        "Me mareo un poco en el barco y en el coche si leo; me duele el trapecio",
        "Grandad had prostate cancer, but my own back ache started after moving furniture",
        "Leg cramps in bed some nights, I stretch and it's gone. Nothing swollen or red after",
        "My calf is not swollen or red, it just aches after running",
        "Headache at the temples, no fever, no stiff neck",
        "Dolor de cabeza, sin fiebre ni rigidez de nuca",
        "I'm 34 and my jaw hurts when I chew, with headaches",
        "I fell asleep on the couch and my neck hurts",
        "Deep ache behind my knee when I sit",
        "Knots in my shoulder when I work at the desk",
        "I felt a tearing in my hamstring when sprinting",
        "My jaw hurts when I chew gum",
        "My hands get cold in winter and my wrist aches",
        "Neck pain but no dizziness and no double vision",
        "Dolor de cuello, sin mareos",
        "I'm not dizzy, my shoulder just aches when I reach up",
        "Nae fever, just a stiff neck and a sair heid",  # Scots "nae" is "no"
        # a denial whose last word is the sign's first ("hasn't lost" before "lost weight")
        "My back aches at night when I turn over, but I haven't lost weight",
        "Stiff neck from the desk, I haven't run a temperature",
        "My chest hurts after press-ups, but I can climb stairs without any problem",
    ],
)
def test_negated_or_ordinary_words_raise_nothing(text: str) -> None:
    assert hear(text) == []


def test_dizziness_is_warned_once_at_its_most_urgent() -> None:
    """A stroke sign or dizziness with double vision silences the plain dizziness warning; a
    feeling of faintness is dizziness, fainting is an emergency sign."""
    assert [f.id for f in hear("dizzy, and my face drooped on one side")] == ["stroke"]
    assert [f.id for f in hear("dizzy with double vision")] == ["dizziness_emergency"]
    assert [f.id for f in hear("I feel faint and dizzy when I stand up")] == ["dizziness"]
    assert [f.id for f in hear("I fainted and I'm dizzy")] == ["dizziness_emergency"]


def test_a_precise_fever_warning_is_not_repeated_by_the_general_one() -> None:
    assert [f.id for f in hear("My lower back hurts and I have a fever")] == ["back_fever"]
    assert "pain_fever" not in [f.id for f in hear("Bad headache with a fever and a stiff neck")]


@pytest.mark.parametrize(
    ("text", "age"),
    [("I'm 67", 67), ("aged 72", 72), ("a 55-year-old", 55), ("in my sixties", 60),
     ("tengo 70 años", 70), ("no age here", None), ("34F, temples ache", 34),
     ("(M58) jaw tires", 58), ("woman 63 - back ache", 63), ("Tengo 38, hernia lumbar", 38),
     # a distance or a temperature is no age
     ("I can't walk 50m without my calf aching", None), ("tengo 38,5 de fiebre", None)],
)  # fmt: skip
def test_a_stated_age_is_read(text: str, age: int | None) -> None:
    assert stated_age(text) == age


def test_warnings_heard_in_words_come_first_and_answer_their_question(kb: KnowledgeBase) -> None:
    query, understood = query_from_text(
        kb.chart, "low back pain with fever, I feel awful", red_flags=["fever"]
    )
    result = find(kb, query, understood=understood)
    assert result.flags[0].id == "back_fever" and result.flags[0].kind == "heard"
    assert "fever" not in [f.id for f in result.flags if f.kind == "red-flag"]  # not twice
    data = result.to_json(kb)
    assert next(iter(data)) == "red_flags" and data["results"]


def test_the_most_urgent_warning_is_first(kb: KnowledgeBase) -> None:
    text = "Back pain that is constant at night whatever position, and I can't control my bladder"
    query, understood = query_from_text(kb.chart, text)
    urgencies = [f.urgency for f in find(kb, query, understood=understood).flags]
    assert urgencies[0] == "emergency" and urgencies == sorted(
        urgencies, key=["emergency", "today", "soon"].index
    )


def test_warnings_are_given_in_spanish(kb: KnowledgeBase) -> None:
    query, understood = query_from_text(kb.chart, "dolor de cabeza con fiebre y rigidez de nuca")
    flag = find(kb, query, understood=understood).to_json(kb, "es")["red_flags"][0]
    assert flag["id"] == "meningitis" and "urgencias" in flag["message"].lower()


def test_an_operation_long_ago_raises_no_clot_warning() -> None:
    """An operation years ago is history: chest pain with breathlessness still raises the heart
    warning, not the clot one."""
    heard = [
        f.id
        for f in hear("I had a knee operation years ago; now my chest is tight and I'm breathless")
    ]
    assert "cardiac" in heard
    assert not {"pulmonary_embolism_chest", "pulmonary_embolism_risk"} & set(heard)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a sign that opens with a negation word is no denial, even after "ya" ("ya no")
        ("Me duele la espalda baja y ya no controlo la orina", "cauda_equina"),
        # weight that has been lost, said plainly, still counts with night pain in the back
        ("Lost a lot of weight, my back hurts all night whatever I do", "back_weight_loss_night"),
        # a normal test result named after the sign is not the sign said to be normal
        ("Crushing chest pain and sweating, my ECG is completely normal", "cardiac"),
        ("Chest pain on exertion the ECG is ok", "cardiac"),
        ("Chest pain when I walk uphill, my bloods are fine", "cardiac"),
        # trouble-free on the flat is angina's contrast, not exertion denied
        ("Chest pain when I walk uphill, no problem on the flat.", "cardiac"),
        ("Me duele el pecho al subir cuestas, en llano sin problemas.", "cardiac"),
        # heartburn said with a back that aches all night explains the chest, not the back
        (
            "Back pain all night with heartburn, and I've lost 8 kg without trying.",
            "back_weight_loss_night",
        ),
    ],
)
def test_a_sign_is_not_denied_by_a_neighbouring_word(text: str, flag: str) -> None:
    assert flag in flags(text)
