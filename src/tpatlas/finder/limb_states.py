"""What a limb is doing is not where it hurts: a hand that "falls asleep" is numb (not a night's
sleep), a person falling asleep sleeps (no fall), and a knee brought up to the chest is how the
hip moves, not chest pain. Applied with the other rewrites (finder/rewrites.py).

>>> text = "my hand falls asleep when i lift my knee to my chest"
>>> for pattern, replacement in LIMB_STATE_REWRITES:
...     text = pattern.sub(replacement, text)
>>> text
'my hand numb when i lift my knee up'
"""

from __future__ import annotations

import re

LIMB_STATE_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a limb that falls asleep is numb, not a night's sleep: "my hand falls asleep", "my fingers
    # are always sleeping", "my leg goes to sleep when I sit"
    (
        re.compile(
            r"\b(hands?|fingers?|arms?|legs?|feet|foot|toes?|thumbs?|thighs?|calf|calves|shins?)\s+"
            r"(?:(?:always|often|keeps?|sometimes|also|then|will|can|just|usually|tends?\s+to|"
            r"starts?\s+to)\s+)*(?:(?:falls?|fell|falling|goes|go|going|went|gets?|got|getting|is|"
            r"are)\s+(?:to\s+sleep|asleep)|(?:is|are)\s+(?:always\s+|often\s+)?sleeping)\b"
        ),
        r"\1 numb",
    ),
    # a knee brought to the chest is how the hip moves, not the chest: "when I lift my knee up to
    # my chest", "al llevar la rodilla al pecho"
    (
        re.compile(r"\b(knees?)\s+(?:up\s+)?(?:to|towards?|into|against)\s+(?:my|the)\s+chest\b"),
        r"\1 up",
    ),
    (
        re.compile(
            r"\b(?:llev|sub|levant|acerc|flexion|trae|traig)\w*\s+(?:la|las|mi|mis)\s+rodillas?\s+"
            r"(?:al|hacia\s+el|contra\s+el)\s+pecho\b"
        ),
        " ",
    ),
    # ... and a person falling asleep is sleep, not a fall: "I can't fall asleep"
    (re.compile(r"\b(?:fall|falls|falling|fell)\s+asleep\b"), "sleep"),
)
