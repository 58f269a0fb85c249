"""Words that only look like a red-flag sign, blanked before the phrase lists are matched
(finder/red_flag_words.py): a gym's "chest day", the GP's "surgery", a cold caught, "heavy" said of
a box, the ankle's "hueso de fuera", an oncology ward one works on, a glass that slipped, "can be
the heart" said as a known fact, a stomach said swollen, an injury named as old, hands held
"between his legs". Only the look-alike's own words are blanked, so a real sign said elsewhere in
the same text is still heard.
"""

from __future__ import annotations

import re

# Gym words that name the chest muscles trained, not a pain in the chest: "heavy chest day
# yesterday (bench and flys)", "agujetas del pecho". Rewritten before matching, so a chest pain
# said elsewhere in the text is still heard.
GYM_CHEST = re.compile(
    r"\bchest\s+(?=day\b|workout\b|session\b|press\b|flys?\b|flies\b)"
    r"|\b(?<=dia de )pecho\b|\b(?<=entreno de )pecho\b"
    r"|\b(?<=agujetas del )pecho\b|\b(?<=agujetas en el )pecho\b|\b(?<=agujetas de )pecho\b"
)
# The doctor's surgery (a British GP practice), not an operation: "ring the surgery", "the
# surgery said"; blanked before matching like the gym's chest.
GP_SURGERY = re.compile(
    "|".join(
        rf"(?<=\b{verb} the )surgery\b"
        for verb in ("ring", "rang", "call", "called", "phone", "phoned", "at", "to")
    )
    + r"|(?<=\bthe )surgery(?= (?:said|nurse|receptionist|told|sent|phoned|rang|called)\b)"
)
# A cold caught, or the cold outside, is no cold limb: "caught a cold, pale, neck stiff", "blue
# from the cold after swimming"; blanked before matching, like the GP's surgery.
_LIMB = r"(?![\s,]+(?:foot|feet|leg|legs|hand|hands|arm|arms|toes?|fingers?)\b)"  # "a cold foot"
COLD_NOT_LIMB = re.compile(
    "|".join(
        [
            *(
                rf"(?<=\b{verb} a )cold\b{_LIMB}"
                for verb in ("caught", "had", "have", "got", "with", "after", "fighting")
            ),
            *(rf"(?<=\b{by} the )cold\b{_LIMB}" for by in ("in", "from", "by", "out")),
        ]
    )
)
# "heavy" said of a thing carried or pushed is no heavy chest: "it hurts to shove a heavy door
# open", "after carrying heavy boxes"; only the word "heavy" is blanked
HEAVY_THING = re.compile(
    r"\bheav(?:y|ier)\b(?=\s+(?:door|doors|box|boxes|bag|bags|shopping|weights?|lifting|lifts?|"
    r"loads?|furniture|things?|stuff|objects?|sofa|couch|suitcases?|luggage|kettlebells?|"
    r"dumbbells?|barbells?|backpack|rucksack|sets?|session|squats?|deadlifts?|bench|pot|pots|"
    r"pan|pans|crates?|sacks?|tyres?|tires?|patients?|trolley)\b)"
)
# work on a ward is not the writer's illness: "night nurse here, oncology ward"
WORKPLACE_ILLNESS = re.compile(
    r"\b(?:oncology|cancer|chemo)\s+(?=(?:ward|unit|nurse|department|clinic|team|centre|center)\b)"
    r"|(?<=\btrabajo en )oncologia\b|(?<=\bplanta de )oncologia\b"
)
# "se me resbaló el vaso": a thing slipped from the hand, not the person
THING_SLIPPED = re.compile(r"\bse\s+(?:me|le)\s+resbal\w*(?=\s+(?:el|la|los|las|un|una)\b)")
# "el hueso de fuera" is the ankle's outer bone, a place, not a bone out of place
ANKLE_BONE = re.compile(r"(?:(?<=\bhueso )|(?<=\bhuesito ))de\s+(?:a?fuera|a?dentro)\b")
# An injury named as old is no injury now ("my knee gives way, old ACL injury"); only its own
# words are blanked, so a fall told in the same sentence is still heard.
OLD_INJURY = re.compile(
    r"\bold\s+(?:\w+\s+)?(?:injury|injuries|sprain|fracture|break|tear)\b"
    r"|\b(?:antigua|vieja)\s+lesion\b|\blesion\s+(?:antigua|vieja)\b"
)
# "holding between his legs" is the groin, not the legs (the word is blanked before matching);
# "I can't feel between my legs" stays the saddle area
BETWEEN_LEGS = re.compile(
    r"\b((?:holding|holds|held|clutching|clutches|grabbing|grabs|hands?)\s+between\s+"
    r"(?:his|her|my|the|your)\s+)legs\b"
)
# what the heart can do, said as something known, is no chest pain: "I know left arm pain can be
# the heart, so I asked the pharmacist"
HEART_IN_GENERAL = re.compile(
    r"\bcan\s+(?:be|mean|come\s+from)\s+(?:the|your|a|from\s+the)\s+heart\b"
    r"|\bpuede\s+(?:ser|venir)\s+(?:del|el|de\s+el)\s+corazon\b"
)
# swelling said of a part that is not a limb is no swollen leg: "tengo la barriga hinchada y me
# duele la pierna", "a bloated stomach", "swollen glands"; only the swelling word is blanked
_NOT_LIMB = (
    r"estomago|barriga|vientre|tripa|panza|abdomen|cara|ojos?|parpados?|encias?|labios?|boca|"
    r"garganta|ganglios|amigdalas|belly|stomach|tummy|face|eyes?|eyelids?|gums?|lips?|"
    r"glands|throat|tonsils|lymph\s+nodes|nodes"
)
_SWELL = r"inflad[oa]s?|hinchad[oa]s?|swollen|bloated|puffy"
SWELLING_ELSEWHERE = re.compile(
    rf"\b(?:{_NOT_LIMB})\s+(?:(?:esta|estan|is|are|looks|feels|got|gets)\s+)?"
    rf"(?:(?:muy|very|really|so|a\s+bit|un\s+poco|super)\s+)?(?P<a>{_SWELL})\b"
    rf"|\b(?P<b>{_SWELL})\s+(?:(?:el|la|los|las|my|his|her)\s+)?(?:{_NOT_LIMB})\b"
)


def blank_swelling_elsewhere(norm: str) -> str:
    """``norm`` with each swelling word said of a part that is not a limb blanked (same length)."""

    def blank(m: re.Match[str]) -> str:
        word = "a" if m.group("a") else "b"
        start, end = m.start(word) - m.start(), m.end(word) - m.start()
        text = m.group()
        return text[:start] + " " * (end - start) + text[end:]

    return SWELLING_ELSEWHERE.sub(blank, norm)


# a leg of the furniture is no leg: "smashed my little toe into the bed leg"
FURNITURE_LEG = re.compile(
    r"(?<=\bbed )legs?\b|(?<=\btable )legs?\b|(?<=\bchair )legs?\b|(?<=\bsofa )legs?\b"
    r"|(?<=\bdesk )legs?\b|(?<=\bpata de la )(?:mesa|cama|silla)\b"
)
