"""Red flags in very short inputs ("calf sore since long drive, now winded"), in the idioms of
older Spanish speakers ("se le va el santo al cielo"), in women's and men's health and in injury
reports, and a phrase heard said the other way round. Written from the misses of the studied
sets 24 to 27 (tests/eval/red_flag_cases_24.yaml to _27.yaml) and checked against their
controls. Cases only: tests/finder/test_red_flag_relatives_and_young.py runs them."""

from __future__ import annotations

WARNINGS: list[tuple[str, set[str]]] = [
    # very short inputs (tests/eval/red_flag_cases_24.yaml)
    (
        "flew home yesterday, now like breathing thru a straw + stabbing chest",
        {"pulmonary_embolism_chest", "pulmonary_embolism_risk"},
    ),
    ("calf sore since long drive, now winded on one flight of stairs", {"pulmonary_embolism"}),
    ("threw my back out lifting a box, now shivering n queasy", {"back_fever"}),
    (
        "70M back bone pain, rest doesnt help, wrecks my sleep, weight dropping",
        {"back_weight_loss_night"},
    ),
    ("couldnt get up from weeding, numb down below, trouble on the loo", {"cauda_equina"}),
    ("unexplained fall, one arm gone floppy, struggling to swallow", {"stroke"}),
    ("leg suddenly white n freezing compared to other one", {"cold_pale_limb"}),
    ("latigazo en el gemelo hace días, ahora me ahogo al levantarme", {"pulmonary_embolism"}),
    ("dolor de mandibula como de muelas, el dentista no ve nada, sudor frío", {"cardiac"}),
    ("lost 6kg w/o dieting", {"weight_loss"}),
    # the idioms of older Spanish speakers (tests/eval/red_flag_cases_25.yaml)
    (
        "me sube hasta la mandíbula, me vino un sudor frío de golpe y me falta el aire",
        {"cardiac"},
    ),
    ("le duele entre las paletas de la espalda y se queda sin aire al caminar", {"cardiac"}),
    (
        "un dolor de muela que se me corre por la quijada cuando subo la loma",
        {"exertional_jaw_arm"},
    ),
    (
        "de golpe sentí como si me rajaran por dentro, entre los omóplatos",
        {"aortic_dissection"},
    ),
    ("le duele la cabeza, no soporta la luz y se le va el santo al cielo", {"meningitis"}),
    ("me dio un aire y se me desvió la boca para un lado", {"stroke"}),
    ("tiene los huesos débiles y me dio un dolor en la mitad de la espalda", {"fracture"}),
    (
        "he perdido siete kilos sin estar a dieta y me duele la espalda de noche",
        {"back_weight_loss_night"},
    ),
    # women's and men's health, injury reports (tests/eval/red_flag_cases_26.yaml and _27)
    (
        "baby is 10 days old, two accidents with my bowels, everything down there feels dead",
        {"cauda_equina"},
    ),
    (
        "she had her baby 9 days ago and got a headache that came on in an instant",
        {"thunderclap"},
    ),
    (
        "gran is 4cm shorter than last year and felt a sudden awful pain in her back",
        {"fracture"},
    ),
    (
        "me faltaba el aire sin hacer nada, con náuseas y un dolor raro en la mandíbula",
        {"cardiac"},
    ),
    (
        "un dolor brutal y repentino en la espalda alta, como si algo se rasgara",
        {"aortic_dissection"},
    ),
    (
        "sin hambre y la ropa me queda grande, con dolor de espalda",
        {"weight_loss", "back_weight_loss_night"},
    ),
    (
        "Scrum collapsed on top of me, couldn't move my arms properly, neck pain is savage",
        {"spine_injury_nerves"},
    ),
    # a phrase said the other way round: "chest ~ hurt*" as "it hurts ... in my chest"
    ("it really hurts, right in the middle of my chest, when I climb the stairs", {"cardiac"}),
]
CONTROLS: list[str] = [
    # an everyday complaint in these words
    "siento la rodilla izquierda como floja, inestable, desde que me la torcí de joven",
    "the outside of my elbow burns and my grip is weaker, came on slow over months",
    "bottom of my heel hurts since I began walking every night to lose weight",
    # said the other way round, still no warning
    "Did a hot sweaty 10k and my calf is sore this morning, no swelling, no redness",
    "left side of my chest is sore, only hurts when I move my left arm; ECG normal",
    "Me duele el pecho al apretar justo al lado del esternón. No me falta el aire.",
    "toso un poco, flema transparente, nada de sangre",
    # a pressed chest or a saddle sore
    "Me duele el pecho, pero sólo cuando aprieto el músculo de debajo de la clavícula",
    "Después de una ruta larga en bici, molestia leve en los testículos por el sillín",
]
