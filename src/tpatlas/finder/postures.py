"""Postures of another part say how, not where it hurts: "with my legs crossed", "with my
hands on top of the wheel", "con los brazos levantados", "al apoyar las manos en el suelo". Part
of the circumstances the reader removes before it looks for places (finder/circumstances.py).
"""

from __future__ import annotations

from tpatlas.finder.sayings import ART_ES, PART, PART_ES

POSSESSIVE = r"(?:my|the|your|his|her|a|mi|la|el|los|las)"

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
POSTURES = (
    # "I keep my knees bent", "holding my arms up"
    rf"\b(?:keep|keeps|keeping|kept|hold|holds|holding|held)\s+(?:my|both|one|the)\s+{PART}\s+"
    rf"{_STATE}\b|"
    rf"\bwith\s+(?:my|both|one|a|the)\s+(?:(?:left|right|other|bad|good)\s+)?{PART}"
    rf"(?:\s+and\s+(?:my\s+)?{PART})?\s+(?:{_STATE}\s+)?(?:{_STATE}\b|(?:on|in|behind|under|"
    rf"underneath|beneath|between|over|above|against|at|across)\s+(?:(?:the\s+)?top\s+of\s+)?"
    rf"{POSSESSIVE}\s+"
    rf"(?:[a-z]+\s+)?(?:{PART}|"
    r"pockets?|pillows?|lap|desk|table|keyboard|wheel|armrest|floor|bed|wall|sides?|air|ground|"
    r"window|ledge|sill|counter|bench|door|steering|"
    r"couch|sofa|cushion)\b)"
    r"|\bhands?\s+(?:on|in)\s+(?:my|the|your)\s+(?:hips?|pockets?)\b"
    # a posture of the shoulders: "rounded shoulders", "my shoulders are rolled forward"
    r"|\b(?:rounded|round|hunched|slumped|rolled|drooping|droopy|sloping|forward|uneven)\s+"
    r"shoulders\b"
    r"|\bshoulders\s+(?:are\s+|were\s+|get\s+)?(?:always\s+|constantly\s+)?(?:rounded|hunched|"
    r"slumped|rolled\s+forward|forward)\b"
    # shoulders raised: "my shoulders are always up around my ears", "hunched up to my ears",
    # "con los hombros pegados a las orejas"; the ears do not hurt
    r"|\bshoulders\s+(?:[a-z]+\s+){0,3}?up\s+(?:by|around|round|to|near|towards?|at|in)\s+"
    r"(?:my|your|the)\s+ears\b"
    r"|\b(?:hunched|hiked|shrugged|scrunched|hitched)\s+up\s+(?:by|around|round|to|near|towards?)"
    r"\s+(?:my|your|the)\s+ears\b"
    r"|\bhombros\s+(?:\w+\s+){0,2}?(?:a|hasta|junto\s+a|cerca\s+de|en)\s+(?:las|mis)\s+orejas\b"
    # ... and shoulders carried forward, in Spanish: "tengo los hombros echados hacia delante",
    # "hombros caídos", "los hombros encorvados"
    r"|\b(?:los|mis)\s+hombros\s+(?:muy\s+)?(?:echados|caidos|adelantados|encorvados|redondeados|"
    r"metidos|hacia\s+delante|hacia\s+adelante)(?:\s+hacia\s+(?:delante|adelante))?\b"
    # what is brought to a part: "pulling things in to my chest", "hugging it against my body"
    r"|\b(?:pull\w*|bring\w*|brought|hug\w*|draw\w*|tuck\w*|clutch\w*|squeez\w*)\s+(?:[a-z]+\s+)"
    r"{0,3}?(?:in\s+)?(?:to|into|towards?|against|onto)\s+(?:my|the|your)\s+(?:chest|body|stomach|"
    r"belly|tummy|side)\b"
    # how it started is not where it hurts: "since I rolled my ankle", "me torcí el pie"
    r"|\b(?:since|after|from|when)\s+(?:i\s+)?(?:twist\w*|roll\w*|sprain\w*|turn\w*|went\s+over\s+on)"
    r"\s+(?:my|the|an?)\s+(?:ankle|foot|knee|wrist)\b"
    r"|\b(?:desde\s+que|cuando|despues\s+de\s+que)\s+(?:me\s+)?(?:torci|torcio|doble|doblo)\w*\s+"
    r"(?:el|la|un|mi)\s+(?:pie|tobillo|rodilla|muneca)\b"
    rf"|\b(?:pillows?|cushions?|towels?|rolls?|wedges?|almohadas?|almohadon\w*|cojin\w*|toallas?)\s+(?:between|"
    rf"under|underneath|beneath|behind|entre|bajo|debajo\s+de|detras\s+de)\s+(?:{POSSESSIVE}|mis)"
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
    # what is done with a part: "empujo el carrito con las manos", "le pegué con el pie"; not
    # "me levanté con el cuello agarrotado" (I woke up with it)
    r"|\b(?:empuj|peg|golpe|pate|lanz|agarr|sujet|cog|(?<!\bme\s)(?<!\bse\s)levant|carg|tir|"
    r"escrib|tecle|aplaud)\w*\s+"
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
