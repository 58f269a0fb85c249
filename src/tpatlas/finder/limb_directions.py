"""Directions said of a limb part in shorthand or after it (a sixth reading audit, 1 December
2026): "my heels hurt, at the back and underneath" is the back of the heels, not the trunk;
"L knee pain medial side" is the inner knee; "pain up the back into my achilles" runs along the
back of the leg; "el cuadril, por el costado" is the side of the hip, not the chest wall;
"neck pain + headache" names two places; "where my watch sits" is a place, not sitting; "the
ring finger on my left hand" is the finger, on the left.
Applied last among the rewrites (finder/rewrites.py), after shorthand sides ("L knee").
"""

from __future__ import annotations

import re

_LIMB = (
    r"(?:heels?|wrists?|knees?|ankles?|legs?|arms?|thighs?|calf|calves|hands?|feet|foot|elbows?|"
    r"achilles)"
)

# parts said with the limb they are on
_ON_LIMB = (
    r"(?:(?:ring\s+|index\s+|middle\s+|little\s+)?fingers?|thumbs?|fingertips?|knuckles?|palms?|"
    r"elbows?|wrists?|forearms?|kneecaps?|knees?|shins?|calf|calves|ankles?|toes?)"
)

_PART_ES = (
    r"(?:cadera|cuadril|rodilla|tobillo|codo|muneca|hombro|muslo|pierna|brazo|antebrazo|pie|mano)"
)
_PART_EN = r"(?:hip|knee|ankle|elbow|wrist|shoulder|thigh|leg|arm|forearm|foot|hand)"
_WAY_ES = r"(?:dentro|fuera|delante|detras|atras|adentro|afuera|adelante)"
_WAY_EN = r"(?:inside|outside|front|back)"
# faces, not heights: "la parte de arriba y de fuera del muslo" is one place, the upper outer thigh
_FACE_ES = (
    r"(?:de\s+(?:dentro|fuera|delante|detras|atras|adentro|afuera|adelante)|delantera|trasera|"
    r"externa|interna|anterior|posterior|lateral)"
)

LIMB_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a state said between the part and its side: "ankle swollen inside", "tobillo hinchado por
    # dentro", "rodilla dcha por fuera" (the side word is read wherever it stands)
    (
        re.compile(
            r"\b(ankle|knee|wrist|elbow|tobillo|rodilla|muneca|codo|cadera|hombro)\s+"
            r"(swollen|stiff|sore|tender|hinchad[oa]|inflamad[oa]|rigid[oa]|dcha|dcho|izq|izqda|"
            r"izqdo|derech[oa]|izquierd[oa])\s+(inside|outside|por\s+(?:fuera|dentro|delante|"
            r"detras))\b"
        ),
        r"\1 \3 \2",
    ),
    # "the back" said after a limb part is that part's back ("my heel, at the back and
    # underneath", "wrist swollen and painful on the back"), not the trunk
    (
        re.compile(
            rf"\b({_LIMB})\b([^.;]{{0,40}}?)\b(on|at|up|down|round|around)\s+the\s+back\b"
            r"(?!\s+of\b)"
        ),
        r"\1\2\3 the back of the \1",
    ),
    # ... and so is "the front" said after a joint: "my right hip has been sore at the front,
    # in the crease" is the front of the hip (a thigh's or shin's front goes with its height:
    # finder/heights.py)
    (
        re.compile(
            # (not "the hip bone at the front": the front of the pelvis's crest)
            r"\b(hips?|knees?|shoulders?|ankles?|wrists?|elbows?)\b(?!\s+bon)"
            r"([^.;]{0,30}?)"
            r"\b(on|at)\s+the\s+front\b(?!\s+of\b)"
        ),
        r"\1\2\3 the front of the \1",
    ),
    # ... and both faces said together are the part's: "sore at the front and the back"
    (
        re.compile(
            r"\bthe\s+(front|back)\s+of\s+the\s+(\w+)\s+and\s+(?:at\s+|on\s+)?the\s+(front|back)\b"
            r"(?!\s+of\b)"
        ),
        r"the \1 of the \2 and the \3 of the \2",
    ),
    # ... and "at the back of it" said after the part is the part's back: "my right knee at the
    # back of it is paining me"
    (
        re.compile(
            rf"\b({_LIMB})\b([^.;]{{0,20}}?)\b(?:at|on|in)\s+the\s+(back|front|side|inside|outside|"
            r"top|bottom)\s+of\s+it\b"
        ),
        r"\1\2, the \3 of the \1",
    ),
    # ... and in the next sentence, when it says where "it" hurts: "a stiff neck. It hurts on
    # the right side at the back" is the back of the neck
    (
        re.compile(
            rf"\b({_LIMB}|neck)\b([^.;]{{0,40}}?[.;]\s*(?:it|the\s+pain)(?:'s|\s+is|\s+hurts|\s+aches)"
            r"[^.;]{0,30}?)\b(on|at)\s+the\s+back\b(?!\s+of\b)"
        ),
        r"\1\2\3 the back of the \1",
    ),
    # "the whole leg from the knee down", "toda la pierna de rodilla para abajo" is the knee and
    # the lower leg, not the thigh
    (
        re.compile(
            r"\b(?:whole\s+|entire\s+)?((?:left|right)\s+)?(leg|legs)\b([^.;,]{0,25}?)\s*,?\s*"
            r"\bfrom\s+(?:the|my)\s+knees?\s+down(?:wards?)?\b"
        ),
        r"\1knee and lower \2\3",
    ),
    (
        re.compile(r"\bfrom\s+(?:the|my)\s+knees?\s+down(?:wards?)?\b"),
        " in the knee and the lower leg ",
    ),
    (
        re.compile(
            r"\b(?:toda\s+)?(?:la\s+)?(pierna|piernas)((?:\s+(?:derech|izquierd)as?)?)([^.;,]{0,25}?)"
            r"\s*,?\s*(?:desde\s+)?(?:de\s+)?(?:la\s+)?rodillas?\s+(?:para|hacia|pa)\s+abajo\b"
        ),
        r"la rodilla y la parte inferior de la \1\2\3",
    ),
    # "L knee pain medial side" (by now "knee pain inside"): a side said after the part
    (
        re.compile(
            r"\b(knee|ankle|elbow|wrist|thigh|calf|shin|foot|hip|arm)(\s+(?:pain|ache|aches|sore))?"
            r"\s+(inside|outside)\b(?!\s+(?:of|the|my)\b)"
        ),
        r"\3 of the \1\2",
    ),
    (re.compile(r"\bcabeza\s+(detras\s+de\s+los\s+ojos)\b"), r"\1"),
    # "+" and "&" join two places: "neck pain + headache behind the eyes"
    (re.compile(r"\s[+&]\s"), " and "),
    # "por el costado" said after a limb part is that part's side, not the chest wall
    (
        re.compile(
            r"\b(cadera|cuadril|rodilla|muslo|pierna|tobillo|pie|brazo|hombro|codo|muneca)\b"
            r"([^.;]{0,20}?)\bpor\s+el\s+costado\b"
        ),
        r"\1\2 por el lado",
    ),
    (
        re.compile(rf"\b(up|down)\s+the\s+back\s+(into|to|towards?)\s+(?=(?:my|the)\s+{_LIMB}\b)"),
        r"\1 \2 ",
    ),
    # where something worn sits is a place, not sitting: "where my watch sits", "where the straps
    # of my rucksack sit", "where my bra underwire sits"
    (
        re.compile(r"\b(where\s+(?:my|the|his|her)\s+(?:[a-z]+\s+){0,4}?)sits?\b"),
        r"\1goes",
    ),
    # "el dedo gordo" said of a wrist or hand is the thumb: "la muñeca por la parte del dedo gordo"
    (re.compile(r"\b(muneca|mano|manos|pulgar)\b([^.;]{0,40}?)\bdedo\s+gordo\b"), r"\1\2pulgar"),
    # a racket held is no shoulder blade: "cuando agarro la paleta" (padel, Argentina)
    (re.compile(r"\b(?:agarr|sujet|coj|cog|empun)\w*\s+la\s+paleta\b"), " "),
    # "where my bra underwire sits" is under the breast, at the side of the chest
    (re.compile(r"\b(?:bra\s+)?underwire\b"), " lower chest "),
    # "me duelen los pies por la planta" is the soles
    (re.compile(r"\bpies?\s+por\s+la\s+planta\b"), "planta del pie"),
    # the side of a wrist said after a comma: "(el costado de) la muñeca izquierda, del lado del
    # meñique"
    (
        re.compile(
            r"\b(?:el\s+)?costado\s+de\s+la\s+muneca\b(?=[^.;]{0,20}?,\s*del\s+(?:lado|ulnar|radial))"
        ),
        "la muneca",
    ),
    (
        re.compile(
            r"\b(muneca|mano|antebrazo|codo)((?:\s+(?:derech|izquierd)[oa])?)\s*,\s*(del\s+lado\s+"
            r"del\s+(?:menique|pulgar))"
        ),
        r"\1\2 \3",
    ),
    # a side tag after a comma is no place: "the top of my forearm, right arm."
    (re.compile(r",\s*(left|right)\s+(?:arm|leg|hand|foot)\s*(?=[.;!?]|$)"), r" \1 "),
    # "andar en bici" is cycling, not walking
    (re.compile(r"\b(?:andar|ando|andando|anduve|anda)\s+en\s+(bici\w*|moto\w*)"), r"montar en \1"),
    # a part said with the limb it is on is the part: "the ring finger on my left hand", "the
    # inner elbow of my right arm", "fingertips of both hands", "la choquezuela de la rodilla"
    (
        re.compile(
            rf"\b({_ON_LIMB})\s+(?:on|of|in)\s+both\s+(?:hands|arms|legs|knees|feet)\b(?!\s+of\b)"
        ),
        r"both \1",
    ),
    (
        re.compile(
            rf"\b({_ON_LIMB})\s+(?:on|of|in)\s+(?:the|my)\s+((?:left|right)\s+)?(?:hands?|arms?|"
            r"legs?|knees?|feet|foot)\b(?!\s+of\b)"  # not "the leg of the bed"
        ),
        r"\2\1",
    ),
    (re.compile(r"\b(rotulas?|choquezuelas?)\s+de\s+(?:la|mi|las|mis)\s+rodillas?\b"), r"\1"),
    # ... and a part of the leg said with the leg: "la canilla de la pierna", "heels of both legs"
    (
        re.compile(
            r"\b(canillas?|espinillas?|gemelos?|pantorrillas?|chamorros?|batatas?|tobillos?|talon|"
            r"talones|corvas?)\s+de\s+(?:(las\s+dos|ambas|ambos|both)|la|mi|las|mis)\s+piernas?\b"
        ),
        r"\2 \1",
    ),
    (
        re.compile(
            r"\b(heels?|shins?|calf|calves|ankles?)\s+of\s+(?:my\s+|the\s+)?(both\s+)?legs\b"
        ),
        r"\2\1",
    ),
    # "la cola, el huesito" (the tailbone, as people say it)
    (re.compile(r"\bla\s+cola\s*,\s*el\s+huesito\b"), "el coxis"),
    # shorthand: "pain btwn shoulder blades"
    (re.compile(r"\bbtwn\b|\bb/w\b"), "between"),
    # Scots: "ma shooder", "the back o ma leg"
    (re.compile(r"\bshooders?\b"), "shoulder"),
    (re.compile(r"\bback\s+o\s+(?:ma|my|me)\s+(leg|knee|neck|heid|head)\b"), r"back of my \1"),
    # a direction said after a comma or colon, a softener or "me duele", is still the part's: "la
    # cadera, como por dentro", "la rodilla, más bien por fuera", "la cadera: me duele por
    # dentro", "my knee, mostly on the inside"
    (
        re.compile(
            rf"\b({_PART_ES}|{_PART_EN})\s*[,:]\s*(?:(?:me\s+)?duele\s+|it\s+hurts\s+)?(?:(?:como|mas\s+bien|"
            r"sobre\s+todo|sobretodo|especialmente|mostly|mainly|especially|more)\s+)?"
            r"(?=(?:por\s+)?(?:dentro|fuera|delante|"
            r"detras|atras|adentro|afuera|adelante)\b|on\s+the\s+(?:inside|outside|front|back)\b)"
        ),
        r"\1 ",
    ),
    # "en la parte de afuera", "en la mitad de abajo" said after a part is its "por fuera", "por
    # abajo": "el cuadril derecho, en la parte de afuera", "la espinilla, en la mitad de abajo"
    (
        re.compile(
            rf"\b({_PART_ES}|espinillas?|canillas?|gemelos?|pantorrillas?|talon|nalgas?)"
            r"((?:\s+(?:derech|izquierd)[oa]s?)?)\s*,?\s*(?:en|por)\s+la\s+(?:parte|mitad|zona)\s+"
            r"de\s+(afuera|adentro|adelante|atras|arriba|abajo|fuera|dentro|delante|detras)\b"
        ),
        r"\1 por \3\2",
    ),
    # "por el borde de dentro" is "por dentro": the inner edge of the part
    (
        re.compile(r"\bpor\s+el\s+(?:borde|lado|costado)\s+de\s+(dentro|adentro|fuera|afuera)\b"),
        r"por \1",
    ),
    # ... and a half said after a comma further on is the half of the segment named before:
    # "la espinilla por el borde de dentro, en la mitad de abajo", "my left shin hurts along the
    # inside edge, the lower half"
    (
        re.compile(
            r"\b(espinilla|canilla|pantorrilla)s?\b([^.;]{1,40}?),\s*(?:en\s+)?la\s+(mitad|parte)\s+"
            r"de\s+(arriba|abajo)\b(?!\s+del?\b)"
        ),
        r"\1\2, en la \3 de \4 de la \1",
    ),
    (
        re.compile(
            r"\b(muslo|gemelo|antebrazo)s?\b([^.;]{1,40}?),\s*(?:en\s+)?la\s+(mitad|parte)\s+"
            r"de\s+(arriba|abajo)\b(?!\s+del?\b)"
        ),
        r"\1\2, en la \3 de \4 del \1",
    ),
    (
        re.compile(
            r"\b(shin|thigh|calf|forearm)s?\b([^.;]{1,40}?),\s*(?:(?:in|on|at)\s+)?the\s+"
            r"(lower|upper|top|bottom)\s+(half|third|part|end)\b(?!\s+of\b)"
        ),
        r"\1\2, the \3 \4 of the \1",
    ),
    # two directions for one part are two places: "la cadera por dentro y por delante" is the
    # groin and the front of the hip, "my knee on the inside and front" the inner and front knee
    (
        re.compile(
            rf"\b({_PART_ES})\s+por\s+({_WAY_ES})((?:\s+(?:derech[oa]|izquierd[oa]|dcha|dcho|izq))?)"
            rf"\s+(?:y|e|o)\s+(?:por\s+)?({_WAY_ES})\b"
        ),  # a side said after the part is moved after its direction by the first rule
        r"\1 por \2\3 , \1 por \4\3",
    ),
    (
        re.compile(
            rf"\b({_PART_EN})((?:\s+(?:hurts|aches|is|sore|painful)){{0,2}})\s+on\s+the\s+({_WAY_EN})"
            rf"\s+(?:and|or)\s+(?:the\s+)?({_WAY_EN})\b"
        ),
        r"\1\2 on the \3 , \1 on the \4",
    ),
    # two faces of one part said together are both the part's: "la parte de delante y de fuera
    # del hombro", "la parte delantera y externa del hombro", "la parte de delante y la de atrás
    # de la rodilla" (as "the front and the back of the knee")
    (
        re.compile(
            rf"\bparte\s+({_FACE_ES})\s+(?:y|e)\s+(?:la\s+)?(?:parte\s+|de\s+(?=la\b))?"
            rf"(?:la\s+)?({_FACE_ES})\s+(del|de\s+(?:la|los|las|mi|mis))\s+(\w+)"
        ),
        r"parte \1 \3 \4 y la parte \2 \3 \4",
    ),
    # a direction said after a part closes it: "la rodilla por fuera y el tobillo por dentro" is
    # the outer knee and the inner ankle, not the knee and the "fuera" of the ankle
    (
        re.compile(
            rf"\b({_PART_ES})\s+por\s+({_WAY_ES})((?:\s+(?:derech[oa]|izquierd[oa]|dcha|dcho|izq))?)"
            r"\s+(y|e)\s+(?=(?:el|la|los|las|mi|mis)\s)"
        ),
        r"\1 por \2\3 , \4 ",
    ),
    # "la planta del pie bajo los dedos pequeños" (the toes read as such by now) is the sole
    # under the smaller toes, the outer ball of the foot
    (
        re.compile(
            r"\b(?:bajo|debajo\s+de|abajo\s+de)\s+(?:los|mis)\s+toes\s+(?:pequenos|chicos)\b"
        ),
        " under the little toes ",
    ),
    # "just under the second and third toes" is the ball of the foot beneath them, as "under the
    # little toes" is (not the toes' tops)
    (
        re.compile(
            r"\b(?:under|beneath|underneath|below)\s+(?:my|the)\s+(?:second|third|fourth|middle|2nd|"
            r"3rd|4th)(?:\s*(?:,|and|&|or)\s*(?:second|third|fourth|fifth|2nd|3rd|4th|5th))*\s+toes?\b"
        ),
        " under the little toes ",
    ),
    # a "butt cheek" is a buttock, never the face ("under my left butt cheek")
    (re.compile(r"\b(?:butt|bum|arse|ass)\s+cheeks?\b"), "buttock"),
    # "kneecaps ache, both legs": the side said after a part of the leg
    (re.compile(r",\s*(?:both|ambas)\s+(?:legs|sides|piernas)\b"), " both "),
)
