"""Places that no longer hurt, or hurt someone else (a fifth reading audit, 1 December 2026):
"it used to be my knee, now it's my hip", "lo del hombro ya se curó", "antes me dolía la
rodilla", "my back was the problem", "no me duele nada el brazo", "mi madre tiene artrosis de
rodilla" are not where it hurts now. Read as circumstances (finder/circumstances.py)."""

from __future__ import annotations

from tpatlas.finder.sayings import PART_ES, PEOPLE_ES

PAST = (
    r"\b(?:it|that|this|the\s+pain)\s+used\s+to\s+be\s+(?:in\s+|at\s+)?(?:my|the)\s+[a-z]+"
    r"|\b(?:my|the)\s+[a-z]+\s+used\s+to\s+(?:hurt|ache|be\s+(?:the\s+)?(?:problem|sore|bad))"
    r"|\b(?:my|the)\s+[a-z]+\s+(?:was|has\s+been)\s+the\s+(?:problem|issue)\b"
    r"|\b(?:started|began)\s+in\s+my\s+[a-z]+[^.;]*?\bthat'?s\s+(?:settled|gone|better|resolved)\b"
    # "my right knee was sore last month but it settled", "the left shoulder was the bad one,
    # but it's fine now", "la rodilla derecha me dolía el año pasado, pero ya está bien"
    r"|\b(?:my|the)\s+(?:(?:left|right)\s+)?[a-z]+\s+(?:was|were)\s+(?:sore|bad|painful|"
    r"the\s+bad\s+one|the\s+problem)\b[^.;|]*?\b(?:but|and)\s+(?:it'?s|it\s+has|it|that'?s|"
    r"that\s+has|they'?re|they\s+have)\s+(?:now\s+|since\s+|all\s+)?(?:settled|gone|better|fine|"
    r"resolved|healed|grand|ok|okay)\b"
    r"|\b(?:el|la|los|las|mi|mis)\s+[a-z]+(?:\s+(?:derech|izquierd)[oa]s?)?\s+me\s+dol[ií]an?\b"
    r"[^.;|]*?\bpero\s+ya\s+(?:esta|estan|se\s+me\s+paso|se\s+curo)\b"
    r"|\bantes\s+(?:me\s+)?dol[ií]an?\s+(?:el|la|los|las|mi|mis)\s+[a-z]+"
    r"(?:\s+(?:derech|izquierd)[oa]s?)?"
    r"|\bantes\s+(?:estaba|era)\s+en\s+(?:el|la|los|las|mi|mis)\s+[a-z]+"
    r"|\blo\s+(?:de|del)\s+(?:la\s+|el\s+|mi\s+)?[a-z]+\s+(?:ya\s+)?(?:se\s+(?:me\s+)?curo|fue|"
    r"paso)\b"
    r"|\bno\s+me\s+duel[ea]n?\s+(?:nada|para\s+nada)\s+(?:el|la|los|las|mi|mis)\s+[a-z]+"
    rf"|\b(?:mi|su|tu)\s+{PEOPLE_ES}\s+(?:tambien\s+)?(?:tiene|tenia|tuvo)\s+[a-z]+\s+(?:de|en)\s+"
    rf"(?:(?:la|el|los|las|su|sus)\s+)?{PART_ES}\b"
)
