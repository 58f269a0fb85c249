"""Circumstances: words that name a body part without saying where it hurts.

A movement ("when I lift my knee"), a posture ("lying on my back", "with my legs crossed"),
reaching ("behind my back"), an activity or gear named after a part ("leg day", "knee pads"), a
landmark of something else ("the foot of the bed", "frente al ordenador"), an idiom ("a pain in
the neck", "echar una mano"), a comparison ("like a hand squeezing"), another person's part ("my
baby's head") or a place denied or found fine ("my knee doesn't hurt", "la columna está bien").
The reader removes them before it looks for places (finder/words.py), and reads them after all
when nothing else is named: "when I lift my knee" alone is the knee. Idioms, landmarks of
something else and look-alike words ("chicken breast") stay out even then (finder/idioms.py).
"""

from __future__ import annotations

import re

from tpatlas.finder.idioms import COLLISIONS, IDIOMS, IDIOMS_ES, LANDMARKS
from tpatlas.finder.moved_parts import MOVED_PARTS
from tpatlas.finder.past_places import PAST
from tpatlas.finder.postures import POSSESSIVE as _POSSESSIVE
from tpatlas.finder.postures import POSTURES as _POSTURES
from tpatlas.finder.sayings import (
    ART_ES,
    COMPARISONS,
    DENIED,
    NOT_HOW,
    OTHERS,
    PART,
    PART_ES,
    TREATED,
)
from tpatlas.finder.things import THINGS

_BODY = (
    r"(?:back|side|sides|stomach|front|belly|tummy|feet|foot|knees|knee|hands|arm|arms|shoulder|"
    r"left side|right side|head|neck|legs|leg|hip|hips|elbow|elbows|wrist|shoulders|heels|heel|"
    r"hand|bum|butt|bottom|backside|buttocks|toes)"
)
# Circumstances: a movement ("when I lift my knee"), a posture ("lying on my back", "on my feet
# all day"), reaching ("behind my back", "over my head"), or an activity ("at my desk"). They are
# removed before places are looked for when the description names a place elsewhere.
_CIRCUMSTANCES = (
    r"\b(?:lift|lifts|lifting|raise|raises|raising|bend|bends|bending|straighten|straightening|"
    r"turn|turns|turning|move|moves|moving|cross|crosses|crossing|rotate|rotating|tilt|tilting|"
    rf"twist|twisting|extend|extending|flex|flexing|kneel on|kneeling on)\s+"
    rf"(?:{_POSSESSIVE}|that|this)?\s*"
    r"(?:knee|knees|leg|legs|arm|arms|head|neck|foot|feet|hip|hips|elbow|wrist|shoulder|"
    r"shoulders|back|trunk|body|fingers|thumb|toes|ankle)\b"
    r"(?:\s+(?:back(?:wards)?|forwards?)\b(?!\s+of\b))?"  # "tilt my head back" (as _MOVED)
    rf"|\b(?:lie|lies|lying|lay|laying|sleep|sleeps|sleeping|slept|rest|resting|sit|sitting|"
    rf"stand|standing|roll|rolling|turn over|lean|leaning|carry|carrying|kneel|kneeling|"
    rf"hop|hopping|balance|balancing|acostad[oa]|tumbad[oa]|dormir|duermo)\s+"
    rf"(?:on|onto|over|in|to|sobre|de|boca)\s+(?:{_POSSESSIVE}|one|either|each|that|this)?\s*"
    rf"(?:(?:left|right|other|bad|good|sore|painful)\s+)?{_BODY}\b"
    rf"|\bon\s+{_POSSESSIVE}\s+(?:feet|knees)\b(?:\s+all\s+day)?"
    # lying on a side said without "side": "when I lie on the right"
    r"|\b(?:lie|lies|lying|lay|laying|sleep|sleeps|sleeping|slept|roll|rolling|turn|turning)\s+"
    r"(?:on|onto|over\s+to|to)\s+(?:the|my)\s+(?:left|right)\b(?!\s+(?:side\s+)?of\b)"
    # reaching: "behind my back", "over my head"; "across" and "over my shoulder" only after a
    # verb of reaching or looking: "pain across my back", "over my shoulder blade" are places
    rf"|\b(?:behind|over|above)\s+{_POSSESSIVE}\s+(?:back|head|body)\b"
    r"|\b(?:reach\w*|lift\w*|carr\w*|throw\w*|swing\w*|pull\w*)\s+(?:\w+\s+)?across\s+"
    rf"{_POSSESSIVE}\s+(?:body|chest)\b"
    rf"|\b(?:look\w*|glanc\w*|turn\w*|check\w*|carr\w*|sling\w*|throw\w*)\s+(?:\w+\s+)?over\s+"
    rf"{_POSSESSIVE}\s+shoulder\b(?!\s*blades?)"
    r"|\b(?:boca arriba|boca abajo|de lado|de costado|de pie|de espaldas|de bruces)\b"
    # weight put on a part: "I can't put weight on that foot", "bearing weight through the leg"
    r"|\b(?:put|puts|putting|bear|bears|bearing|take|taking|place|placing)\s+(?:any\s+|much\s+|"
    rf"full\s+|my\s+|the\s+)?weight\s+(?:on|onto|through)\s+(?:{_POSSESSIVE}|that|this)?\s*"
    r"(?:(?:left|right|other|bad|sore)\s+)?(?:foot|feet|leg|legs|knee|knees|ankle|heel|hip)\b"
    # "me caí de culo", "acostada del lado derecho"
    r"|\b(?:cai|caigo|caer|caerme|caida)\s+de\s+(?:culo|nalgas|rodillas|lado|costado)\b"
    r"|\b(?:acuesto|acostarme|acostad[oa]|duermo|dormir|tumbo|tumbarme|tumbad[oa]|apoyo|apoyarme)\s+"
    r"(?:sobre\s+|de\s+|en\s+)?(?:el\s+|del\s+)?lado\s+(?:derecho|izquierdo|malo|bueno|contrario)\b"
    # exercises named after a part: "flexiones de brazos", "elevaciones laterales de hombros"
    r"|\b(?:flexiones|elevaciones|extensiones|curls?|aperturas|remos?|patadas)\s+(?:[a-z]+\s+)?"
    r"(?:de|con)\s+(?:brazos?|hombros?|piernas?|pecho|biceps|triceps|gemelos|talones|cadera)\b"
    # "levantar los brazos por encima de la cabeza" reaches up; the top of the head is "encima"
    r"|\bpor\s+encima\s+de\s+(?:la|mi)\s+cabeza\b"
    # posture and handling: "with my head tilted", "chin poking forward", "touch my toes"
    rf"|\bwith\s+{_POSSESSIVE}\s+(?:head|chin|neck|shoulders?|arms?|hands?)\s+(?:tilted|turned|"
    r"down|forward|bent|hunched|poking|jutting|up|raised|to one side|cocked|stuck out|rounded|"
    r"slumped|shrugged|hiked up)\b(?:\s+up)?(?:\s+(?:by|around|round|to|near|towards?|at)\s+"
    r"(?:my|your|the)\s+ears\b)?"
    r"|\b(?:chin|head|neck)\s+(?:poking|jutting|pushed|sticking|craned)\s+(?:forward|out)\b"
    rf"|\b(?:touch|touching|reach|reaching)\s+(?:for\s+)?{_POSSESSIVE}\s+toes\b"
    r"|\bshak\w*\s+hands\b|\bhands?\s+(?:up\s+)?on\s+the\s+(?:wheel|keyboard|mouse|handlebars?)\b"
    r"|\bback\s+(?:pocket|seat|yard|door)\b|\bpalms?[\s-]+(?:facing\s+)?(?:up|down)\b"
    # "con la palma hacia abajo", "dar la mano" (shaking hands)
    r"|\b(?:con\s+)?(?:la|las)\s+palmas?\s+(?:hacia|para)\s+(?:abajo|arriba)\b"
    r"|\b(?:dar|doy|da|dando|estrechar|estrecho)\s+la\s+mano\b"
    # shoes, comparisons, illnesses and landmarks, not places: "in tight shoes or heels", "a
    # toothache-like pain", "a chest cold", "where it meets the upper arm"
    r"|\b(?:in|wearing|wear|or)\s+(?:(?:high|tight|new)\s+)?heels\b|\bhigh\s+heels\b"
    r"|\btoothache[\s-]+like\b|\blike\s+a\s+toothache\b"
    # where something is carried or held: "my toddler on my hip", "the phone to my ear"
    rf"|\b(?:carr\w*|hold\w*|held|balanc\w*|prop\w*)\s+(?:[a-z']+\s+){{0,3}}?(?:on|against|to)\s+"
    rf"{_POSSESSIVE}\s+(?:(?:left|right|other)\s+)?(?:hip|hips|shoulder|shoulders|ear|ears|chest|"
    r"lap|knee|knees|forearm|forearms|arm|arms|wrist|elbow|back|head)\b"
    # how a fall went: "my legs went apart on the ice", "my foot slid out from under me"
    rf"|\b{_POSSESSIVE}\s+(?:legs?|feet|foot)\s+(?:went|slid|slipped|shot|split|splayed|came)\s+"
    r"(?:apart|out|from\s+under|sideways|in\s+different\s+directions)\b"
    r"|\b(?:chest|head)\s+(?:cold|colds|infection|infections|congestion)\b"
    rf"|\bwhere\s+it\s+(?:meets|joins)\s+{_POSSESSIVE}?\s*(?:upper\s+)?(?:arm|neck|shoulder|"
    r"skull|head|spine|thigh|leg|back)\b"
    # a place denied: "without any arm pain", "no pain in my knee", "sin dolor en el brazo"
    r"|\b(?:without|no)\s+(?:any\s+)?(?:[a-z]+\s+){0,2}?(?:pain|ache|aching|discomfort)\b"
    rf"(?:\s+(?:in|at|on)\s+{_POSSESSIVE}\s+[a-z]+(?:\s+(?:arm|leg|back|blade|blades))?)?"
    r"|\bsin\s+(?:ningun\s+)?dolor\s+(?:en|de)\s+(?:el|la|los|las|mi|mis)\s+[a-z]+"
    # "back" that is not the body: "it comes back when I stop", "back to normal", "years back"
    r"|\b(?:comes?|came|coming|go|goes|going|went|get|gets|getting|got|is|was|it's|i'm|am|be|"
    r"keeps?\s+coming|flares?|flared|flaring|reach\w*|lean\w*|look\w*|step\w*|sit|sits|sat|lie|"
    r"lay)\s+back\b(?!\s+of\b)"
    r"|(?<!lower\s)(?<!upper\s)(?<!low\s)(?<!mid\s)(?<!my\s)\bback\s+(?:again|and\s+forth|to\s+(?:normal|work|the\s+gym|running|training|sports?)|"
    r"home|then)\b"
    r"|\b(?:a\s+while|years?|weeks?|months?|days?|way)\s+back\b"
    # the spine as a landmark of another place: "between my shoulder blades on both sides of the
    # spine" is the interscapular area, not the whole back
    rf"|\b(?:on\s+)?(?:both|either|each|one)\s+sides?\s+of\s+{_POSSESSIVE}\s+(?:spine|backbone)\b"
    rf"|\b(?:right\s+)?(?:beside|next\s+to)\s+{_POSSESSIVE}\s+(?:spine|backbone)\b"
    r"|\ba\s+(?:ambos|los\s+dos)\s+lados\s+de\s+la\s+columna\b|\bjunto\s+a\s+la\s+columna\b"
    # the same in Spanish: "levantar el brazo hacia el lado", "con la cabeza ladeada"
    r"|\b(?:levantar|levanto|levanta|subir|subo|mover|muevo|girar|giro|gira|doblar|doblo|"
    r"estirar|estiro|cruzar|cruzo|inclinar|inclino|agachar|separar|separo|abrir|abro)\s+"
    r"(?:el|la|los|las|mi|mis)?\s*"
    r"(?:brazo|brazos|pierna|piernas|cabeza|cuello|rodilla|rodillas|hombro|hombros|mano|manos|"
    r"pie|pies|espalda|tronco|cuerpo)(?:\s+hacia\s+(?:el\s+|la\s+|un\s+)?(?:lado|arriba|atras|"
    r"delante|adelante|abajo))?\b"
    r"|\bcon\s+(?:la|el|los|las|mi|mis)\s+(?:cabeza|cuello|brazos?|manos?|hombros?)\s+"
    r"(?:(?:ladead|inclinad|girad|levantad|agachad|encogid|echad)[oa]s?"
    r"|(?:hacia|para)\s+(?:delante|adelante|atras|abajo|arriba))\b"
    # "frente al ordenador" is in front of the computer, not the forehead
    r"|\b(?:en\s+)?frente\s+(?:a|al|de)\b(?!\s+(?:la|mi)\s+cabeza)"
    # a place found fine is not where it hurts: "la columna está bien", "my spine was normal"
    r"|\b(?:la|el|los|las|mi|mis)\s+[a-z]+\s+(?:esta|estan|estaba|estaban)\s+(?:bien|"
    rf"normal|normales|sanos?|sanas?|perfect[oa]s?)\b{NOT_HOW}"
    r"|\b(?:my|the)\s+[a-z]+\s+(?:is|was|are|were|looks?|looked)\s+(?:fine|ok|okay|normal|"
    r"clear|healthy|perfect)\b"
    r"|\b(?:mirar|girarme|girarse|girar)\s+(?:hacia|a)\s+(?:un|el|los)\s+lados?\b"
    rf"|{TREATED}"
)
# Handling another part says what was done, not where it hurts: "when I shrug my shoulders",
# "brush my teeth", "clench my jaw", "grip with my fingers", "al encoger los hombros",
# "cepillarme los dientes", "asentir con la cabeza". Only the forms a person uses for what they
# do themselves: "me aprieta el pecho" is the chest that hurts.
_HANDLING = (
    r"\b(?:shrug\w*|nod|nods|nodding|shak\w*|scratch\w*|clap\w*|clench\w*|grind\w*|grit\w*|"
    r"point|points|pointing|curl|curls|curling|spread|spreads|spreading|wiggl\w*|tuck\w*|close|"
    r"closes|closing|open|opens|opening|brush\w*|wash\w*|comb\w*|clasp\w*|wav\w*|snap\w*|"
    r"crack\w*|stretch\w*|hug|hugs|hugging|pull|pulls|pulling|push|pushes|pushing|put|puts|"
    r"putting|bring|brings|bringing|drop|drops|dropping|blow\w*|crossed|uncross\w*|cup|cups|"
    r"cupping|fan|fanning)\s+"
    rf"{_POSSESSIVE}\s+(?:(?:left|right|other|bad|good|sore)\s+)?{PART}\b"
    rf"(?:\s+(?:up\s+)?(?:to|towards|into|against)\s+{_POSSESSIVE}\s+(?:chest|stomach|belly))?"
    # touching, rubbing or squeezing a part tells where it is tender, except these
    r"|\b(?:rub\w*|frot\w*)\s+(?:my|the|mis|los)\s+(?:eyes|ojos)\b|\broll\w*\s+(?:my|the)\s+"
    r"(?:shoulders|neck|head)\b|\bsqueez\w*\s+(?:my|the)\s+(?:knees|legs|thighs|shoulder\s+blades)"
    r"\s+together\b"
    r"|\b(?:grip|grab|hold|pinch|push|press|lift|pull|carry|type|write|open|squeez|twist|kick|"
    r"throw|hit|catch|strik|punch|tap)\w*\s+"
    rf"(?:[a-z']+\s+){{0,2}}?with\s+(?:my|both|one|two|the)\s+(?:(?:left|right|other)\s+)?{PART}\b"
    r"|\b(?:encoger(?:me)?|encojo|encogiendo|cerrar|cierro|cerrando|rascar(?:me)?|rasco|"
    r"rascando|lavar(?:me)?|lavo|lavando|cepillar(?:me)?|cepillo|cepillando|sonar(?:me)?|sacudir|"
    r"sacudo|abrazar|abrazo|chasquear|chasqueo|juntar|junto|estirar|estiro|estirando)\s+"
    rf"{ART_ES}\s+{PART_ES}(?:\s+(?:del|de\s+los|de\s+la)\s+(?:pies?|manos?))?\b"
    r"|\b(?:apretar|aprieto|aprietas|apretando)\s+(?:el|la|los|las|mis)\s+(?:dientes|muelas|"
    r"mandibula|punos?|labios)\b"
    r"|\b(?:asentir|asiento|asintiendo|negar|niego|negando)\s+con\s+la\s+cabeza\b"
)
# A part moved back or forward is how it moves, not a place: "when I pull my shoulders back",
# "tilt my head back", "al echar los hombros hacia atrás" (before _HANDLING: the first
# alternative that matches wins)
_MOVED = (
    r"\b(?:pull|push|roll|tilt|tip|throw|lean|draw|squeez|arch|mov|put|bring|brought|turn|"
    r"stick|stuck|drop|bend|cock|swing|swung|wind|reach)\w*\s+(?:them|it|(?:my|the|your)\s+"
    r"(?:head|neck|shoulders?|arms?|"
    r"chin|legs?|elbows?|hips?))\s+(?:back(?:wards)?|forwards?)\b(?!\s+of\b)"
    r"|\b(?:ech\w*|llev\w*|tir\w*)\s+(?:el|la|los|las|mis|mi)\s+(?:hombros?|cabeza|brazos?|"
    r"codos?|piernas?)\s+(?:hacia|para)\s+(?:atras|delante|adelante|arriba|abajo)\b"
)
# Catching a foot is how one trips, not where it hurts: "I keep catching my toes", "tripping
# over my own feet", "se me engancha la punta del pie"
_TRIPS = (
    r"\b(?:catch\w*|scuff\w*|drag\w*)\s+(?:my|the)\s+"
    r"(?:toes?|foot|feet)\b"
    r"|\btrip\w*\s+over\s+my\s+(?:own\s+)?(?:feet|foot|toes)\b"
    r"|\bse\s+me\s+engancha\w*\s+(?:la\s+punta\s+del\s+pie|el\s+pie|los\s+dedos)\b"
)
# Dressing, a crash and a diagnosis by spinal level are not places: "can't do up my bra",
# "abrocharme el sujetador", "rear-ended", "L5-S1 disc", "hernia discal L4-L5", "una resonancia
# lumbar"
_NOT_WHERE = (
    r"\b(?:do|doing|did|done)\s+up\s+my\s+bra\b|\b(?:fasten|undo|unhook|hook)\w*\s+my\s+bra\b"
    r"|(?<!\bdonde\sse\s)\babroch\w*\s+(?:el\s+)?(?:sujetador|sosten|brasier)\b"
    r"(?:\s+por\s+(?:detras|delante|atras))?|\brear[\s-]+ended\b"
    # how a fall was broken, and what is worn on a part: "fell onto my outstretched hand", "me
    # caí con la mano extendida", "my wrist splint"
    r"|\b(?:onto|on)\s+(?:my|an|the)\s+outstretched\s+(?:hands?|arms?)\b"
    r"|\bcon\s+(?:la|las|el|los)\s+(?:manos?|brazos?)\s+(?:extendid[oa]s?|estirad[oa]s?)\b"
    r"|\b(?:wrist|knee|ankle|elbow|thumb|back|finger)\s+(?:splints?|sleeves?|wraps?|braces?|"
    r"guards?)\b"
    r"|\b[ctls]\d{1,2}(?:\s*[-/]\s*[ctls]?\d{1,2})?\s+(?:discs?|disks?|bulges?|herniations?|"
    r"hernias?|protrusions?|prolapses?)\b"
    r"|\b(?:discs?|disks?|hernias?(?:\s+discal(?:es)?)?|herniated\s+discs?|protrusion|bulge)\s+"
    r"(?:at\s+|en\s+|de\s+)?(?:the\s+|el\s+|la\s+)?[ctls]\d{1,2}(?:\s*[-/]\s*[ctls]?\d{1,2})?\b"
    r"|\b(?:resonancias?|radiografias?|placas?)\s+(?:lumbar|cervical|dorsal|de\s+columna)(?:es)?\b"
    r"|\b(?:lumbar|cervical)\s+(?:mri|x-?rays?|scans?)\b"
)
# Every pattern starts a word: the look-behind rejects the inside of words at once, which keeps a
# long description fast.
CIRCUMSTANCE = re.compile(
    r"(?<![a-z0-9'])(?:"
    + "|".join(
        (
            _CIRCUMSTANCES,
            _POSTURES,
            _MOVED,
            MOVED_PARTS,
            _TRIPS,
            _NOT_WHERE,
            _HANDLING,
            THINGS,
            LANDMARKS,
            IDIOMS,
            IDIOMS_ES,
            COLLISIONS,
            COMPARISONS,
            OTHERS,
            DENIED,
            PAST,
        )
    )
    + ")"
)
