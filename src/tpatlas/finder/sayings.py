"""Sayings that name a body part without saying where it hurts: comparisons ("like a hand
squeezing", "como un puño"), another person's part ("my baby's head") and a place denied or found
fine ("my knee doesn't hurt", "la columna está bien"). Part of the circumstances the reader
removes before it looks for places (finder/circumstances.py); idioms are in finder/idioms.py, and
one place said on both sides ("the left one too") in finder/paired_sides.py.
"""

from __future__ import annotations

# "bien" before how it feels says how much, not that all is well: "está bien hinchada"
NOT_HOW = (
    r"(?!\s+(?:hinchad|inflamad|adolorid|dolorid|entumid|contracturad|cargad|tens|rigid|roj|"
    r"morad|jodid|fastidiad|molest|mal)\w*)"
)
# Body parts as people name them in the patterns below, and the people whose parts they may be.
PART = (
    r"(?:arms?|legs?|knees?|feet|foot|hands?|head|neck|back|chest|hips?|shoulders?|elbows?|"
    r"wrists?|ankles?|heels?|toes?|fingers?|thumbs?|calf|calves|shins?|thighs?|face|eyes?|ears?|"
    r"chin|jaw|teeth|tooth|stomach|belly|tummy|palms?|fists?|spine|ribs?|bum|butt|bottom)"
)
PART_ES = (
    r"(?:brazos?|piernas?|rodillas?|pies?|manos?|cabeza|cuello|espalda|pecho|caderas?|hombros?|"
    r"codos?|munecas?|tobillos?|talon|talones|dedos?|pulgar(?:es)?|gemelos?|muslos?|cara|ojos?|"
    r"orejas?|oidos?|barbilla|mandibula|dientes|muelas?|estomago|barriga|tripa|palmas?|punos?|"
    r"columna|costillas?|cintura|nalgas?)"
)
ART_ES = r"(?:el|la|los|las|mi|mis|un|una|su|sus|tu|tus)"
PEOPLE = (
    r"(?:baby|babies|toddler|son|daughter|kid|kids|child|children|husband|wife|partner|boyfriend|"
    r"girlfriend|mum|mom|mam|mother|dad|father|brother|sister|friend|grandson|granddaughter|"
    r"grandma|grandmother|gran|nan|nana|grandpa|grandfather|dog|cat|horse|puppy|pet|neighbou?r|"
    r"colleague|coworker|boss|someone|somebody|opponent|teammate|twins|student|pupil|boy|boys|"
    r"girl|girls|lad|lass|wean|bairn|parents|uncle|aunt|auntie|cousin|nephew|niece|"
    r"mother-in-law|father-in-law|classmate)"
)
PEOPLE_ES = (
    r"(?:bebes?|nen[ea]s?|nin[oa]s?|hij[oa]s?|marido|espos[oa]|mujer|pareja|novi[oa]|madre|padre|"
    r"mama|papa|abuel[oa]|herman[oa]|niet[oa]|perr[oa]|gat[oa]|amig[oa]|companer[oa]|jef[ea]|"
    r"vecin[oa]|caballo|suegr[oa]|sobrin[oa]|prim[oa])"
)
# Comparisons: "like a hand squeezing", "like someone's elbow digging in", "the size of my
# palm", "a thumb-sized spot", "like a kick in the stomach", "como un puño", "como un dolor de
# muelas", "del tamaño de la palma de la mano".
COMPARISONS = (
    r"\b(?:like|as\s+if|as\s+though)\s+(?:a|an|someone'?s?|somebody'?s?)\s+(?:[a-z]+\s+)?"
    r"(?:hands?|fists?|thumbs?|fingers?|claws?|(?:knees?|elbows?|foot|feet|boot)(?:\s+(?:in|to|"
    r"into)\s+(?:the|my)\s+[a-z]+)?)\b"
    r"|\blike\s+(?:a|being|i'?ve\s+been|i\s+was|i\s+got|someone|somebody)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:kick(?:ed)?|punch(?:ed)?|blow|slap(?:ped)?|hit|kneed|elbowed|thump(?:ed)?|smack(?:ed)?)"
    r"\s+(?:me\s+)?(?:in|to|on|into)\s+(?:the|my)\s+[a-z]+\b"
    r"|\b(?:the\s+)?size\s+of\s+(?:a|an|my|your|the|his|her)\s+(?:[a-z]+\s+)?(?:fist|palm|hand|"
    r"thumb|thumbnail|finger|fingertip|fingernail|thumbprint|nail)\b"
    r"|\bcomo\s+(?:si\s+)?(?:un|una|unos|unas)\s+(?:[a-z]+\s+){0,2}?(?:punos?|manos?|codo|"
    r"rodilla|pie|bota|dedos?|muelas?|dientes?)\b"
    r"|\bcomo\s+si\s+(?:[a-z]+\s+){1,4}?con\s+(?:la|una|el|un|las|los)\s+(?:manos?|punos?|pie|"
    r"rodilla|codo|dedos?)\b"
    r"|\bcomo\s+(?:si\s+(?:me\s+)?[a-z]+\s+)?(?:un|una)\s+(?:patada|punetazo|golpe|bofetada|"
    r"rodillazo|codazo|pisoton)\s+(?:en|a|al)\s+(?:(?:el|la|los|las|mi|mis)\s+)?[a-z]+\b"
    r"|\btamano\s+de\s+(?:un|una|mi|la|el)\s+[a-z]+(?:\s+de\s+(?:la|mi)\s+mano)?\b"
    r"|\bcomo\s+(?:de|un\s+dolor\s+de|el\s+dolor\s+de)\s+muelas\b"
    r"|\bcomo\s+cuando\s+(?:te|me|se|uno\s+se)\s+(?:pegas|pego|pega|golpeas|golpeo|golpea|das|doy|da)\s+"
    r"(?:un\s+golpe\s+)?(?:en|con)\s+(?:el|la|los|las)\s+[a-z]+\b"
)
# Another person's part: "my baby's head", "my husband's back", "la cabeza de mi bebé". Unless it
# is said to hurt ("my son's knee hurts"), which a parent may well be describing.
OTHERS = (
    rf"\b{PEOPLE}(?:'s|s'|')\s+(?:(?:left|right|little|tiny|big|whole|small)\s+)?{PART}\b"
    r"(?!\s*(?:,|and\b|&|or\b|/|hurts?\b|hurting|aches?\b|aching|is\s+sore|pain))"
    rf"|\b{PART_ES}\s+(?:de|del)\s+(?:(?:mi|mis|su|sus|tu|tus|nuestr[oa]s?|la|el|los|las)\s+)?"
    rf"{PEOPLE_ES}\b(?!\s+(?:le\s+|les\s+)?duel)"
    # ... and when it hurts "too", or the other person "has" the pain: "my wife's knee hurts
    # too, but mine is my hip", "my husband has back pain", "mi marido tiene dolor de rodilla"
    rf"|\b{PEOPLE}(?:'s|s'|')\s+(?:(?:left|right|bad)\s+)?{PART}\s+(?:hurts?|aches?|is\s+sore)"
    r"\s+(?:too|as\s+well)\b"
    rf"|\b(?:my|our|his|her)\s+{PEOPLE}\s+(?:also\s+)?(?:has|had|gets|got)\s+(?:a\s+)?"
    rf"(?:bad\s+|sore\s+)?(?:pain\s+in\s+(?:the|his|her|their)\s+)?{PART}(?:\s+(?:pain|ache|problems?))?\b"
    rf"|\b(?:mi|su|tu)\s+{PEOPLE_ES}\s+(?:tambien\s+)?(?:tiene|tenia|tuvo)\s+(?:dolor|molestias?)\s+"
    rf"(?:de|en)\s+(?:(?:la|el|los|las|su|sus)\s+)?{PART_ES}\b"
    # "a mi marido le duele la espalda", "mi hijo se golpeó la cabeza"
    rf"|\ba\s+(?:mi|mis|su|sus|tu|tus)\s+{PEOPLE_ES}\s+(?:tambien\s+)?(?:le|les)\s+(?:duele|duelen|"
    rf"dolia|dolian|molesta|molestan)\s+(?:{ART_ES}\s+)?{PART_ES}\b"
    rf"|\b(?:mi|su|tu)\s+{PEOPLE_ES}\s+se\s+(?:golpeo|golpea|lastimo|lastima|rompio|torcio|"
    rf"hizo\s+dano\s+en)\s+(?:{ART_ES}\s+)?{PART_ES}\b"
)
# A place denied, found fine or healed: "my knee doesn't hurt", "my back and neck are fine",
# "my shoulder has healed", "the knee pain has gone", "it's not my knee", "never had back
# problems", "the X-ray of my knee was normal", "no me duele la rodilla", "la rodilla ya no me
# duele", "la espalda la tengo bien", "no es la rodilla". Not "doesn't hurt as much".
SUBJECT = (
    r"\b(?:my|the|both|her|his|ma)\s+(?:(?:left|right|other|bad|good|lower|upper|low|mid)\s+)?"
    r"[a-z]+(?:\s+and\s+"
    r"(?:my\s+|the\s+)?(?:(?:left|right)\s+)?[a-z]+)?(?:\s+(?:itself|themselves))?"
    # "my hands and neck, which used to ache on the old bike, are now fine"
    r"(?:\s*,\s*(?:which|that|who)\s+[^,.;|]{1,50},)?"
)
# "la espalda baja", "el tobillo derecho y la muñeca izquierda", "las manos, que antes me
# dolían mucho, ahora"
_SIDE_ES = r"(?:\s+(?:(?:derech|izquierd)[oa]s?|baja|alta|lumbar|de\s+abajo|de\s+arriba))?"
SUBJECT_ES = (
    rf"\b(?:el|la|los|las|mi|mis)\s+[a-z]+{_SIDE_ES}(?:\s+y\s+"
    rf"(?:el|la|los|las|mi|mis)\s+[a-z]+{_SIDE_ES})?(?:\s*,\s*que\s+[^,.;|]{{1,40}},)?"
    r"(?:\s+(?:ahora|hoy|en\s+si|mism[oa]s?))?"  # "el codo y la muñeca en sí no me duelen"
)
FINE = (
    r"(?:fine|ok|okay|normal|clear|healthy|perfect|good|great|grand|all\s+(?:right\s+)?now|"
    r"all\s+right|all\s+good|alright|healed|recovered|settled|better\s+(?:now|since)|no\s+bother|"
    r"not\s+(?:sore|painful|hurting|a\s+problem|the\s+problem|the\s+issue|bothering\s+me|"
    r"affected|involved|an\s+issue)|no\s+longer\s+(?:sore|painful|"
    r"a\s+problem|an\s+issue))"
)
DENIED = (
    # "la cabeza bien, gracias": a place said fine without a verb
    rf"(?<=[,;|])\s*(?:y\s+)?{ART_ES}\s+{PART_ES}\s+(?:bien|perfect[oa]s?|normal|sin\s+dolor)\b|"
    # "me duele el pie, no la rodilla": the knee is the place denied
    rf"(?<=,)\s*(?:pero\s+)?(?:no|ni)\s+(?:en\s+)?{ART_ES}\s+{PART_ES}\b(?!\s+(?:me|le|te)\s+)|"
    # "estoy bien de la espalda": the back is fine
    r"\b(?:estoy|ando|voy)\s+bien\s+de\s+(?:la|el|los|las|mi|mis)\s+[a-z]+\b|"
    # "my back's fine", "my knee feels fine", "my back and neck are fine"
    rf"{SUBJECT}(?:'s(?:\s+been)?|\s+(?:is|was|are|were|feels?|felt|seems?|seemed|looks?|looked|"
    r"has\s+been|is\s+been|have\s+been))\s+(?:(?:now|all|completely|totally|absolutely|perfectly|pretty|"
    rf"quite|much|really|actually|still|honestly|definitely|largely|mostly|a\s+lot)\s+)*{FINE}\b"
    # "my knee doesn't hurt", "no longer hurts", "has stopped hurting", not "as much"
    rf"|{SUBJECT}\s+(?:doesn't|doesnt|does\s+not|don't|dont|do\s+not|didn't|didnt|did\s+not|"
    r"no\s+longer|never|has\s+stopped|have\s+stopped|stopped)\s+(?:(?:really|actually|even)\s+)?"
    r"(?:hurt\w*|ache|aching|bother\w*|giv\w*\s+me\s+(?:any\s+)?(?:trouble|problems|pain))\b"
    r"(?!\s+(?:as|so|that)\s+much)"
    # "my jaw clicks on the left but doesn't hurt", "me truena la rodilla pero no me duele"
    rf"|{SUBJECT}(?:'s|\s+(?:is|are))?\s+(?:clicks?|cracks?|pops?|grinds?|creaks?|clunks?|snaps?|"
    r"locks?|catches|swells?|swollen|stiff)\s+(?:[a-z']+\s+){0,4}?but\s+(?:it\s+|they\s+)?"
    r"(?:doesn't|doesnt|does\s+not|don't|dont|do\s+not|never)\s+(?:really\s+|actually\s+)?"
    r"(?:hurt|ache|bother)\w*"
    r"|\b(?:me\s+)?(?:truena|truenan|cruje|crujen|suena|suenan|chasquea|traquea)\s+"
    rf"{SUBJECT_ES[2:]}\s+(?:[a-z]+\s+){{0,3}}?pero\s+no\s+(?:me\s+)?(?:duel[ea]n?|molest[ae]n?)\b"
    # "no tengo dolor en la espalda ni en la ingle": "ni" denies the next part too
    r"|\bni\s+(?:en\s+|de\s+)?(?:el|la|los|las|mi|mis)\s+[a-z]+"
    rf"|{SUBJECT}\s+(?:has|have|had|is|are)\s+(?:(?:now|fully|completely|totally|all)\s+)?"
    r"(?:healed|recovered|cleared\s+up|gone\s+away)\b"
    # "the knee pain has gone", not "gone into my shin"
    r"|\b(?:the|my)\s+(?:(?:left|right)\s+)?[a-z]+\s+(?:pain|ache|soreness|problem|injury|trouble)"
    r"\s+(?:(?:has|had|is|was)\s+)?(?:(?:now|completely|totally|all)\s+)?(?:gone\b(?!\s+(?:into|"
    r"down|up|to|through|from|over|across|around|along|in|on)\b)|went\s+away|disappeared|"
    r"resolved|cleared|healed)"
    # "it's not my knee", "not the whole leg", "nothing wrong with my knee"
    r"|\b(?:(?:it|that|this)(?:'s|\s+is|\s+was)\s+not|(?:it|that|this)\s+(?:isn't|isnt|wasn't|"
    r"wasnt)|not)\s+(?:(?:in|at|on)\s+)?(?:my|the)\s+(?:(?:left|right|whole|entire)\s+)?[a-z]+"
    r"|\bnothing\s+(?:wrong|the\s+matter)\s+with\s+(?:my|the)\s+(?:(?:left|right)\s+)?[a-z]+"
    r"|\bnever\s+(?:had|have\s+had|experienced|suffered)\s+(?:any\s+)?(?:[a-z]+\s+){1,2}?"
    r"(?:problems?|pain|trouble|issues?|injur(?:y|ies))\b"
    r"|\b(?:x[\s-]?rays?|mris?|scans?|ultrasound|ct|imaging|tests?)\s+(?:of|on)\s+(?:my|the)\s+"
    r"(?:(?:left|right)\s+)?[a-z]+\s+(?:was|were|is|are|came\s+back|showed|looked)\s+(?:\w+\s+)?"
    r"(?:normal|clear|fine|ok|okay|nothing|negative|unremarkable)\b"
    # the same in Spanish
    r"|\b(?:ya\s+)?no\s+(?:me|le|les|te|nos)\s+duel[ea]n?\s+(?:ya\s+)?(?:el|la|los|las|mi|mis|su|sus)\s+[a-z]+"
    r"(?:\s+(?:derech|izquierd)[oa]s?)?"
    # ("el pecho no le duele": a relative's part too)
    rf"|{SUBJECT_ES}\s+(?:(?:ya\s+)?no\s+(?:(?:me|le|les|te|nos)\s+)?(?:duel[ea]n?|molest[ae]n?)\b"
    r"(?!\s+tanto)"
    r"|(?:ya\s+)?(?:esta|estan|estaba|estaban)\s+(?:ya\s+)?(?:bien|curad[oa]s?|recuperad[oa]s?|"
    rf"perfect[oa]s?|normal(?:es)?|san[oa]s?)\b{NOT_HOW}|ya\s+(?:esta|estan)\s+mejor\b"
    r"|(?:ya\s+)?se\s+(?:me\s+)?(?:ha\s+|han\s+)?(?:curo|curado|curaron|recupero|recuperado|"
    r"recuperaron|quito|quitado)\b"
    r"|(?:la|lo|las|los)\s+tengo\s+(?:ya\s+)?(?:bien|perfect[oa]s?|san[oa]s?|normal(?:es)?)\b"
    # "la rodilla derecha anda bien", "los pies no se me duermen"
    rf"|(?:anda|andan|va|van)\s+bien\b{NOT_HOW}|no\s+se\s+me\s+(?:duerme|duermen|adormece|"
    r"adormecen|hincha|hinchan|entumece|entumecen)\b)"
    # "por detrás de la rodilla no siento nada", "por delante de la pierna no me duele nada"
    r"|\bpor\s+(?:detras|delante|dentro|fuera|encima|debajo|arriba|abajo)\s+(?:de|del)\s+"
    r"(?:la\s+|el\s+|mi\s+)?[a-z]+\s+(?:no\s+(?:siento|noto|tengo)\s+nada|no\s+me\s+"
    r"(?:duele|molesta)\s+nada)\b"
    r"|\b(?:no\s+tengo|sin|nunca\s+(?:he\s+)?tenido|nunca\s+tuve|no\s+he\s+tenido)\s+"
    r"(?:ningun[oa]?\s+)?(?:dolor|dolores|molestias?|problemas?)\s+(?:en|de)\s+"
    r"(?:(?:el|la|los|las|mi|mis)\s+)?[a-z]+"
    r"|\bno\s+(?:es|era|son|fue)\s+(?:en\s+)?(?:el|la|los|las|mi|mis)\s+[a-z]+"
    r"|\b(?:radiografia|resonancia|ecografia|placa|escaner|tac|rx|analitica|prueba)s?\s+"
    r"(?:de|del)\s+(?:(?:la|el|los|las|mi|mis)\s+)?[a-z]+(?:\s+(?:derech|izquierd)[oa]s?)?\s+"
    r"(?:salio|salieron|sale|salen|dio|dieron|esta|estaba|fue|era|resulto)\s+(?:[a-z]+\s+)?"
    r"(?:bien|normal(?:es)?|limpi[oa]s?|perfect[oa]s?|negativ[oa]s?)\b"
)


TREATED = (
    # a part examined is not where it hurts: "el traumatólogo me miró la rodilla", "the doctor
    # looked at my knee"
    rf"\b(?:me\s+)?(?:miro|miraron|reviso|revisaron|exploro|exploraron|examino|examinaron|palpo)\s+"
    rf"(?:{ART_ES}\s+)?{PART_ES}\b"
    rf"|\b(?:looked\s+at|examined|checked|x-?rayed|scanned)\s+(?:my|the)\s+{PART}\b|"
    # "tested my reflexes at the knee", "since the cast came off my left wrist"
    r"\b(?:tested|checked|tapped|did)\s+(?:my|the)\s+reflex(?:es)?\s+(?:at|in|on)\s+(?:my|the)\s+"
    rf"{PART}\b|\b(?:cast|plaster|splint|brace|sling|boot)\s+(?:came|come|comes|was\s+taken|"
    rf"got\s+taken)\s+off\s+(?:my|the)\s+(?:(?:left|right)\s+)?{PART}\b|"
    # a treatment or a test of a part says where it was treated, not where it hurts: "back
    # injections didn't help", "since my knee surgery", "infiltraciones en la espalda"
    rf"\b{PART}\s+(?:injections?|shots?|jabs?|scans?|x-?rays?|mris?|surgery|surgeries|"
    r"operations?|op|brace|braces|specialists?|doctors?|exams?|tests?|replacement)\b"
    r"|\b(?:injections?|jabs?|(?:cortisone|steroid|cortisol)\s+(?:shots?|injections?)|surgery|"
    r"operations?|x-?rays?|scans?|mris?|ultrasounds?)\s+(?:in|on|into|to|of)\s+(?:my|the|her|his)\s+"
    rf"(?:(?:left|right)\s+)?(?:(?:lower|upper|mid|middle)\s+)?{PART}\b"
    r"|\b(?:infiltracion(?:es)?|inyeccion(?:es)?|operacion(?:es)?|cirugias?|resonancias?|"
    r"radiografias?|ecografias?|placas?|protesis|yesos?|escayolas?|ferulas?|vendajes?)\s+"
    rf"(?:en|de|del)\s+(?:{ART_ES}\s+)?{PART_ES}\b"
    r"|\b(?:me\s+)?(?:operaron|opere|opero|operaran|infiltraron|pincharon)\s+(?:de|en|del)\s+"
    # "de los meniscos de la rodilla": a part of the part
    rf"(?:{ART_ES}\s+[a-z]+\s+(?:de|del)\s+)?(?:{ART_ES}\s+)?{PART_ES}\b"
    # "my left knee had surgery years ago", "my right shoulder had a rotator cuff repair"
    rf"|\b{PART}\s+(?:had|has\s+had|was|got)\s+(?:(?:a|an|its|some)\s+)?(?:[a-z]+\s+){{0,2}}?"
    r"(?:surgery|operation|operated(?:\s+on)?|replaced|replacement|repair|repaired|reconstruction|"
    r"reconstructed|scoped|arthroscopy|pinned|plated|fixed)\b"
    # "después de operarme la rodilla", "operada del hombro"
    r"|\b(?:operarme|operarle|operarse|operad[oa]s?)\s+(?:de\s+|del\s+|de\s+la\s+)?"
    rf"(?:{ART_ES}\s+)?{PART_ES}\b"
    # where it is said not to come from: "el fisio dice que no viene de la columna", "it isn't
    # coming from my back"
    r"|\bno\s+(?:me\s+)?(?:viene|venia|sale|proviene)\s+de\s+(?:la|el|mi)\s+[a-z]+"
    r"|\b(?:isn'?t|is\s+not|not|doesn'?t|does\s+not)\s+(?:coming|come)\s+from\s+(?:my|the)\s+"
    r"[a-z]+"
    # the middle line as a border: "it never crosses the middle", "no cruza al otro lado"
    r"|\b(?:cross\w*|go\w*|spread\w*|reach\w*|past)\s+(?:over\s+|across\s+|past\s+|to\s+)?"
    r"(?:the\s+)?(?:middle|midline|centre|center)(?:\s+line)?\b"
    r"|\b(?:cruza|pasa|llega)\s+(?:a\s+|al\s+|de\s+)?(?:la\s+|el\s+)?(?:medio|centro|linea\s+media|"
    r"otro\s+lado)\b"
)
