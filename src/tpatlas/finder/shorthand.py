"""Directions in clinical shorthand, written out before a description is read: "L lat hip
radiating to lat knee" is the lateral hip and the lateral knee, "pain @ lat epicondyle" the
lateral epicondyle, "post thigh" the back of the thigh, "med knee" the inner knee; and "left
side neck" (a side said without "of the") is the side of the neck, not the flank; "MSD" in a
Spanish note is the right arm (miembro superior derecho); "N/T" is numbness and tingling. Text
speak ("q", "xq", "w/o") is spelt out before red flags are read (``spelt_out``).

Only a direction written before a part is expanded: "post flu jab" and "post-op" stay as they
are (how it began), and "lat" alone, the latissimus dorsi in gym talk, names no place.
"""

from __future__ import annotations

import re

_PART = (
    r"(?:epicondyles?|condyles?|malleol(?:us|i)|hips?|knees?|thighs?|calf|calves|ankles?|elbows?|"
    r"arms?|upper\s+arm|shoulders?|forearms?|foot|feet|shins?|legs?|neck|chest|wrists?|hands?|"
    r"fingers?|ribs?|abdomen|buttocks?|glutes?|border|aspect|joint\s+line|knee\s+joint|heel|"
    r"ankle\s+joint|trochanter|pelvis|head|skull|deltoid|side)"
)
_DIRECTIONS = {"lat": "lateral", "med": "medial", "ant": "anterior", "post": "posterior"}
_DIRECTION = re.compile(rf"\b(lat|med|ant|post)\.?\s+(?={_PART}\b)")
# "left side neck", "right side face": a side of a part said without "of the"
_SIDE_OF = re.compile(r"\bside\s+(?=(?:neck|head|face|jaw|chest|ribs|thigh|knee|calf|leg)\b)")
_ABBREVIATED = (
    r"(?:hip|hips|knee|shoulder|elbow|wrist|hand|ankle|foot|leg|arm|side|calf|thigh|neck|"
    r"buttock|glute|heel|jaw|temple|shin|lower|upper|low|sided|lateral|medial|anterior|"
    r"posterior|inner|outer|front|back|forearm|groin|chest|flank|sij|traps?|pec|achilles|toes?|"
    r"great\s+toe|big\s+toe|sole|arch|scapula|ribs?|thumb|index|ring|little|middle)\b"
)
# a part, or its pain, that a side in shorthand may follow: "knee pain R", "hip L"
_POSTFIXED = (
    r"(?:hip|knee|shoulder|elbow|wrist|hand|ankle|foot|leg|arm|calf|thigh|neck|buttock|heel|"
    r"shin|groin|forearm)(?:\s+(?:pain|ache|sx))?"
)
_CLAUSE_END = r"(?=\s*(?:[,;.]|$|\b(?:and|with|worse|since)\b))"
# sides in shorthand before a part, among the rewrites (finder/rewrites.py): "R hip and L knee"
SIDE_SHORTHAND: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(?:r|rt)\.?[\s-]+(?={_ABBREVIATED})"), "right "),
    (re.compile(rf"\b(?:l|lt)\.?[\s-]+(?={_ABBREVIATED})"), "left "),
    # ... and after it, at the end of a clause: "medial knee pain R, insidious onset"
    (re.compile(rf"\b({_POSTFIXED})\s+(?:r|rt)\.?{_CLAUSE_END}"), r"\1 on the right"),
    (re.compile(rf"\b({_POSTFIXED})\s+(?:l|lt)\.?{_CLAUSE_END}"), r"\1 on the left"),
)


# Initials: Spanish clinical notes name the limbs by them ("irradiación a MSD", miembro superior
# derecho; "MII", miembro inferior izquierdo; "MMII", both legs), and "N/T" is numbness and tingling
_INITIALS = (
    (re.compile(r"\bmsd\b"), " brazo derecho "),
    (re.compile(r"\bmsi\b"), " brazo izquierdo "),
    (re.compile(r"\bmii\b"), " pierna izquierda "),
    (re.compile(r"\bmmii\b"), " las dos piernas "),
    (re.compile(r"\bmmss\b"), " los dos brazos "),
    (re.compile(r"\bn\s*[/&+]\s*t\b"), " numbness and tingling "),
)


def written_out(text: str) -> str:
    """``text`` (lower case, accents removed) with initials and directions in shorthand written
    out."""
    for pattern, words in _INITIALS:
        text = pattern.sub(words, text)
    text = _DIRECTION.sub(lambda m: _DIRECTIONS[m.group(1)] + " ", text)
    return _SIDE_OF.sub("side of the ", text)


# Text speak spelt out before red flags are read: "q" is "que", "xq" "porque", "w/o" "without"
# ("dolor q se me va al brazo", "chest pain w/o sweating"). The text changes length, so the words
# quoted back are then the spelt-out ones.
TEXT_SPEAK = (
    (re.compile(r"(?<![\w'/])q(?![\w'])"), "que"),
    (re.compile(r"(?<![\w'/])(?:xq|pq|porq)(?![\w'])"), "porque"),
    (re.compile(r"(?<![\w'/])(?:tmb|tb)(?![\w'])"), "tambien"),
    (re.compile(r"(?<![\w'/])w/o(?![\w'])"), "without"),
    (re.compile(r"(?<![\w'/])w/(?=\s*\w)"), "with "),
    # a reading given after a colon: "le tomé la temperatura: 38,4", "temp: 39"
    (re.compile(r":(?=\s*\d)"), " "),
)


def spelt_out(norm: str) -> str:
    """``norm`` with its text speak written in full."""
    for pattern, full in TEXT_SPEAK:
        if pattern.search(norm):
            norm = pattern.sub(full, norm)
    return norm
