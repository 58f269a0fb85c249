"""Places that no longer hurt, or hurt someone else (a fifth reading audit, 1 December 2026):
"it used to be my knee, now it's my hip", "lo del hombro ya se curó", "antes me dolía la
rodilla", "my back was the problem", "no me duele nada el brazo", "mi madre tiene artrosis de
rodilla" are not where it hurts now. Read as circumstances (finder/circumstances.py).

A ninth reading audit (1 December 2026) added parts said healed a few words after they are
named: "my knees were replaced years ago and don't bother me", "I twisted my left ankle last
week but that's pretty much recovered", "a sore ankle from the footy last season, all good
now", "my left thigh just has a bruise that doesn't hurt". The words between may not say that
it hurts ("my knee hurts but it's fine when I rest" keeps the knee), and "fine when ..." or
"fine on the flat" says when it is fine, not that it healed."""

from __future__ import annotations

from tpatlas.finder.sayings import PART, PART_ES, PEOPLE_ES

# words that say it hurts: a part said to hurt and then to be fine "when ..." is still sore
_NOT_PAIN = r"(?!(?:hurt|pain|ach|sore|kill|burn|throb|sting|tingl|numb|agony|is\s+the|now)\w*)"
# healed, and nothing after it says when: "fine now", "healed up.", not "fine the next day"
_HEALED = (
    r"(?:(?:don'?t|doesn'?t|do\s+not|does\s+not|never)\s+(?:really\s+)?(?:bother|hurt)\w*"
    r"(?:\s+me)?(?:\s+(?:much|at\s+all|anymore|any\s+more))?"
    r"|(?:been\s+)?(?:fine|grand|healed|recovered|settled|okay|ok|good|perfect|sorted|better\s+now)"
    r"(?:\s+up)?)"
    r"(?=\s*(?:[.,;:!?|)]|$|(?:now|again|anymore|these\s+days|thankfully|since|ever\s+since|but|and|"
    r"though|tho)\b))"
)
_LATER_CLAUSE = (
    r"\b(?:my|the|a|ma)\s+(?:(?:left|right|sore|bad|sprained|twisted|dodgy|crook)\s+)*"
    rf"(?:big\s+|little\s+|lower\s+|upper\s+)?(?:{PART}|achilles|hamstrings?|groin)\s+"
    rf"(?:{_NOT_PAIN}[a-z']+\s+){{1,8}}?"
    r"(?:(?:and|but)\s+(?:(?:it|they|that|that\s+one|this)(?:'s|'re|\s+is|\s+are|\s+has|\s+have)?\s+)?"
    r"|(?:that|which)\s+)"
    rf"(?:(?:now|pretty\s+much|all|fully|completely|honestly|totally|since)\s+)*{_HEALED}"
    # "got a sore ankle from the footy last season, all good now"
    rf"|\b(?:a|my|the)\s+(?:sore|bad|sprained|twisted|dodgy|crook)\s+{PART}\b[^.;|]{{0,60}}?,\s*"
    r"(?:but\s+)?(?:it'?s\s+|that'?s\s+)?(?:all\s+good|fine|healed|grand|sorted)\s+now\b"
)
PAST = (
    _LATER_CLAUSE + "|"
    r"\b(?:it|that|this|the\s+pain)\s+used\s+to\s+be\s+(?:in\s+|at\s+)?(?:my|the)\s+[a-z]+"
    r"|\b(?:my|the)\s+[a-z]+\s+used\s+to\s+(?:hurt|ache|be\s+(?:the\s+)?(?:problem|sore|bad))"
    r"|\b(?:my|the)\s+[a-z]+\s+(?:was|has\s+been)\s+the\s+(?:problem|issue)\b"
    r"|\b(?:started|began)\s+in\s+my\s+[a-z]+[^.;]*?\bthat'?s\s+(?:settled|gone|better|resolved)\b"
    # "my right knee was sore last month but it settled", "the left shoulder was the bad one,
    # but it's fine now", "la rodilla derecha me dolía el año pasado, pero ya está bien"
    r"|\b(?:my|the)\s+(?:(?:left|right)\s+)?(?:big\s+|little\s+)?[a-z]+\s+(?:was|were)\s+"
    r"(?:sore|bad|painful|"
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
