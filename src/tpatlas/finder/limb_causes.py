"""Plain causes of a swollen, red, warm or cold limb, read in the clause that names the sign
(finder/taken_back.py's SILENCED_BY): ankles that swell by the evening and go down overnight, an
insect bite, a sunburn or a massage, a bruise, a calf warm after a run, fingers white in the cold
that come back on warming (Raynaud's). Kept apart because the leg's look-alikes are the largest
family of everyday false alarms.
"""

from __future__ import annotations

# ankles that swell by the evening and are back to normal by morning: a day on one's feet
DAY_SWELLING = (
    r"\bby\s+(?:the\s+)?(?:evening|end\s+of\s+the\s+day|closing\s+time|bedtime)\b"
    r"|\b(?:goes|go|went|going)\s+down\s+overnight\b|\bback\s+to\s+normal\b"
    # both ankles, gone after a walk: swelling from sitting still, not a clot in one leg
    r"|\b(?:feet|ankles)\s+(?:swelled|swell|swelling|swollen|were\s+swollen|puffed(?:\s+up)?)\b"
    r"|\bon\s+both\s+sides\b|\bboth\s+ankles\b|\b(?:gone|went\s+down)\s+after\b"
    r"|\bboth\s+(?:legs|calves|feet)\b|\b(?:los\s+dos|ambos)\s+tobillos\b|\blas\s+dos\s+por\s+igual\b|\b(?:las\s+dos|ambas)\s+piernas\b"
    r"|\bamanezco\s+con\s+los\s+tobillos\s+normales\b|\ben\s+la\s+manana\s+(?:estan|amanezco)\b"
    r"|\bal\s+final\s+del\s+dia\b|\bse\s+(?:me\s+)?(?:bajan?|deshinchan?)\s+(?:por|en|durante)\s+la\s+noche\b"
)
# an insect bite or a mark that blanches is no clot: "una picadura de mosquito con una ronchita
# roja que se blanquea al apretar"
BITE = (
    r"\b(?:picadura|picaduras|mosquitos?|insect\s+bites?|mosquito\s+bites?|bug\s+bites?|"
    r"bitten|se\s+blanquea|blanches)\b"
    # a sunburn, a massage: a plain cause for a red or warm leg
    r"|\bsunburn(?:t|ed)?\b|\bquemadura\s+(?:de|del)\s+sol\b|\b(?:me|le)\s+pico\b"
    r"|\bafter\s+(?:a|the|my)\s+massage\b|\b(?:despues\s+del?|tras\s+(?:el|un))\s+masaje\b"
    r"|\b(?:avispa|abeja|picotazo|aguijon|wasp|bee\s+sting|stung|sting)\b"
)
# a bruise is a knock's mark, purple or not: "un moretón morado que baja hasta el talón"
BRUISE = r"\b(?:bruis\w*|moreton\w*|moraton\w*|moretes?|cardenal\w*|hematoma\w*)\b"
# fingers or toes that go white in the cold and come back as they warm are Raynaud's, not a
# blocked artery (NHS Raynaud's page: attacks last minutes and pass on warming up)
RAYNAUD = (
    r"\braynaud\w*|\b(?:when|if)\s+i'?m\s+cold\b|\bin\s+(?:the\s+)?(?:winter|cold)\b"
    r"|\bwarm\s+(?:them|it)\s+up\b|\bback\s+to\s+normal\s+in\s+minutes\b|\bcon\s+el\s+frio\b"
    r"|\bal\s+calentarse?\b|\ben\s+invierno\b"
    r"|\b(?:when|if)\s+(?:it'?s\s+|i\s+get\s+|they\s+get\s+)?cold\b|\bcuando\s+hace\s+frio\b"
)
# a calf warm after a run, asthma's breathlessness: a plain cause said in the same clause
AFTER_EXERCISE = (
    r"\bafter\s+(?:my|a|the)\s+(?:run|workout|training|game|match|session)\b"
    r"|\bafter\s+(?:running|exercise|exercising|training)\b|\bdespues\s+de\s+(?:correr|entrenar)\b"
)
