"""More parts named for how they move or rest, not where it hurts (a seventh reading audit, 1
December 2026): "I can't turn me head" (Irish and Scottish "me" for "my"), "with knees bent",
"landed on my outstretched hand", "no puedo voltear la cabeza", "me quedó la cabeza torcida",
"no puedo apoyar el pie", "me apoyo en el codo", "al doblar el codo"; and words that only look
like places: "flew back from Australia", "a hand's width below the kneecap", "halfway down to
the knee". Like every circumstance (finder/circumstances.py), they are left out only when the
description names a place elsewhere.
"""

from __future__ import annotations

MOVED_PARTS = (
    r"\b(?:lift|raise|bend|straighten|turn|move|cross|rotate|tilt|twist|extend|flex)\w*\s+"
    r"(?:me|ma)\s+(?:knees?|legs?|arms?|head|neck|foot|feet|hips?|elbows?|wrists?|shoulders?|"
    r"back)\b"
    r"|\b(?:with\s+)?(?:my\s+|me\s+|the\s+)?(?:knees|legs|elbows?|arms?)\s+(?:bent|straight|"
    r"crossed|tucked|pulled)\s*(?:up)?\b"
    r"|\b(?:land\w*|fell|fall\w*)\s+(?:on|onto)\s+(?:my|an?|the|me)\s+outstretched\s+"
    r"(?:(?:left|right)\s+)?(?:hands?|arms?)\b"
    r"|\b(?:flew|fly|flying|flown|drove|driving|came|coming|got)\s+back\s+from\b"
    r"|\ba\s+hand(?:'?s|\s+is)?\s+(?:width|breadth)\b|\b(?:two|three|four|a\s+few)\s+"
    r"fingers?'?\s+(?:width|breadth)s?\b"  # "hand's" is read "hand is" (words.py)
    r"|\bhalfway\s+(?:down|up)\s+to\s+(?:the|my)\s+(?:knee|elbow|ankle|wrist)\b"
    # a blow taken, a comparison, a way of holding someone: "copped a knee to the thigh",
    # "like toothache in the leg", "lifting her under the arms"
    r"|\b(?:copped|took|got|caught|cop)\s+(?:a|an)\s+(?:knee|elbow|boot|foot|ball|stick|puck)\b"
    r"|\b(?:like|como)\s+(?:a\s+|un\s+)?(?:toothache|dolor\s+de\s+muelas)\b"
    r"|\b(?:under|by)\s+(?:the|her|his|their)\s+arms\b"
    r"|\b(?:voltear|volteo|voltea|volteando|voltearme)\s+(?:la|mi)\s+(?:cabeza|cuello)\b"
    r"|\b(?:me\s+)?(?:quedo|queda|tengo)\s+la\s+cabeza\s+(?:torcida|ladeada|girada)\b"
    r"|\b(?:con|tengo|llevo|pongo|tenia|llevaba)\s+(?:la|mi)\s+cabeza\s+(?:muy\s+|siempre\s+)?"
    r"(?:torcida|girada|ladeada|inclinada|agachada|adelantada|echada|doblada|hacia)\b"
    r"|\b(?:apoyar|apoyo|apoya|apoyando)\s+(?:bien\s+)?(?:el|los|mi|mis)\s+(?:pies?|talon|"
    r"talones)\b"
    r"|\b(?:me\s+)?apoyo\s+(?:en|sobre)\s+(?:el|los|mi|mis)\s+codos?\b"
    # a hand put down to break a fall: "me caí y apoyé la mano", "puse las manos"
    r"|\b(?:apoye|apoyo|puse|pone|meti)\s+(?:la|las|mi|mis)\s+manos?\s*(?=[.;,!?]|$)"
    r"|\b(?:doblar|doblo|dobla|doblando|estirar|estiro)\s+(?:el|la|mi)\s+(?:codo|muneca|dedo)\b"
    # reaching behind, kicking with a part, clothes that squeeze: "reaching behind my back",
    # "kicking with the inside of the foot", "tight waistbands"
    r"|\b(?:reach\w*|put\w*|get\w*|got)\s+(?:(?:my|the|a)\s+hands?\s+)?(?:up\s+)?behind\s+"
    r"(?:my\s+|the\s+|your\s+)?back\b"
    r"|\b(?:kick\w*|pass\w*|strik\w*|hit\w*)\s+(?:the\s+ball\s+)?with\s+the\s+(?:inside|outside)\s+"
    r"of\s+(?:my|the)\s+(?:foot|feet|boot)\b"
    r"|\b(?:tight|snug|elastic)\s+(?:waistbands?|belts?|jeans|trousers|pants|bras?|straps?)\b"
    # a part pressed into another is a comparison ("someone digging a thumb into my shoulder
    # blade", "como si me clavaran un codo en el costado"): the thumb and the elbow do not hurt
    r"|\b(?:an?|someone'?s|somebody'?s)\s+(?:thumb|elbow|knee|fist|finger)\s+(?=(?:into|against|"
    r"dug|digging|pressing|pushing|jammed|(?:in|on)\s+(?:my|the))\b)"
    r"|\b(?:clav|met|hund|apret|empuj)\w*\s+(?:un|una|el|su)\s+(?:codo|rodilla|puno|dedo|pulgar)\b"
    # how a runner lands: "landing on the front of my foot", "I run on my toes", "corro de
    # puntillas", "apoyando la parte delantera del pie"; the forefoot does not hurt for it
    r"|\b(?:land\w*|run\w*|ran|strik\w*|jog\w*)\s+(?:more\s+)?(?:on|onto|with)\s+(?:the\s+|my\s+)?"
    r"(?:(?:front|ball|balls|forefoot)\s+of\s+(?:my|the)\s+(?:foot|feet)|forefoot|toes|heels?)\b"
    r"|\b(?:forefoot|heel|midfoot)\s+(?:strike|striking|striker|running)\b"
    # where a bar is lowered to is no place: "when the bar is a couple of inches off my chest",
    # "cuando la barra me toca el pecho"
    r"|\b(?:bar|barbell|weights?|dumbbells?)\b[^.;]{0,30}?\b(?:off|to|touch\w*|onto|towards?)\s+"
    r"(?:my|the)\s+chest\b"
    r"|\b(?:barra|mancuernas?|pesas?)\b[^.;]{0,30}?\b(?:toca|tocan|baja|bajo|llega|llego)\s+"
    r"(?:hasta\s+|a\s+)?(?:el|mi|me\s+el|me\s+toca\s+el)\s+pecho\b"
    # a rear-end crash is a kind of accident, not the buttock: "since a rear-end car crash",
    # "a rear-end collision" ("my rear end hurts" stays the buttock)
    r"|\brear[\s-]end(?:ed)?\s+(?:car\s+|traffic\s+)?(?:crash|collision|accident|smash|shunt|impact)\b"
    # the arm a reach is made with moves, it is not where it hurts: "when I reach out to the side
    # with my arm", "stretching across with my left hand"
    r"|\b(?:reach\w*|stretch\w*|push\w*|pull\w*|lift\w*|rais\w*)\s+(?:(?:out|up|over|across|"
    r"forward|back|down)\s+)?(?:(?:to\s+the\s+side|in\s+front)\s+)?with\s+(?:my|the|one|his|her)\s+"
    r"(?:(?:left|right|other)\s+)?(?:arms?|hands?)\b"
    # carpal tunnel named as a comparison or a diagnosis is no place, as in English: "como si
    # fuera túnel carpiano", "pensaban que tenía túnel carpiano"
    r"|\b(?:como\s+si\s+fuera|como\s+(?:un|el)|pensaban?\s+que\s+(?:era|tenia)|penso\s+que\s+"
    r"(?:era|tenia)|dijo\s+que\s+(?:era|tenia)|dijeron\s+que\s+(?:era|tenia)|sospecha\w*\s+de)\s+"
    r"(?:un\s+|el\s+)?(?:sindrome\s+del?\s+)?tunel\s+(?:del\s+)?carpiano\b"
    # bending at the waist is how the trunk moves: "when I bend at the waist", "al doblarme por
    # la cintura", "inclinarme de cintura"
    r"|\b(?:bend\w*|bent|hing\w*|fold\w*|lean\w*)\s+(?:forward\s+)?(?:at|from)\s+(?:the|my)\s+"
    r"(?:waist|hips?)\b"
    r"|\b(?:dobl|inclin|flexion)\w*\s+(?:hacia\s+delante\s+)?(?:por|de|desde)\s+(?:la\s+)?"
    r"cintura\b"
    r"|\b(?:corr\w*|aterriz\w*|pis\w*)\s+(?:de\s+puntillas|(?:apoyando|con|sobre)\s+(?:la\s+)?"
    r"(?:parte\s+)?(?:delantera|punta|antepie)(?:\s+del\s+pie)?)"
)
