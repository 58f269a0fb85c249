"""Places named but not in pain, read from a seventh reading audit (1 December 2026): symptoms
denied at a place ("no shooting pain down the legs", "no leg sx", "no bowel/bladder sx", "no se
me va a las piernas", "no me hormiguean las piernas"), a place offered as a guess or a question
("could it be my back?", "I don't think it's my shoulder", "knee pain? nope", "¿será la
columna?", "¿puede ser que venga de la espalda?"), another person's pain said more freely ("my
wife has had knee pain", "my daughter sprained her ankle", "mate's got a crook back", "mi esposo
tiene dolor de espalda", "a mi hija el tobillo", "mi mamá tuvo prótesis de cadera") and a place
named only in a finding ("a trapped nerve in the neck", "the X-ray showed arthritis in the hip").
Their words are left out before anything else is read (finder/words.py), in every reading:
before pain that travels is cut ("no shooting pain down the legs" would otherwise leave "the
legs"), and also when nothing else is named (the fallback that reads "lift my knee" as the knee).
"""

from __future__ import annotations

import re

from tpatlas.finder.sayings import ART_ES, PART, PART_ES, PEOPLE, PEOPLE_ES

_SYMPTOM = (
    r"(?:pain|pains|ache|aches|aching|numbness|tingling|pins\s+and\s+needles|sx|symptoms?|"
    r"radiation|swelling|weakness|problems?|issues?)"
)
_OWN = r"(?:my|the|ma|me|either|both|any)"
_NEG_SYMPTOM = (
    # "no shooting pain down the legs", "nae numbness in the legs", "no radicular sx below knee"
    rf"\b(?:no|not|without|nae|never)\s+(?:(?:any|real|actual|shooting|radiating|radicular|"
    rf"burning|sharp|other)\s+)*{_SYMPTOM}\s+(?:(?:in|into|down|to|below|past|at|on|of)\s+)?"
    rf"(?:{_OWN}\s+)?(?:(?:left|right)\s+)?(?:{PART}|bowel|bladder)\b"
    # "no leg sx", "no arm symptoms", "no bowel/bladder sx"
    rf"|\b(?:no|not|without|nae|denies|denied)\s+(?:any\s+)?(?:(?:low|lower|upper|mid)\s+)?"
    rf"(?:{PART}|bowel|bladder)"
    rf"(?:\s*/\s*(?:{PART}|bowel|bladder))?"
    rf"\s+{_SYMPTOM}"
    # "denies LBP", "no LBP"
    r"|\b(?:no|not|without|nae|denies|denied)\s+(?:any\s+)?(?:lbp|lumbago)\b"
    # "I don't have any back pain"
    rf"|\b(?:don'?t|do\s+not|didn'?t|did\s+not)\s+have\s+(?:any\s+)?{PART}\s+{_SYMPTOM}"
    # "no se me va a las piernas", "no me irradia a la pierna", "no me hormiguean las piernas"
    r"|\bno\s+(?:me\s+|se\s+me\s+|se\s+)?(?:va|van|baja|bajan|irradia|irradian|corre|pasa|llega|"
    r"sube|hormiguea\w*|duerme\w*|adormece\w*)\s+(?:(?:a|hacia|por|hasta|en)\s+)?"
    rf"(?:el|la|los|las|mi|mis)\s+{PART_ES}"
    # "no tengo hormigueo en las manos", "sin parestesias en la mano", "no siento hormigueo en
    # los brazos"; "sin cervicalgia" (a clinical note denies neck pain)
    r"|\b(?:no\s+tengo|no\s+siento|no\s+noto|sin|niega)\s+(?:ningun\s+|ningunas?\s+)?"
    r"(?:hormigueos?|adormecimientos?|entumecimientos?|parestesias?|disestesias?|calambres?|"
    rf"debilidad|dolor(?:es)?|molestias?)\s+(?:en|de)\s+{ART_ES}\s+{PART_ES}"
    r"|\b(?:sin|niega|no\s+refiere|no\s+presenta)\s+[a-z]+algias?\b"
    # "no headache", "sin dolor de cabeza", "ni jaquecas": the head named in a denial only
    r"|\b(?:no|not|without|nae|denies|denied|never)\s+(?:any\s+)?(?:headaches?|migraines?)\b"
    r"|\b(?:sin|ni|niega|no\s+tengo)\s+(?:dolor(?:es)?\s+de\s+cabeza|cefaleas?|migranas?|jaquecas?)\b"
    # "but nothing in the shoulders", "pero nada en los hombros": a part said free of it
    # ("I feel nothing in my hand", "no siento nada en la mano" say it is numb)
    rf"|(?<!feel\s)(?<!felt\s)\bnothing\s+(?:at\s+all\s+)?(?:in|at|on)\s+{_OWN}\s+(?:(?:left|right)\s+)?{PART}\b"
    rf"|(?<!siento\s)(?<!noto\s)(?<!sentia\s)\bnada\s+(?:de\s+nada\s+)?en\s+{ART_ES}\s+{PART_ES}"
)
_GUESS = (
    # "could it be my back?", "could it be coming from my back?", "is it my hip"
    r"\b(?:could|can|might|may|would|is|was)\s+(?:it|this|that)\s+(?:be\s+)?(?:(?:coming|come)\s+"
    rf"from\s+|related\s+to\s+|from\s+)?(?:my|the)\s+(?:(?:left|right)\s+)?{PART}\b"
    # "could the pain in my armpit be related to my shoulder?"
    rf"|\bbe\s+(?:related|connected|linked)\s+to\s+(?:my|the)\s+(?:(?:left|right)\s+)?{PART}\b"
    # "I don't think it's my shoulder"
    rf"|\b(?:don'?t|do\s+not)\s+think\s+(?:it'?s|it\s+is)\s+(?:my|the)\s+{PART}\b"
    # "Knee pain? Nope.", "Ankle pain? No."
    rf"|\b{PART}\s+(?:pain|ache)\s*\?\s*(?:nope|no|nah)\b"
    # "¿podría ser la cadera?", "¿será la columna?", "¿puede ser de la espalda?"
    r"|\b(?:podria|puede|sera|seria)\s+(?:ser\s+)?(?:(?:de|por|que\s+sea)\s+)?"
    rf"(?:el|la|los|las|mi|mis)\s+{PART_ES}\b"
    # "¿puede ser que el dolor venga de la espalda?"
    rf"|\b(?:venga|venia|viene)\s+de\s+(?:el|la|los|las|mi|mis)\s+{PART_ES}\s*\?"
)
# how long the other person has had it is not how this pain began: "my wife has had knee pain
# for years"
_HOW_LONG = (
    r"(?:\s+(?:for|since)\s+(?:many\s+|several\s+|a\s+few\s+)?(?:years|months|ages|decades))?"
)
_WHO = rf"(?:(?:my|our|his|her)\s+(?:{PEOPLE}|mother[\s-]in[\s-]law|father[\s-]in[\s-]law|mate)"
_WHO += r"|mate|(?:my|our)\s+(?:in[\s-]laws|parents))"
_OTHERS = (
    # "my wife has had knee pain", "my mother-in-law has knee pain both knees", "my father is
    # having sciatica", "mate's got a crook back", "my mum has arthritis in both hands"
    rf"\b{_WHO}(?:'s\s+got|\s+is|\s+has|\s+had|\s+have)?\s+(?:(?:also|always|been|got|had|having|has|"
    r"is|suffering\s+from|complaining\s+of|complains\s+of|a|an|some|bad|crook|sore|the\s+same)\s+)*"
    rf"(?:(?:pain|arthritis|problems?|trouble)\s+(?:in|with)\s+(?:(?:his|her|their|both|the)\s+)?)?"
    rf"(?:{PART}|sciatica)(?:\s+(?:pain|ache|problems?))?\b{_HOW_LONG}"
    # "my mother-in-law is 68 and has knee pain both knees"
    rf"|\b{_WHO}(?:\s+[a-z0-9]+){{1,4}}?\s+(?:has|had|have|gets|got|is\s+having)\s+(?:(?:also|always|"
    rf"had|bad|a|an|some)\s+)*(?:{PART}|sciatica)\s+(?:pain|ache|problems?|trouble)\b"
    rf"(?:,?\s+(?:in\s+)?(?:both|her|his|their)\s+{PART}\b)?{_HOW_LONG}"
    # "my daughter sprained her ankle", "my husband hurt his back"
    rf"|\b{_WHO}\s+(?:sprained|hurt|broke|twisted|injured|pulled|strained|did)\s+(?:his|her|their)\s+"
    rf"{PART}\b"
    # "mi esposo tiene dolor de espalda", "mi mamá tuvo prótesis de cadera", "mi abuela tenía las
    # manos deformadas", "mi padre ... se queja de la pierna"
    rf"|\b(?:mi|su|tu)\s+{PEOPLE_ES}\s+(?:tambien\s+|siempre\s+)?(?:tiene|tenia|tuvo)\s+"
    r"(?:(?:un|una|el|la|los|las|mucho|muchos)\s+)?(?:dolor(?:es)?|molestias?|artrosis|artritis|"
    r"protesis|problemas?|hernia|lesion|[a-z]+itis)\s+(?:[a-z]+\s+){0,2}?(?:de|en)\s+"
    rf"(?:{ART_ES}\s+)?{PART_ES}\b"
    rf"|\b(?:mi|su|tu)\s+{PEOPLE_ES}\s+(?:tiene|tenia|tuvo)\s+{ART_ES}\s+{PART_ES}\s+"
    r"(?:deformad|hinchad|operad|torcid|rot)[oa]s?\b"
    rf"|\bse\s+queja\s+de\s+{ART_ES}\s+{PART_ES}\b"
    # "... y a mi hija el tobillo" (the verb said once for both)
    rf"|\by\s+a\s+(?:mi|su|tu)\s+{PEOPLE_ES}\s+{ART_ES}\s+{PART_ES}\b"
)
_FINDINGS = (
    # "trapped nerve in the neck", "a pinched nerve in my back"
    r"\b(?:trapped|pinched|compressed)\s+nerves?\s+(?:in|from)\s+(?:my|the)\s+(?:neck|back|spine)"
    r"(?!\s+(?:hurts?|aches?|is\s+sore))\b"
    # "fisioterapia para la ciática", "physio for sciatica": what was treated, not where it hurts
    r"|\b(?:fisioterapia|fisio|tratamiento|rehabilitacion|infiltraciones?|physio|physiotherapy|"
    r"treatment|treated)\s+(?:para|por|for)\s+(?:la\s+|el\s+|una\s+|my\s+|a\s+)?(?:ciatica|"
    r"sciatica|lumbago)\b"
    # a diagnosis someone else gave: "sciatica they say, but the pain is on my hip", "chiro says
    # L5", "GP said it's probably sciatica"
    r"|\b(?:sciatica|ciatica)\s+(?:they|he|she|the\s+\w+)\s+(?:say|says|said|think|thinks|reckons?)\b"
    r"|\b(?:they|he|she|doctor|dr|gp|physio|chiro|md|el\s+medico|el\s+fisio)\w*\s+(?:say|says|said|"
    r"thinks?|reckons?|dice|dijo|cree)\s+(?:(?:it'?s|it\s+is|que\s+es)\s+)?(?:probably\s+|a\s+)?"
    r"(?:sciatica|ciatica|[lcts]\d(?:\s*[-/]\s*[lcts]?\d)?)\b"
    # "the X-ray showed some arthritis in the hip joint"
    r"|\b(?:x[\s-]?rays?|mris?|scans?)\s+(?:showed|shows|found|revealed)\s+(?:some\s+|a\s+little\s+)?"
    rf"[a-z]+\s+(?:in|of|at)\s+(?:my|the)\s+(?:(?:left|right)\s+)?{PART}(?:\s+joint)?\b"
)
DENIED_PLACES = re.compile(
    r"(?<![a-z0-9'])(?:" + "|".join((_NEG_SYMPTOM, _GUESS, _OTHERS, _FINDINGS)) + ")"
)
