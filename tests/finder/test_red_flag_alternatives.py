"""Red flags that more than one combination of signs raises (`or` in red_flag_words.yaml), and
words that look like a sign but are not one: gym words for the chest muscles, a diet named only
to deny it, a knock that no longer hurts, ankles that swell by the evening, an age that looks
like a temperature ("Tengo 38, hernia lumbar"). Written from the misses of the fifth to twelfth,
twenty-eighth and twenty-ninth studied sets (tests/eval/red_flag_cases_*.yaml) and checked
against their controls."""

from __future__ import annotations

import pytest

from tests.reading import flags_heard as flags


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # an aching left arm with sweating or breathlessness is a heart attack's warning
        ("my left arm aches and I'm sweating buckets and gasping", "cardiac"),
        # ... with exertion alone, angina's, for today
        ("my left arm goes heavy every time I push the mower up the slope", "exertional_jaw_arm"),
        # dived head first: numb or tingling limbs are a spinal cord injury even without neck pain
        ("I dove into the shallow end and now both arms tingle", "spine_injury_nerves"),
        ("Me tiré de cabeza al río y me hormiguean las manos", "spine_injury_nerves"),
        # a head pain that came on in a second is a thunderclap headache
        ("pain in the middle of my head, like something popped, no build up", "thunderclap"),
        # after a journey, a painful calf with pain on breathing in
        ("Tras nueve horas de coche me ahogo y me palpita la pantorrilla", "pulmonary_embolism"),
        # a sore calf, then a breath that stabs, and breathlessness
        (
            "calf been sore since saturday, now every deep breath stabs and I'm out of breath",
            "pulmonary_embolism",
        ),
        # weight lost "without trying" stays a warning when a diet is joked about
        (
            "back ache for months, he's lost loads of weight without trying (he jokes it's his "
            "diet) and it keeps him up at night",
            "back_weight_loss_night",
        ),
        ("lost nearly a stone since summer and I haven't been dieting at all", "weight_loss"),
        # "no tengo hambre" negates nothing after it
        ("No tengo hambre y he perdido seis kilos, la ropa me baila", "weight_loss"),
        # "it doesn't matter how I lie" is no negation of what follows
        ("it wakes me up at night and it doesn't matter how I lie, nothing helps", "night_pain"),
        ("my left foot lies at a right angle after I slipped on the steps", "fracture_deformity"),
        ("the foot and lower leg are cold and a bad colour", "cold_pale_limb"),
        ("de repente se me durmió toda la parte derecha del cuerpo", "stroke"),
        ("tengo dormida la zona de la cola, como si me hubieran puesto anestesia", "cauda_equina"),
        (
            "I'm burning up, I can't bend my chin to my chest and the light is hurting my eyes",
            "meningitis",
        ),
        ("Tengo dolor de cabeza con fiebre alta, el cuello no lo puedo doblar", "meningitis"),
        (
            "landed from a box jump, felt a crack in the shin and can't put any weight on it",
            "fracture",
        ),
        (
            "Me chocaron por detrás con el carro, me duele el cuello y se me entumen los brazos",
            "spine_injury_nerves",
        ),
        (
            "se me cae el pie derecho, arrastro la punta y cada semana lo noto más flojo",
            "progressive_weakness",
        ),
        # a rash that does not fade under a pressed glass is an emergency on its own
        ("rash on his tummy, pressed a glass on it and it didn't go white", "meningitis_signs"),
        ("le salieron manchitas y no se blanquean con el vaso", "meningitis_signs"),
        ("got hit with a headache so sudden, peaked in seconds", "thunderclap"),
        (
            "slipped disc 3 weeks ago, and since yesterday I'm struggling to get a wee started",
            "cauda_equina_possible",
        ),
        ("dad's slumped to one side and his face looks lopsided", "stroke"),
        ("tengo un dolor en el pecho que se me fue hasta el brazo izquierdo", "cardiac_spread"),
        # a fever said as a temperature, a stiff neck tested with the chin on the chest
        (
            "Awful headache, temp 39, I can't put my chin on my chest and the lights are "
            "hurting my eyes",
            "meningitis",
        ),
        (
            "Mum was in bed for a fortnight. Her right calf is now red and warmer than the left",
            "dvt",
        ),
        (
            "he says the pressure is going into his neck and down both arms, chest pain",
            "cardiac_spread",
        ),
        (
            "Went over on my ankle playing netball, heard a loud crack, can't put it down",
            "fracture",
        ),
        # a denial does not reach past "and" starting a new clause
        ("no fever and I have chest pain when I climb stairs", "cardiac"),
        ("sin fiebre y me duele el pecho al subir escaleras", "cardiac"),
        (
            "he perdido 5 kilos sin hacer nada y me duele la espalda de noche",
            "back_weight_loss_night",
        ),
        (
            "sentí un desgarrón de repente en el pecho que me atravesó hasta la espalda",
            "aortic_dissection",
        ),
        ("sin querer he rebajado como 5 kilos, no estoy a dieta ni nada", "weight_loss"),
        (
            "con la ciática ahora se me escapa un poco el pipí sin darme cuenta",
            "cauda_equina",
        ),
        (
            "Sciatica down both legs and now sometimes I don't make it to the loo in time",
            "cauda_equina",
        ),
        ("se me ha dormido todo el lado izquierdo y se me traba la lengua", "stroke"),
        # the writer's own cancer "never had it come back" stays a sign
        (
            "I had breast cancer 3 years ago, never had it come back, now new back pain",
            "back_cancer_history",
        ),
        # "no" after a sign that is not a denial of it
        ("Tengo dolor de pecho, no puedo respirar bien", "cardiac"),
        ("tengo fiebre, no tengo tos y me duele la espalda", "back_fever"),
        (
            "jaw + left arm ache every time i carry the groceries up to the 3rd floor",
            "exertional_jaw_arm",
        ),
        ("se le durmió todo el lado derecho", "stroke"),
        ("de repente no puede mover todo el lado derecho", "stroke"),
        ("el pie izquierdo helado y pálido desde esta mañana", "cold_pale_limb"),
        ("tengo dormida la entrepierna y el culo", "cauda_equina"),
        ("my grandad's left arm and leg feel numb and heavy out of nowhere", "stroke"),
        ("Since yesterday my bum and the insides of my thighs feel numb", "cauda_equina"),
        ("My mum had cancer, I have it too and my back hurts at night", "back_cancer_history"),
        # a calf swollen by the evening and red is still a clot's warning
        ("my calf swells by the evening and it's red and hot", "dvt"),
        # a chest pain said besides the gym words is still heard
        ("heavy chest day, now my chest hurts and I get breathless on the stairs", "cardiac"),
        ("Me duele el pecho y me falta el aire al subir escaleras, no tengo agujetas", "cardiac"),
        # sudden jaw or neck pain in someone with heart disease, even without chest pain
        ("Me dio de repente un dolor en la quijada y ya tengo problemas del corazón", "cardiac"),
        ("he has a stent and a sudden pain came on in his jaw", "cardiac"),
        # pressure between the shoulder blades with light-headedness (a woman's heart attack)
        ("a heavy feeling between my shoulder blades and I've gone light-headed twice", "cardiac"),
        # a fever and a headache with confusion
        ("fever of 103, a brutal headache and she's confused", "meningitis"),
        # a temperature said with its decimal, or "de fiebre"
        ("tengo 38,5 y me duele la espalda", "back_fever"),
        ("tiene 39 de fiebre y le duele la espalda", "back_fever"),
        # a tearing back pain with sweating
        (
            "a terrible pain in his back, like something tore inside; he's grey and sweaty",
            "aortic_dissection",
        ),
        # the other thing it was, after a denial: "wasn't like a heart attack, more like ripping"
        (
            "he grabbed his chest, said it wasn't like a heart attack, more like ripping",
            "aortic_dissection",
        ),
        # a bout of coughing with thin bones
        ("bad cough for a month, now a sharp pain in my ribs, I'm 68 with thin bones", "fracture"),
        # pregnancy is a clot risk
        (
            "tengo 32 semanas de embarazo y de repente me falta muchísimo el aire",
            "pulmonary_embolism_risk",
        ),
        # a diet denied in a longer way
        ("la ropa me queda holgada y no he hecho ninguna dieta", "weight_loss"),
        ("ha perdido casi cinco kilos sin ponerse a régimen", "weight_loss"),
        # a denial ends where another person's clause starts
        (
            "Mum slipped in the kitchen; it isn't improving, she can't take any weight on it",
            "fracture",
        ),
        # "never had before" tells something new, it denies nothing after it
        (
            "tengo un dolor en la nuca que nunca había tenido, todo me da vueltas, veo doble",
            "dizziness_emergency",
        ),
        # a pop felt in a bout of coughing
        ("been coughing for a month and mid cough I felt something pop in my ribs", "fracture"),
        # a leg shorter and turned out that bears no weight, no fall told (dementia)
        (
            "no quiere andar y la pierna la veo más corta, con el pie girado hacia fuera",
            "fracture_deformity",
        ),
        # pain down the left arm, the worst ever felt
        ("a sharp pain shot down my left arm, the worst thing I've ever felt", "cardiac"),
        # sciatica now in both legs at once (studied set 34)
        (
            "Tengo ciática desde hace semanas. Hoy el dolor lo tengo en las dos piernas a la vez.",
            "cauda_equina_possible",
        ),
        ("My sciatica has spread, it's down both legs now", "cauda_equina_possible"),
        # spots someone rolls a glass over, with a pounding head (studied set 35)
        (
            "head pounding, mum saw spots on my arm and ran to get a glass to roll over them",
            "meningitis_signs",
        ),
        # "the surgery" rung is the GP practice: the blood coughed up is the warning, not a clot
        (
            "there was blood when I coughed and the wife's on at me to ring the surgery",
            "coughing_blood",
        ),
        # ... and an operation is still one
        (
            "since I got home from the surgery on my knee I can't catch my breath",
            "pulmonary_embolism_risk",
        ),
        # "y la ..." starts a new clause: the wound's "no" is not the leg's
        ("A los días de la cesárea la herida no me cerraba y la pierna se me hinchó", "dvt"),
        ("two weeks since I had my second baby and my leg is twice the size of the other", "dvt"),
        # text speak spelt out: "q" is "que"
        (
            "cada vez q subo la cuesta me da un dolor q se me va al brazo izquierdo",
            "exertional_jaw_arm",
        ),
        # a reading after a colon
        ("rodilla hinchada y roja, le tomé la temperatura: 38,4", "pain_fever"),
        # "y hoy ..." starts a new clause: "sin moverme" does not deny the calf
        (
            "ayer 12 horas de bus casi sin moverme y hoy el gemelo izquierdo hinchado y caliente",
            "dvt",
        ),
        ("hubby's smile has gone lopsided and his left arm keeps sinking", "stroke"),
        (
            "my 15yo woke me with a sudden pain in one ball and now he's throwing up",
            "testicle_pain",
        ),
        # chest or back pain in someone with Marfan's or an operated aorta
        ("I have Marfan's and a weird tightness started in my chest", "aortic_dissection"),
        (
            "my neighbour had something done to her aorta last year, pain in her chest for days",
            "aortic_dissection",
        ),
        # an old injury named beside a new fall does not hide the fall
        (
            "I fell off a ladder yesterday, can't put weight on my foot, old sprain on the other",
            "fracture",
        ),
        # ... a numb saddle area with a bladder that won't empty is still the emergency
        ("numb between my legs and I can't pee, after a long bike ride", "cauda_equina"),
        # ... but a cold foot is one
        ("I had a cold foot, white and numb, after the op", "cold_pale_limb"),
        # a reading of tenderness at the temples, over 50, with a headache
        ("I'm 72 and my temples are tender, headache every day", "giant_cell_arteritis"),
        # "no duermo" says sleeplessness and negates nothing after it
        ("El hombro va a peor, casi no duermo por las noches me ponga como me ponga", "night_pain"),
        # long-term steroids thin the bones: a fall on them is a fracture warning
        (
            "slipped on the ice and landed on my wrist, I've been on prednisone for a year",
            "fracture",
        ),
    ],
)
def test_each_combination_raises_its_warning(text: str, flag: str) -> None:
    assert flag in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # gym words name the chest muscles trained
        "Heavy chest day yesterday (bench + flys). My pecs ache going up the stairs, no tightness",
        "Subo las escaleras sin problema. Lo que tengo son agujetas del pecho del gimnasio",
        # a knock that no longer hurts
        "Me di un golpe en los huevos hace una semana, ya ni me acuerdo, no duele",
        # someone else's cancer, when the sore back is mine
        "My mum had breast cancer but I never have. I've got a sore lower back from digging",
        # numbness denied beside a sore saddle area
        "tengo la cola dolorida del sillín, nada dormido y al orinar todo normal",
        # a head-first fall years ago is history
        "I fell off my bike head first years ago, now my hands tingle on long rides",
        # a sore calf after running and breathless on hills: no pain on breathing in
        "my calf is sore from running and I get out of breath on hills",
        # a fever long gone
        "Ribs sore after a month of coughing with a cold, the fever is long gone",
        "Had flu with a high temperature two weeks ago, all better now. My back is still stiff.",
        "La fiebre la tuve hace tres semanas con la gripe y ya nada. Me quedó la espalda cargada.",
        "me duele la cabeza por la tensión de la pega, cero fiebre",
        # ankles that swell by the evening and are back to normal by morning
        "both ankles puff up by the evening. They're back to normal by morning, calves fine",
        # pain on turning over in bed, and weeing all the time, in pregnancy
        "26 weeks pregnant, low back ache when I turn over in bed. I wee all the time.",
        "Me mareo un segundo si me levanto de golpe del sofá, luego nada",
        # a foot warm and of its colour again after sitting cross-legged
        "Se me durmió el pie por cruzar las piernas, a los dos minutos volvió, calentito",
        # the chin put on the chest is a neck stretch, not a chest pain
        "my neck is stiff from the desk, it hurts to put my chin to my chest",
        # ... but a list of denials stays denied
        "no fever or chills and my back hurts",
        "sin fiebre ni escalofríos y me duele la espalda",
        # weight lost to training, or on a diet said before "y he bajado"
        "He bajado de peso porque he empezado a correr y como mejor.",
        "Estoy haciendo dieta a propósito y he bajado 8 kilos, me duele la zona lumbar.",
        # figures of speech, family history, breathing hard, both ankles after a flight
        "Estoy mareado de tanto papeleo, jaja, lo que me duele es la espalda",
        "Felt dizzy with excitement at my daughter's wedding haha, my knee aches from dancing",
        "Breast cancer runs in my family (my aunt), I've never had it myself; upper back knots",
        "Ran up five flights of stairs, legs burning and puffing a bit, zero chest pain",
        "Long-haul flight yesterday, ankles a bit puffy on both sides, gone after a walk",
        # a sign denied after it is named, the Spanish way
        "Fiebre no tengo, solo estoy molido de la mudanza",
        "fiebre no, solo los trapecios tiesos de cargar las bocinas",
        # both legs swollen at the end of the day, normal in the morning
        "Las piernas hinchadas al final del día, las dos por igual; en la mañana amanezco bien",
        # a fall years ago, a known positional vertigo, a relative's cancer, yesterday's push-ups
        "Me caí por la escalera hace cuatro años y me rompí la muñeca; está curada",
        "Tengo vértigo posicional diagnosticado, si me giro en la cama me da vueltas todo",
        "Mi tía tuvo cáncer de colon, pero yo nunca he tenido nada; lo mío es dolor lumbar",
        "Chest feels tight from yesterday's 100 push-ups, breathing's totally fine",
        # posture and pain down one side are no stroke; a knee brought to the chest is a stretch
        "my shoulders are lopsided and my neck aches",
        "I sit slumped to one side at my desk and my back hurts",
        "me duele todo el lado derecho del cuerpo de la caída de ayer",
        "el médico no le responde los mensajes y le duele la espalda",
        "llevo la rodilla hacia el pecho al hacer ejercicio y me duele la lumbar",
        # "won't fade" said of a pain, a glass of wine, a knee that popped: no rash, no thunderclap
        "my headache won't fade and my neck is stiff",
        "I drink a glass of wine and my neck pain doesn't fade",
        "something popped in my knee and now I have a headache",
        # everyday words that only sound like a sign
        "tengo los pies helados en invierno y me duelen las rodillas",
        "me cuesta respirar profundo cuando estoy nervioso y me duele la espalda",
        "I heard a loud bang and jumped, now my back hurts",
        "tengo un desgarro en el gemelo y me duele el pecho al toser",
        "I have to rush to the loo after coffee and my back hurts",
        "la boca anestesiada del dentista y me duele la mandíbula",
        "el dolor de espalda cada vez más flojo con la fisio",
        "the knee pain peaked in seconds when I twisted it",
        "My mum had cancer years ago but I never have. Just got a sore lower back",
        "Nan got a bit lightheaded standing up quickly after a hot bath, it passed straight away",
        "Me rompí la clavícula hace dos temporadas y soldó bien. Ahora me duele el trapecio",
        # a rash that faded under the glass
        "a few red spots on her arm, I did the glass test and they faded",
        "Dolor en la ingle después del fútbol, en el aductor. Los testículos bien, nada hinchado.",
        "Pulled my groin at five-a-side. My testicles are completely fine, it's the inner thigh.",
        # an age, not a temperature
        "Tengo 38, hernia lumbar desde hace un mes y el dolor me baja por la pierna",
        "Tengo 38. Me duele la espalda desde la mudanza",
        "cero mareos, cero hormigueos, solo el cuello contracturado",
        "my legs arent swollen or hot, just achy from the bootcamp class",
        # an age as people post it: under fifty, no arteritis
        "34F, I clench my teeth at night, temples ache and my scalp feels tender, eyesight fine",
        # fingers white in the cold, back as they warm: Raynaud's
        "26F, in winter my fingers go white and numb when I'm cold, back to normal in minutes",
        "me quedé clavado al coger al nieto. Sin hormigueos, el pis normal, y fiebre tampoco.",
        "Back stiffened up after digging. Nothing down the legs, haven't run a temperature.",
        # everyday words kept out of the lists: a knee that "starts to pain", a hot day, a strain
        "my knee start to pain me when I climb the stairs",
        "I'm roasting in this heat and my back hurts",
        "lifting a box I felt something tear in my lower back, a sudden sharp pain",
        "me cuesta empezar el día con este dolor de espalda",
        "pinchazos en el pecho al girarme; apretando con el dedo me duele justo ahí, sin sudores",
        # what brings the pain on, said not to or said to be fine
        "Chest wall sore for a week, hurts when I sneeze. Walking up hills doesn't set it off.",
        "It stabs when I press one spot on my breastbone. Walking uphill is fine, not breathless.",
        # temple pain alone is no tender scalp, a black eye no loss of sight, and going to the
        # eye doctor no vision that went (pairings a concept's words must not make)
        "my temple hurts",
        "me duele la sien desde esta mañana",
        "I got a black eye and my temple hurts",
        "I went to the eye doctor for my headache, I'm 60",
        # a cold caught, or the cold outside, is no cold limb
        "caught a cold, pale, neck stiff from sleeping badly",
        "blue from the cold after swimming, shoulder sore",
        # a plain cause for a red, warm or swollen leg, and an injury long past
        "my leg is swollen from a mosquito bite",
        "red and warm skin after a sunburn on my legs",
        "my calf is red after a massage",
        "my knee gives way sometimes, old ACL injury",
        # fingers white when cold (Raynaud's), night sweats from a hot room
        "my fingers turn white when cold",
        "sudo por la noche porque hace calor, me duele la espalda del colchón",
        # a plain cause in the same clause: the bike seat, the run, asthma
        "numb bum after a long bike ride, goes away after",
        "my calf is warm after my run, no swelling",
        "I get short of breath with my asthma and my upper back is tight",
        # text speak: "w/o" is "without"
        "chest a bit sore after bench press, w/o sweating or breathlessness",
        # sciatica in one leg, easing
        "my sciatica is easing, it was only ever in my left leg",
        # an arm that went to sleep under the pillow is no stroke
        "Se me durmió el brazo por dormir encima y a los dos minutos estaba bien",
    ],
)
def test_look_alikes_raise_nothing(text: str) -> None:
    assert flags(text) == set()
