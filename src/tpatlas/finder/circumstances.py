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

_POSSESSIVE = r"(?:my|the|your|his|her|a|mi|la|el|los|las)"
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
    rf"twist|twisting|extend|extending|flex|flexing|kneel on|kneeling on)\s+{_POSSESSIVE}?\s*"
    r"(?:knee|knees|leg|legs|arm|arms|head|neck|foot|feet|hip|hips|elbow|wrist|shoulder|"
    r"shoulders|back|trunk|body|fingers|thumb|toes|ankle)\b"
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
    r"slumped|shrugged|hiked up)\b"
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
    r"|\b(?:comes?|came|coming|go|goes|going|went|get|gets|getting|got|is|was|it's|"
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
# Postures of another part say how, not where: "with my legs crossed", "with my hands on my
# hips", "with a pillow between my knees", "on my hands and knees", "sleeping face down", "con
# las piernas cruzadas", "de brazos cruzados", "cuando estoy de rodillas".
_STATE = (
    r"(?:crossed|bent|straight|straightened|out|up|apart|together|raised|elevated|tucked|folded|"
    r"locked|outstretched|stretched|flat|wide|spread|resting|propped)"
)
_STATE_ES = (
    r"(?:(?:cruzad|doblad|flexionad|estirad|levantad|elevad|separad|abiert|juntad|apoyad|"
    r"recogid|metid|colgad|extendid)[oa]s?|junt[oa]s|en\s+alto|arriba|abajo)"
)
_POSTURES = (
    rf"\bwith\s+(?:my|both|one|a|the)\s+(?:(?:left|right|other|bad|good)\s+)?{PART}"
    rf"(?:\s+and\s+(?:my\s+)?{PART})?\s+(?:{_STATE}\s+)?(?:{_STATE}\b|(?:on|in|behind|under|"
    rf"underneath|beneath|between|over|above|against|at|across)\s+(?:(?:the\s+)?top\s+of\s+)?"
    rf"{_POSSESSIVE}\s+"
    rf"(?:[a-z]+\s+)?(?:{PART}|"
    r"pockets?|pillows?|lap|desk|table|keyboard|wheel|armrest|floor|bed|wall|sides?|air|ground|"
    r"window|ledge|sill|counter|bench|door|steering|"
    r"couch|sofa|cushion)\b)"
    r"|\bhands?\s+(?:on|in)\s+(?:my|the|your)\s+(?:hips?|pockets?)\b"
    # a posture of the shoulders: "rounded shoulders", "my shoulders are rolled forward"
    r"|\b(?:rounded|round|hunched|slumped|rolled|drooping|droopy|sloping|forward|uneven)\s+"
    r"shoulders\b"
    r"|\bshoulders\s+(?:are\s+|were\s+|get\s+)?(?:rounded|hunched|slumped|rolled\s+forward|"
    r"forward|up\s+by\s+my\s+ears)\b"
    # what is brought to a part: "pulling things in to my chest", "hugging it against my body"
    r"|\b(?:pull\w*|bring\w*|brought|hug\w*|draw\w*|tuck\w*|clutch\w*|squeez\w*)\s+(?:[a-z]+\s+)"
    r"{0,3}?(?:in\s+)?(?:to|into|towards?|against|onto)\s+(?:my|the|your)\s+(?:chest|body|stomach|"
    r"belly|tummy|side)\b"
    # how it started is not where it hurts: "since I rolled my ankle", "me torcí el pie"
    r"|\b(?:since|after|from|when)\s+(?:i\s+)?(?:twist\w*|roll\w*|sprain\w*|turn\w*|went\s+over\s+on)"
    r"\s+(?:my|the|an?)\s+(?:ankle|foot|knee|wrist)\b"
    r"|\b(?:desde\s+que|cuando|despues\s+de\s+que)\s+(?:me\s+)?(?:torci|torcio|doble|doblo)\w*\s+"
    r"(?:el|la|un|mi)\s+(?:pie|tobillo|rodilla|muneca)\b"
    rf"|\b(?:pillows?|cushions?|towels?|rolls?|wedges?|almohad\w*|cojin\w*|toallas?)\s+(?:between|"
    rf"under|underneath|beneath|behind|entre|bajo|debajo\s+de|detras\s+de)\s+(?:{_POSSESSIVE}|mis)"
    rf"\s+(?:{PART}|{PART_ES})\b"
    r"|\bon\s+(?:my\s+)?hands\s+and\s+knees\b|\bon\s+all\s+fours\b|\bcross[\s-]+legged\b"
    r"|\b(?:face|head|feet)[\s-]+(?:down|up|first)\b"
    r"|\bon\s+(?:my|your|his|her|our|their)\s+own\s+(?:two\s+)?feet\b"
    r"|\b(?:weight|balance)\s+on\s+one\s+(?:leg|foot|side|hip)\b"
    r"|\b(?:colgad[oa]s?\s+(?:del|de\s+mi)|(?:bolso|bolsa|mochila)s?\s+al)\s+hombro\b"
    r"|\b(?:i'm|am|be|being|get|getting|got|stand\w*|stood|walk\w*|rise|rising|balanc\w*|me|us|"
    r"you|him|them)\s+on\s+(?:my|your|our|their|his|her)\s+(?:tip[\s-]?)?toes\b"
    rf"|\bcon\s+{ART_ES}\s+{PART_ES}(?:\s+y\s+(?:{ART_ES}\s+)?{PART_ES})?\s+(?:{_STATE_ES}\b"
    rf"|(?:en|entre|sobre|bajo|tras|(?:por\s+)?(?:detras|debajo|encima)\s+de|contra)\s+"
    rf"(?:{ART_ES}\s+)?[a-z]+(?:\s+{PART_ES}\b)?)"
    r"|\b(?:de\s+(?:brazos|piernas)\s+cruzad[oa]s|cruzad[oa]s?\s+de\s+(?:brazos|piernas))\b"
    # "de tener los brazos levantados", "al apoyar las manos en el suelo", "en puntas de pie"
    rf"|\b(?:tener|tengo|teniendo|tenia|llevar|llevo|mantener|mantengo)\s+{ART_ES}\s+{PART_ES}\s+"
    rf"{_STATE_ES}"
    rf"|\b(?:apoy\w*|pon\w*|pus\w*)\s+{ART_ES}\s+{PART_ES}\s+(?:en|sobre|contra)\b"
    r"|\b(?:en|de)\s+puntas?\s+de\s+(?:los\s+)?pies?\b|\bde\s+puntillas\b"
    # what is done with a part: "empujo el carrito con las manos", "le pegué con el pie"
    r"|\b(?:empuj|peg|golpe|pate|lanz|agarr|sujet|cog|levant|carg|tir|escrib|tecle|aplaud)\w*\s+"
    rf"(?:[a-z]+\s+){{0,3}}?con\s+(?:el|la|los|las|mi|mis|ambas|ambos|las\s+dos|una|un)\s+{PART_ES}\b"
    r"|\b(?:estar|estoy|esta|estaba|estamos|poner(?:me|se)?|pongo|pone|puest[oa]|quedo|"
    r"quedarme|trabaj\w*|rez\w*|fregando|limpiando)\s+de\s+rodillas\b"
    r"|\b(?:sentad[oa]s?|sentarme|sentarse|me\s+siento|apoyad[oa]s?|apoyarme|apoyo|parad[oa]s?|"
    rf"pararme|estar|estoy|quedarme|mantenerme|de\s+pie)\s+sobre\s+{ART_ES}\s+{PART_ES}\b"
    # knees to the chest: "pull my knees to my chest", "llevar las rodillas al pecho"
    r"|\b(?:knees?|legs?|feet|heels?)\s+(?:up\s+)?(?:to|towards|into|against)\s+(?:my|the)\s+"
    r"(?:chest|stomach|belly|bum|butt|buttocks?)\b"
    r"|\b(?:rodillas?|piernas?|talones|pies)\s+(?:al|hacia\s+el|contra\s+el|a\s+la)\s+"
    r"(?:pecho|barriga|tripa|culo|nalga)\b"
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
# Things named after a part: exercises, gear, clothes and idioms ("leg day", "calf raises",
# "knee pads", "neck pillow", "hip belt", "arm wrestling", "hand brake", "face mask", "belly
# dancing", "tummy time", "head office", "knee-deep", "a thumb-sized spot"). "Hip flexor
# stretch" is a stretch; "heel pad" and "finger pads" are places, so pads only guard joints.
_GYM_PART = (
    r"(?:arms?|legs?|calf|calves|chest|back|shoulders?|neck|hips?|knees?|elbows?|wrists?|ankles?|"
    r"hands?|foot|feet|heels?|toes?|head|face|eyes?|ears?|thumbs?|fingers?|shins?|biceps?|"
    r"triceps?|quads?|hamstrings?|glutes?|abs?|core|pecs?|lats?|traps?|belly|tummy|stomach|"
    r"thighs?|waist|bum|palm|arch(?:es)?)"
)
_THINGS = (
    rf"\b{_GYM_PART}(?:\s+(?:flexor|abductor|adductor|extensor)s?)?[\s-]+(?:days?|press(?:es)?|"
    r"raises?|curls?|extensions?|dips|swings?|circles|bridges?|thrusts?|shrugs?|crunch(?:es)?|"
    r"fl(?:y|ys|yes|ies)|pulldowns?|squats?|stretch(?:es)?|drops|rolls|workouts?|routines?|"
    r"exercises?|machines?|wrestl\w*|pillows?|rests?|warmers?|straps?|belts?|bags?|"
    r"packs?|supports?|boots|socks|weights|room|grease|mask|luggage|brake|mixer|cream|towels?|"
    r"wash|gel|tools?|drill|dryer|saniti[sz]er|chair|band|pedals?|pumps?|stools?|sized?|"
    r"widths?)\b|\bquads?\s+bikes?\b"
    r"|\b(?:knee|ankle|waist|thigh|hip|chest|neck|shoulder|elbow)-(?:deep|high|length)\b"
    r"|\b(?:knee|ankle|waist|chest)\s+deep\s+in\b|\b(?:knee|thigh)\s+high\s+(?:socks|boots)\b"
    r"|\b(?:stomach|tummy|belly|chest|head)[\s-]+(?:bugs?|flu|virus)\b|\bchest[\s-]+freezers?\b"
    r"|\bhip[\s-]+(?:hop|flask)\b|\bbelly[\s-]+(?:danc\w*|flop|laugh)\b|\btummy[\s-]+time\b"
    r"|\bthumb[\s-]+(?:drive|tack)s?\b|\btraps?\s+bar\b|\bpecs?\s+deck\b"
    r"|\b(?:biceps?|triceps?|core|abs?|glutes?|quads?|hamstrings?|legs?|arms?|calf|calves)[\s-]+"
    r"(?:work|sessions?)\b"
    r"|\b(?:knee|elbow|shin|shoulder|wrist|hip)[\s-]+(?:pads?|guards?)\b"
    r"|\bhead[\s-]+(?:office|teacher|master|mistress|coach|chef|nurse|start|torch|lamp|phones|"
    r"set|lice|board)\b|\bhead\s+of\s+(?:department|school|year|house|sales|security)\b"
    r"|\bshower[\s-]+head\b|\bpalm\s+(?:trees?|oil|reading|reader|sunday)\b"
    r"|\bear[\s-]+(?:plugs?|buds?|pods?|phones|muffs|defenders)\b"
    r"|\beye[\s-]+(?:level|contact|opener|test|exam|chart|drops|mask)\b"
    r"|\b(?:v|crew|polo|turtle|scoop|cowl|round|boat)[\s-]+neck(?:ed)?\b"
    r"|\bchests?\s+of\s+drawers\b"
    r"|\bsole\s+(?:reason|purpose|cause|parent|trader|owner|carer|provider|breadwinner|"
    r"survivor|custody|responsibility|aim|focus)\b"
    # a dental crown, a calf on the farm, a pie to eat: not the crown of the head, the calf or
    # "pie" (Spanish for foot)
    r"|\bcrowns?\s+(?:fitted|put\s+on|on\s+(?:my|a|the)\s+(?:\w+\s+)?(?:tooth|teeth|molars?)|"
    r"replaced|came\s+off|fell\s+off|fell\s+out)\b|\b(?:dental|porcelain|temporary)\s+crowns?\b"
    r"|\b(?:lift|carr|feed|deliver|catch|drag|wrestl|milk|rear|pull|tag|drench|handl)\w*\s+"
    r"(?:(?:a|the|some|new|newborn|young|our|their|\d+)\s+)*(?:calf|calves)\b|\bits\s+(?:first\s+|"
    r"new\s+)?calf\b|\bcalving\b"
    r"|\b(?:apple|meat|pork|cherry|pumpkin|mince|steak|chicken|cottage|pecan|lime|lemon|fish|"
    r"pot|custard|cream|mud)\s+pies?\b|\b(?:slice|piece|bit)\s+of\s+pie\b|\b(?:ate|eat|eating|"
    r"eats)\s+(?:some\s+|a\s+|the\s+)?pie\b|\bpie\s+de\s+(?:limon|manzana|queso|calabaza|nuez)\b"
    # the same in Spanish: "día de pierna", "prensa de piernas", "curl de bíceps", "almohada
    # cervical", "freno de mano", "bolsillo trasero", "cuello de la camisa", "nadar de espalda"
    r"|\b(?:dia|prensa|curl|press|elevacion(?:es)?|extension(?:es)?|fondos|jalon|puente|maquina|"
    r"rutina|entrenamiento|entreno|remo|aperturas|sentadillas?)\s+(?:de|al|a|para)\s+"
    rf"(?:{ART_ES}\s+)?(?:{PART_ES}|gluteos?|biceps|triceps|cuadriceps|femoral(?:es)?|"
    r"abductores|aductores|abdominales|isquios?)\b"
    r"|\b(?:hac\w*|hice|hizo|series\s+de|rutina\s+de)\s+(?:\w+\s+)?abdominales\b"
    r"|\b(?:nadar|nado|nadando|estilo)\s+(?:de\s+|a\s+)?espalda\b"
    r"|\b(?:almohad|cojin|collarin)\w*\s+(?:(?:de|para)\s+(?:el\s+|la\s+|las\s+|los\s+)?"
    r"(?:cuello|cabeza|espalda|rodillas|lumbares|cervicales|piernas)|cervical(?:es)?)\b"
    r"|\b(?:freno|equipaje|bolso|bolsa|maleta|toalla|crema|jabon|gel|sierra|taladro|reloj|"
    rf"carrito)s?\s+de\s+(?:{ART_ES}\s+)?(?:manos?|pies|cara|ojos)\b"
    r"|\bmanos?\s+de\s+(?:obra|pintura|barniz|cal|laca|santo|hierro)\b"
    r"|\b(?:bolsillos?|asientos?|puertas?|ruedas?|luz|luces|jardin|patio|filas?|bancos?)\s+"
    r"traser[oa]s?\b"
    r"|\bcuellos?\s+(?:de\s+(?:la\s+|mi\s+|una\s+|el\s+)?(?:camisa|camiseta|jersey|sueter|blusa|"
    r"abrigo|chaqueta|polo|vestido|botella|pico|tortuga|cisne)|alto|vuelto|redondo|en\s+v)\b"
    r"|\b(?:dar|doy|da|das|dando|di|dio|daba|dado)\s+(?:el\s+)?pecho\b"
    # twins and pillars: "nacieron mis gemelos", "una columna del garaje"
    r"|\ba\s+(?:mis|los|sus|tus|unos)\s+gemel[oa]s\b|\b(?:herman[oa]s?|hij[oa]s|bebes|nin[oa]s|"
    r"nacieron|nacio|naceran|embarazad[oa])\s+(?:\w+\s+)?gemel[oa]s?\b"
    r"|\b(?:con|contra)\s+(?:una|la|esa)\s+columna\b(?!\s+(?:vertebral|lumbar|cervical|dorsal))"
    r"|\bcolumnas?\s+(?:del|de\s+la)\s+(?:garaje|parking|aparcamiento|salon|casa|edificio|puente|"
    r"periodico|revista|portal|cocina|sotano)\b"
)
# Every pattern starts a word: the look-behind rejects the inside of words at once, which keeps a
# long description fast.
CIRCUMSTANCE = re.compile(
    r"(?<![a-z0-9'])(?:"
    + "|".join(
        (
            _CIRCUMSTANCES,
            _POSTURES,
            _HANDLING,
            _THINGS,
            LANDMARKS,
            IDIOMS,
            IDIOMS_ES,
            COLLISIONS,
            COMPARISONS,
            OTHERS,
            DENIED,
        )
    )
    + ")"
)
