"""Phrases whose words say something other than the context they seem to: rewritten before
the finder reads how the pain started, what makes it worse and what it feels like (text.py).

"Tengo 45 años" is an age, not pain for years (no gradual onset); "cuando estoy dormida" is
asleep, not numb ("tengo la mano dormida" is numb); a dental "férula de descarga" is no cast
after an injury; "years ago" dates another event; "cuando me siento cansada" is a feeling, not
sitting ("me duele cuando me siento" is sitting).
"""

from __future__ import annotations

import re

# An age is not how long it has hurt: "tengo 45 años", "a 44 year old postman", "I'm 52".
AGE = re.compile(
    r"\b(?:tengo|tiene|tenia|de|con)\s+\d+\s+anos\b|\b\d+\s*(?:years?|yrs?|yo)\s*old\b"
    r"|\b\d+\s+anos\s+de\s+edad\b|\bdesde\s+los\s+\d+\s+anos\b"
    r"|\bembarazada\s+de\s+\d+\s+(?:meses|semanas)\b|\bpregnant\s+\d+\s*(?:weeks|wks|months)\b"
)
# "cuando estoy dormida" is asleep, not numb ("tengo la mano dormida" is numb)
ASLEEP = re.compile(r"\b(?:estoy|estaba|este|esta|estar|quedo|quede)\s+dormid[oa]s?\b")
# "me siento" is "I sit" ("me duele cuando me siento") unless a feeling follows ("cuando me
# siento cansada": "I feel")
FEELING = re.compile(
    r"\bme siento (?=(?:muy |tan |un poco )?(?:mal|bien|fatal|mejor|peor|cansad|agotad|triste|"
    r"rar|debil|nervios|estresad|ansios|agobiad|hinchad|maread))"
)
DENTAL_SPLINT = re.compile(r"\bferula de descarga\b")
# "my knees were replaced years ago" dates another event, not a pain that came on over years
# ("for years", "over the years" still say it)
AGO = re.compile(
    r"\b(?:a\s+few\s+|many\s+|several\s+|some\s+|\d+\s+|two\s+|three\s+)?"
    r"(?:years?|months?|yrs?)\s+(?:ago|back)\b"
)

# Night sweats are a sign of illness, not pain at night or lying down: read as sweats, before any
# place or context is read (finder/rewrites.py)
NIGHT_SWEATS = (
    (re.compile(r"\bnight\s+sweats?\b|\bsweats?\s+at\s+night\b"), " sweats "),
    (re.compile(r"\bsudores?\s+nocturnos?\b|\bsudoracion\s+nocturna\b"), " sudores "),
)


def feelings_apart(text: str) -> str:
    """Says "me siento cansada" as "me encuentro cansada": a feeling, not sitting."""
    return FEELING.sub("me encuentro ", text)


def for_onset_and_sensations(text: str) -> str:
    """Ages, sleep and a dental splint said so that no onset or sensation is read from them."""
    text = ASLEEP.sub(" durmiendo ", AGO.sub(" ", AGE.sub(" ", text)))
    return DENTAL_SPLINT.sub("protector dental", text)
