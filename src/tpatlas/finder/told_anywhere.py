"""Causes that take a red-flag sign back wherever the description tells them
(finder/red_flag_words.py), not only in the sign's own clause (taken_back.py): the ride behind a
numb saddle area and the arm slept on, when the feeling came back (a crash keeps the sign); a
dentist's injection behind a numb lip; a frozen shoulder that will not lift; a muscle torn or
knocked where the leg swells; legs swollen alike; a hangover's dizziness. People often tell the
cause and the sign in different sentences, so these are read over the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the ride is the cause when a numb saddle area comes back after getting off: "three hours on
# the bike ... numb between my legs, back to normal by the time I'd showered" (the whole
# description is read: the ride and the return are often told in different sentences; a crash
# or a fall keeps the sign)
BIKE_RIDE = re.compile(
    r"\b(?:bikes?|biking|cycl\w+|saddle|sportive|bici\w*|sillin|ciclis\w+|spinning|mtb)\b"
)
FEELING_BACK = re.compile(
    r"\bback\s+to\s+normal\b|\b(?:feeling|sensation)\s+(?:came|comes)\s+back\b|\bwears?\s+off\b"
    r"|\bgoes\s+away\b|\bwent\s+away\b|\bfor\s+(?:about\s+)?(?:half\s+an\s+hour|an\s+hour|a\s+few\s+minutes)\b"
    r"|\bvuelve\s+la\s+sensibilidad\b|\bse\s+(?:me\s+)?pas[ao]\b|\bal\s+rato\b|\bse\s+(?:me\s+)?quita\b"
    r"|\bnormal\s+(?:within|in)\s+(?:a\s+)?(?:couple\s+of\s+|few\s+)?minutes\b|\bcame\s+(?:flooding\s+)?back\b"
    r"|\ben\s+(?:unos|un\s+par\s+de|pocos)\s+minutos\b"
)
CRASH = re.compile(
    r"\b(?:crash\w*|fell|fall(?:en|ing)?|came\s+off|accident|caida|cai|me\s+cai|choque|golpe)\b"
)
# an arm gone dead from lying on it, back within minutes, is a sleeping limb
SLEPT_ON = re.compile(
    r"\b(?:lying|lay|laid|slept|sleeping|been\s+lying)\s+on\s+(?:it|that\s+arm|my\s+arm|the\s+arm|"
    r"that\s+side)\b|\b(?:dormi|dormido|dormida|acostad[oa])\s+(?:encima|sobre)\b"
)
# a face numb or lopsided after a dental injection is the anaesthetic's: "two fillings at 10am
# and my lip is still numb, my smile looks lopsided", "un empaste ... media cara dormida"
_DENTAL = (
    r"\b(?:fillings?|dentist\w*|dental|root\s+canal|tooth\s+out|wisdom\s+tooth|anaesthetic|"
    r"anesthetic|numbing\s+injection|empastes?|dentista|muelas?|anestesia|endodoncia)\b"
)
# a shoulder named frozen is stiff, not weak: "frozen shoulder, can't lift the arm above shoulder
# height"
_FROZEN = r"\bfrozen\s+shoulder\b|\bhombro\s+congelado\b|\bcapsulitis\b"
# a thigh swollen where a muscle tore or took a knock: "felt a pop at the back of my thigh, a
# bit swollen", "took a knee in the front of the thigh"
_MUSCLE_KNOCK = (
    r"\bfelt\s+a\s+(?:pop|twang)\b|\btook\s+a\s+knee\b|\bdead\s+leg\b|\bcork(?:ed|y)\b"
    r"|\bgrade\s+[123]\b|\b(?:hamstring|quad|calf)\s+(?:strain|tear|pull)\b|\bpulled\s+(?:a|my)\b"
    r"|\brodillazo\b"
    # "felt the inside of my thigh pull", "a grade 1 groin strain", "noté un tirón"
    r"|\bfelt\s+(?:\w+\s+){0,6}?pull\b|\bgroin\s+(?:strain|pull)\b|\b(?:minor|mild|slight)\s+strain\b"
    r"|\btiron\b"
)
# legs swollen alike are no clot in one: "both legs the same, no sore spot in either calf"
_BOTH_ALIKE = (
    r"\bboth\s+(?:legs|sides|calves|ankles)\s+(?:the\s+same|equally|alike)\b|\bequally\s+in\s+both\b"
    r"|\b(?:las\s+dos|ambas)\s+(?:piernas|pantorrillas)\s+(?:igual|por\s+igual)\b"
)
# a wasp or bee sting, an insect bite, told in another sentence than the red, puffy calf: "got
# stung by a bee on the calf ... now the whole area is red, puffy and warm"
_STING = (
    r"\b(?:stung|bee\s+sting|wasp\s+sting|insect\s+bite|bug\s+bite|mosquito\s+bites?|"
    r"picadura\s+de\s+(?:avispa|abeja|mosquito|insecto)|me\s+pico\s+una\s+(?:avispa|abeja))\b"
)
# fingers white in the cold that come back on warming, named as Raynaud's or told that way
_RAYNAUD_NAMED = (
    r"\braynaud\w*|\bal\s+calentar\w*|\bwhen\s+i\s+warm\s+(?:them|it)\s+up\b"
    r"|\bvuelven?\s+a\s+su\s+color\b|\bcolou?r\s+comes\s+back\b"
)
# a pop or a crack with an X-ray found clear: "felt a pop ... X-ray was clear, grade 2 sprain"
_XRAY_CLEAR = (
    r"\bx[\s-]?rays?\s+(?:was\s+|were\s+|came\s+back\s+|showed\s+)?(?:clear|normal|fine|nothing)\b"
    r"|\bradiografias?\s+(?:salio\s+|salieron\s+|esta\s+)?(?:normal\w*|bien|limpias?)\b"
    r"|\bnothing\s+(?:was\s+)?broken\b|\bno\s+fracture\b|\bsin\s+fractura\b"
)
# a knock to the testicles that passed within the hour ("an ache gone the next morning" is read
# in its own clause only, taken_back.py: "my back was fine the next morning, but now a testicle
# is swollen" must warn)
_KNOCK_PASSED = (
    r"\b(?:barely|hardly)\s+(?:hurts?|hurting|sore)\b"
    r"|\bminutes\s+later\b[^.;]{0,60}\b(?:fine|barely|hardly|ok|okay|eating|playing)\b"
)
# a stab of "the worst headache" from something frozen: brain freeze, gone within a minute
_BRAIN_FREEZE = (
    r"\bbrain\s+freeze\b|\bice[\s-]cream\s+headache\b|\bslush(?:ie|y)\b|\bgranizado\b"
    r"|\bcerebro\s+congelado\b"
)
# a fever over for days: "ya llevo cuatro días sin fiebre", "no fever for three days"
_FEVER_OVER = (
    r"\b(?:llevo|lleva|llevamos)\s+(?:\w+\s+){0,2}(?:dias|semanas?)\s+sin\s+fiebre\b"
    r"|\bsin\s+fiebre\s+desde\b|\bno\s+(?:fever|temperature)\s+(?:for|since)\b"
    r"|\bfever[\s-]free\s+(?:for|since)\b"
)
BOTH_ALIKE = re.compile(_BOTH_ALIKE)
# sign -> a cause that takes it back wherever the description names it: a muscle torn or
# knocked where the leg swells, a frozen shoulder that will not lift, legs swollen alike
TOLD_ANYWHERE = {
    "leg_swelling": re.compile(f"{_MUSCLE_KNOCK}|{_BOTH_ALIKE}|{_STING}"),
    "leg_clot_signs": re.compile(f"{_MUSCLE_KNOCK}|{_BOTH_ALIKE}|{_STING}"),
    "leg_redness": re.compile(_STING),
    "leg_warmth": re.compile(_STING),
}
# sign -> a cause that takes it back in the sign's own sentence or told after it: a knock that
# passed, a brain freeze, a fever over for days explain the sign told before them, not a new
# one told after ("it barely hurts now. But this morning my testicle suddenly swelled", "had a
# slushie at lunch. Tonight the worst headache of my life", "no fever for three days. Now a
# fever of 39 again", "the X-ray was clear last year; today I fell and heard a crack")
TOLD_AFTER = {
    "heard_crack": re.compile(_XRAY_CLEAR),
    "testicle": re.compile(_KNOCK_PASSED),
    "thunderclap": re.compile(_BRAIN_FREEZE),
    "sudden_worst": re.compile(_BRAIN_FREEZE),
    "fever": re.compile(_FEVER_OVER),
}
# Raynaud's, named anywhere, explains cold white fingers or toes, never a whole leg or arm gone
# suddenly cold and pale (a blocked artery: an emergency)
RAYNAUD_NAMED = re.compile(_RAYNAUD_NAMED)
WHOLE_LIMB = re.compile(
    r"\b(?:legs?|arms?|calf|calves|thighs?|forearms?|piernas?|brazos?|pantorrillas?|muslos?|"
    r"antebrazos?)\b"
)
# a frozen shoulder, told anywhere, explains an arm that will not lift, never a weak leg
FROZEN = re.compile(_FROZEN)
ARM = re.compile(r"\b(?:arms?|shoulders?|hands?|brazos?|hombros?|manos?)\b")
LEG = re.compile(r"\b(?:legs?|foot|feet|knees?|piernas?|pies?|rodillas?)\b")
# a face, lip or mouth numb or lopsided after a dental injection, told anywhere
# ... but not in a comparison: "his words came out mushy like he'd been at the dentist"
DENTAL = re.compile(
    rf"^(?:(?!\b(?:like|as\s+if|as\s+though|como\s+si|como\s+cuando)\b[^.;,]{{0,40}}(?:{_DENTAL})).)*?"
    rf"(?:{_DENTAL})",
    re.S,
)
FACE = re.compile(
    r"\b(?:lip|lips|mouth|face|smile|chin|cheek|labio|boca|cara|comisura|mejilla|barbilla)\b"
)
# sign -> the cause that, told anywhere with the feeling's return, takes it back
CAUSE_TOLD_APART = {
    "saddle_numbness": BIKE_RIDE,
    "stroke_signs": SLEPT_ON,
    "weakness": SLEPT_ON,
    "progressive_weakness": SLEPT_ON,
}
# dizziness and a headache from drink: the hangover's
HANGOVER = re.compile(
    r"\b(?:hangover|hungover|hung\s+over|resaca|bebi\s+de\s+mas|drank\s+too\s+much)\b"
)


LEG_SIGNS = frozenset({"leg_swelling", "leg_clot_signs", "leg_redness", "leg_warmth"})


def cause_told_elsewhere(
    concept: str, norm: str, sentence: str, start: int, clot_risk: Callable[[str], bool]
) -> bool:
    """True when a plain cause of the sign at ``start`` is told elsewhere in the description: a
    muscle torn where the leg swells (TOLD_ANYWHERE); a knock that passed, told after the sign
    (TOLD_AFTER); a frozen shoulder for an arm; a lip numb after a filling; a sign that came
    back once its cause was gone, such as a numb saddle area after a long ride or an arm dead
    from lying on it (CAUSE_TOLD_APART; a crash keeps the sign). ``clot_risk`` tells whether a
    long journey or an operation is told (red_flag_words.py reads it)."""
    if concept in TOLD_ANYWHERE and TOLD_ANYWHERE[concept].search(norm):
        # a sting or a knock told elsewhere does not explain a swollen, red or warm leg after a
        # long journey or an operation, when clots form (NHS inform, DVT); legs swollen alike do
        if concept in LEG_SIGNS and clot_risk(norm):
            return bool(BOTH_ALIKE.search(norm))
        return True
    if concept in TOLD_AFTER and TOLD_AFTER[concept].search(f"{sentence} {norm[start:]}"):
        return True
    if concept == "cold_limb" and RAYNAUD_NAMED.search(norm) and not WHOLE_LIMB.search(sentence):
        return True
    arm, leg = ARM.search(sentence), LEG.search(sentence)
    if concept in ("weakness", "progressive_weakness") and FROZEN.search(norm) and arm and not leg:
        return True
    # the dentist's injection numbs a face, never an arm or a leg: "my face is swollen from the
    # dentist, and now I can't move my left arm" is a stroke warning
    dental = DENTAL.search(norm) and FACE.search(sentence)
    if concept in ("stroke_signs", "weakness") and dental and not (arm or leg):
        return True
    # the feeling came back after the sign, not before a new one: "the numbness always went
    # away. This time I've been numb between my legs for two days" warns
    cause = CAUSE_TOLD_APART.get(concept)
    back = FEELING_BACK.search(f"{sentence} {norm[start:]}")
    return bool(cause and back and cause.search(norm) and not CRASH.search(norm))
