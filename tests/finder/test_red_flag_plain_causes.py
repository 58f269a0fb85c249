"""Ordinary aches told with words that sound like a warning sign, and the plain cause that takes
the sign back (finder/taken_back.py, told_anywhere.py, look_alikes.py), read from the studied
sets of everyday controls (red_flag_controls_1 to 3): each look-alike raises nothing, and the
same sign without its cause still warns."""

from __future__ import annotations

import pytest

from tests.reading import flags_heard as flags


@pytest.mark.parametrize(
    "text",
    [
        # a normal thermometer reading is no fever; nor is a shiver after a flu jab that passed
        "Me duelen las piernas del gimnasio y tuve escalofríos, pero el termómetro marcaba 36,8.",
        "Back aches after gardening, felt shivery so I checked: temperature 37.1.",
        "Arm sore where I had my flu jab, felt shivery last night but fine today.",
        # a saddle area numb after a long ride that comes back once off the bike
        "Four hours on the bike and my crotch went numb. Feeling came back after a shower.",
        "Tras una ruta larga en bici se me duerme el periné. Al rato vuelve la sensibilidad.",
        # an arm dead from lying on it, back within minutes
        "Woke with my left arm completely dead. I'd been lying on it. Normal within a few minutes.",
        # light-headed once on standing, a hangover
        "Got lightheaded standing up after a meeting, held the desk and it passed. Back is stiff.",
        "Tengo dolor de cabeza y me mareo al levantarme. Anoche bebí de más, es la resaca.",
        # the chest sore from pull-ups or press-ups, brought on by pressing the spot
        "Después de hacer dominadas me duele el pecho, solo aparece si me aprieto ese punto.",
        "Did press-ups this morning and now my chest is sore when I push a heavy door.",
        # a bruise, a wasp sting: a plain cause for a red, swollen leg
        "Me caí de la escalera y tengo un moretón morado en la pierna, camino bien.",
        "Me picó una avispa en el gemelo y tengo la pantorrilla hinchada y roja alrededor.",
        # night cramps are cramps; the ankle's outer bone is a place
        "A mi madre le dan calambres en el gemelo todas las noches, estirando se le pasa.",
        "Me torcí el tobillo, lo tengo hinchado alrededor del hueso de fuera, pero apoyo bien.",
        # an age said plainly: jaw pain on chewing at 38 is no arteritis
        "Me duele la mandíbula al masticar y tengo dolor en las sienes. Tengo 38 y mucho estrés.",
        # the calf said to be fine
        "Me doblé el tobillo y está hinchado, la pantorrilla la tengo bien.",
        # (controls 2) a lip numb and a smile lopsided after a filling
        "Had a filling this morning and my lip is still numb, my smile looks lopsided.",
        # a frozen shoulder that will not lift, a thigh that took a knee, legs puffy alike
        "Frozen shoulder for months. Now I can't lift the arm above shoulder height.",
        "Took a knee in the thigh at football. The thigh is swollen and hard, walking on it.",
        "Long flight, my ankles were puffy. Both legs the same, it settled after a walk.",
        # a nurse on an oncology ward, testicles said fine, a chest tender to press
        "Night nurse on an oncology ward, my lower back aches after lifting patients.",
        "Pulled my inner thigh at kickboxing, nothing wrong with my testicles.",
        "Sharp pain at the front of my chest after lifting a box, tender pressing on the bone.",
        # (controls 3) a weight said steady or lost for a reason; a relative's cancer the
        # person written for never had; the scrotum said normal; feet puffy after a flight;
        # a groin strain; the heart named as something known
        "My lower back is stiff lying down, and my weight hasn't budged this year.",
        "My grandad digs all day, his back twinges, but he hasn't lost weight at all.",
        "He bajado 3 kilos porque dejé los refrescos, y la espalda me molesta al agacharme.",
        "A mi vecina le duele la espalda; su padre tuvo cáncer, pero ella nunca ha tenido nada.",
        "Groin pull at football, sore on the inside of the thigh, the scrotum is normal.",
        "Me dio un tirón en el aductor; los testículos sin dolor ni hinchazón.",
        "Twelve hours flying to Chile, my feet swelled a little and my legs felt heavy.",
        "Felt my inner thigh pull on the turn, a little swollen high up, walking fine.",
        "I know left arm pain can be the heart, but this is just sore where I lean on the desk.",
        # (controls 4, everyday aches in every voice) weight lost counting calories; light-
        # headed for a few seconds on shooting up; a calf red and puffy from a sting told in
        # another sentence; Raynaud's named; a toe stubbed on a table leg; a bloated belly; an
        # arm slept on; legs like jelly after leg day; a numb crotch after a ride that passed
        "Estoy contando calorías y bajé 5 kilos; me duelen las rodillas al caminar.",
        "Shot up from my chair and went light-headed for a few seconds, my neck is stiff.",
        "A wasp stung me on the shin yesterday. Today the calf is red, swollen and warm around it.",
        "My fingers go white and numb in the cold. It's Raynaud's, they turn red when I warm them.",
        "Stubbed my toe on the table leg, it's puffy and a bit purple.",
        "Tengo la barriga hinchada y me duele la pierna de estar de pie.",
        "Woke with my arm floppy and useless. I'd been lying on it. Back to normal in minutes.",
        "After leg day my legs were like jelly, today they're just sore.",
        "Tras la ruta en bici se me durmió la entrepierna. Al caminar un rato se me pasó.",
        # (controls 5, hard: warning words with the plain cause told) a pop with a clear X-ray;
        # sore testicles fine the next morning, a knock that barely hurts minutes later; the
        # worst headache for seconds from a slushie; legs like jelly after a marathon; a fever
        # over for days
        "Rolled my ankle at netball and felt a pop. The X-ray was clear, just a sprain.",
        "My testicles ached after a long ride on a new saddle, fine the next morning.",
        "Took a ball right in the testicles. Twenty minutes later he was playing, barely hurts.",
        "Worst headache ever for ten seconds after a slushie. Brain freeze!",
        "Day after the marathon my legs are jelly, going downstairs backwards.",
        "Tuve fiebre con la gripe. Ya llevo tres días sin fiebre y me duele la espalda de toser.",
    ],
)
def test_everyday_look_alikes_raise_nothing(text: str) -> None:
    assert flags(text) == set()


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a high reading is a fever, decimal point and all
        ("My back is killing me and my temp is 38.9, shaking all over", "back_fever"),
        ("Dolor de espalda y el termómetro marca 38,7", "back_fever"),
        # a numb saddle area that has not come back, or after a crash, stays the emergency
        ("Since my long bike ride I can't feel my bum or between my legs", "cauda_equina"),
        (
            "Came off my bike and now I can't feel between my legs, it went away for an hour",
            "cauda_equina",
        ),
        # an arm gone weak with a drooping face is a stroke, whatever the arm was lying on
        ("My arm went weak and my face is drooping on one side", "stroke"),
        # a bone showing after a fall
        ("Me caí y se me ve el hueso salido por fuera del tobillo", "fracture_deformity"),
        # the chest heavy (not a heavy thing) on exertion
        ("My chest feels heavy when I walk uphill and I get sweaty", "cardiac"),
        # a rib-joint diagnosis explains old pain, not chest tightness that now comes on walking
        (
            "They said it was costochondritis, but now my chest tightens when I walk uphill and I "
            "get sweaty",
            "cardiac",
        ),
        # a tear only guessed at does not explain a swollen calf with breathlessness
        (
            "Tengo la pantorrilla hinchada y me pincha el costado al respirar hondo. Pensé que era "
            "un desgarro.",
            "pulmonary_embolism",
        ),
        # a foot that catches more and more is foot drop
        (
            "My right foot has started catching on the pavement more and more",
            "progressive_weakness",
        ),
        # weight lost unexplained with night pain; the writer's own cancer; a painful scrotum;
        # one calf swollen and red after a flight; chest pain on exertion with an aching arm
        ("I've lost a stone without trying and my back hurts all night", "back_weight_loss_night"),
        ("Tuve cáncer de mama hace dos años y ahora me duele la espalda", "back_cancer_history"),
        ("My scrotum is swollen and really painful since this morning", "testicle_pain"),
        ("After the flight my left calf is swollen, red and warm", "dvt"),
        ("My chest hurts when I walk uphill and my left arm aches", "cardiac"),
        # a calf red and warm with no sting; a foot suddenly cold and pale; an arm floppy and weak
        ("My left calf is red, swollen and warm, no injury", "dvt"),
        ("My foot went suddenly cold, pale and painful", "cold_pale_limb"),
        ("My arm is floppy and weak since this morning", "progressive_weakness"),
        # a crack with no X-ray; a sudden swollen testicle; the worst headache, in a second; a
        # fever now with back pain
        ("Fell off a ladder, heard a crack and can't put weight on my ankle", "fracture"),
        ("Sudden pain in my testicle and it's swollen", "testicle_pain"),
        # what was fine the next morning, or a break in the skin, is not the testicle or the bone
        (
            "My back was fine the next morning. Now my left testicle is swollen and throbbing.",
            "testicle_pain",
        ),
        ("Fell off my bike, no break in the skin but I heard a crack and can't walk", "fracture"),
        ("Worst headache of my life, came on in a second", "thunderclap"),
        ("Tengo fiebre y me duele mucho la espalda", "back_fever"),
        # a sting or a strain told elsewhere does not explain a leg swollen after a long
        # journey or an operation
        (
            "I was stung by a wasp on my arm last week. Now my calf is swollen, red and hot since "
            "the long flight home.",
            "dvt",
        ),
        (
            "Me picó una avispa en el brazo. La pantorrilla izquierda está hinchada, roja y "
            "caliente desde el vuelo.",
            "dvt",
        ),
        (
            "Pulled my calf muscle playing squash. Two days after my knee operation the calf is "
            "swollen and hot.",
            "dvt",
        ),
        # a plain cause told before a new sign does not explain it: a brain freeze at lunch, a
        # fever over for days, a knock that passed, a frozen shoulder and a weak leg
        (
            "Had a slushie at lunch. Tonight the worst headache of my life hit me like a "
            "thunderclap and I threw up.",
            "thunderclap",
        ),
        (
            "Comí un granizado. Horas después, el peor dolor de cabeza de mi vida, de golpe.",
            "thunderclap",
        ),
        (
            "No fever for three days after the flu. Now my back hurts and I have a fever of 39.",
            "back_fever",
        ),
        (
            "Got kneed in the groin at football, it barely hurts now. But this morning my left "
            "testicle suddenly became very painful and swollen.",
            "testicle_pain",
        ),
        (
            "Tengo capsulitis en el hombro derecho. Ahora la pierna izquierda se me debilita "
            "cada día más.",
            "progressive_weakness",
        ),
        # ... nor does a massage or a bite said with the leg, after an operation
        (
            "Two weeks after my hip replacement my calf is swollen, red and warm after a massage.",
            "dvt",
        ),
        (
            "Después de la operación de rodilla tengo la pantorrilla hinchada, roja y caliente "
            "por una picadura de mosquito.",
            "dvt",
        ),
        # a dentist's injection explains a numb face, not an arm that will not move; a numb
        # saddle area that always passed after rides, numb now for two days
        (
            "My face is swollen from the dentist, and now I can't move my left arm and my "
            "speech is slurred.",
            "stroke",
        ),
        (
            "I cycle a lot and the numbness in my saddle area always went away. This time I've "
            "been numb between my legs for two days.",
            "cauda_equina",
        ),
        # asthma named before a new sudden breathlessness after a flight
        (
            "I have asthma but this is different: sudden breathlessness and sharp chest pain "
            "when I breathe in, since my flight yesterday.",
            "pulmonary_embolism_risk",
        ),
        # Raynaud's explains white fingers, never a whole leg gone suddenly cold and pale
        (
            "I have Raynaud's in my fingers. Today my left leg suddenly went cold, pale and numb "
            "and it really hurts.",
            "cold_pale_limb",
        ),
        (
            "Tengo Raynaud en las manos. Hoy la pierna izquierda se me puso de repente fría, "
            "pálida y me duele mucho.",
            "cold_pale_limb",
        ),
        # jaw pain on chewing with a temple headache at 72
        (
            "Tengo 72 años, me duele la mandíbula al masticar y tengo dolor en las sienes",
            "giant_cell_arteritis",
        ),
    ],
)
def test_the_sign_without_its_cause_still_warns(text: str, flag: str) -> None:
    assert flag in flags(text)
