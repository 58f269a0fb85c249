"""Words of a description: tokens with clause breaks, small words, side words, circumstances.

A description is read as a list of words, lower case and without accents, where punctuation
becomes a clause break ``|`` that no phrase can span ("my back, knee and hip" never reads
"back knee"). Circumstances ("lying on my back", "on long drives", "at my desk") are removed
before places are looked for: they say when it hurts, not where (finder/circumstances.py and
finder/sayings.py list them).

>>> words("Lying on my back, the knee is sore.")
['|', 'knee', 'is', '|']
"""

from __future__ import annotations

import re
import unicodedata

from tpatlas.finder.body_sides import read_body_sides
from tpatlas.finder.circumstances import CIRCUMSTANCE
from tpatlas.finder.denied_places import DENIED_PLACES
from tpatlas.finder.idioms import NOT_PLACES
from tpatlas.finder.other_people import others_removed
from tpatlas.finder.paired_sides import sides_of_one_place
from tpatlas.finder.rewrites import REWRITES, read_accents
from tpatlas.finder.sayings import DENIED
from tpatlas.finder.shorthand import written_out

BREAK = "|"
# Small words, and words for how it feels rather than where (never part of a place name).
# Side words are read separately (``side_near``). "little" stays: "little finger", "little toe".
IGNORED = {
    "the", "my", "a", "an", "right", "left", "both", "bilateral", "your", "his", "her", "this",
    "that", "very", "really", "kind", "sort", "bit", "numbness", "numb", "tingling", "tingly",
    "burning", "throbbing", "shooting", "stabbing", "radiating", "spreading", "dull", "deep",
    "ache", "tingle", "tingles", "numbed", "prickling", "pins", "needles", "part", "area",
    "aching", "achy", "pain", "painful", "hurts", "hurt", "hurting", "sore", "soreness",
    "discomfort", "tender", "tenderness", "region", "portion", "aches", "ached", "throbs",
    # Spanish filler, side and feeling words
    "de", "del", "la", "el", "los", "las", "lo", "mi", "mis", "me", "en", "un", "una", "y", "o",
    "que", "se", "le", "al", "con", "por", "muy", "mucho", "parte", "cara", "zona", "tengo",
    "siento", "noto", "duele", "duelen", "dolor", "dolores", "molestia", "molestias", "cuando",
    "desde", "hace", "estoy", "es", "esta", "derecha", "derecho", "izquierda", "izquierdo",
    "ambos", "ambas", "hormigueo", "adormecimiento", "entumecimiento", "punzante", "ardor",
    # a count says nothing of where: "between the two shoulder blades", "entre los dos omóplatos"
    "two", "dos",
    # joining words are never part of a place: "my neck since Monday" is not "neck spine"
    "since", "until", "because", "while", "although",
    # "right sided hip pain": the side is read, "sided" is no place
    "sided",
}  # fmt: skip
SEVERE = {"severe", "sharp", "terrible", "excruciating", "intense", "unbearable", "worst",
          "fuerte", "intenso", "intensa", "insoportable", "agudo"}  # fmt: skip
MILD = {"mild", "slight", "slightly", "niggle", "niggling", "twinge", "leve", "ligero", "ligera"}
RIGHT = {"right", "derecha", "derecho", "derechas", "derechos", "dcha", "dcho", "der"}
LEFT = {"left", "izquierda", "izquierdo", "izquierdas", "izquierdos", "izq", "izda", "izdo",
        "isquierda", "isquierdo", "izquierd", "isquierd"}  # fmt: skip
BOTH = {"both", "bilateral", "ambos", "ambas", "bilaterales"}
SIDE_REACH = 3  # words between a side word and the place it qualifies ("left hip and knee")
SIDE_REACH_SAID = 6  # ... and after it, said as a side ("my neck is stiff on the right")


# Pain that travels is not an activity: "runs down my arm" is not running, "goes up" not climbing.
# Up or down a hill or the stairs is the activity after all: "running up hills".
SPREADING = re.compile(
    r"\b(?:runs?|running|ran|shoots?|shooting|goes|going|travels?|travell?ing|radiates?|"
    r"radiating|spreads?|spreading|moves?|moving|extends?|extending|corre|baja|sube)\s+"
    r"(?:all\s+the\s+way\s+|straight\s+|directly\s+|right\s+|a\s+(?:little|bit|long)\s+(?:way\s+)?"
    r"|(?:partly|partway|halfway|some\s+way)\s+)*(?:down|up|into|along|through|"
    r"to|from|across|toward|towards|over|around|por|hacia|hasta|al|a(?=\s+la\b))\b"
    r"(?!\s+(?:the\s+|a\s+|some\s+|steep\s+|las\s+|la\s+|una\s+)?(?:hills?|stairs|steps|"
    r"slopes?|inclines?|mountains?|escaleras?|cuestas?|montanas?)\b)"
)
# "right behind my knee": an adverb, not a side.
ADVERB_RIGHT = re.compile(
    r"(?<!\bthe\s)\bright\s+(?=(?:behind|at|in|on|above|below|under|between|next|by|near|into|through|"
    r"over|across|where|there|here|now|away|after|before|around|up|down|inside|along|against|"
    r"underneath|beneath|beside|to|from|off|out|the\s+middle|in\s+the\s+middle)\b)"
)
# "right inside my buttock" and "inside my hip" are deep in it (finder/rewrites.py), not its inner
# side (as "the inside of my hip" is), nor the right
RIGHT_INSIDE = re.compile(
    r"\bright\s+inside(?=\s+(?:my|the|your)\s)"
    r"|(?<!\bthe\s)\binside(?=\s+(?:my|the|your)\s+(?:buttocks?|butt|bum|glutes?|bottom|hips?)\b)"
)
# Exercises written with a hyphen or a space are one word: "sit-ups" is not sitting.
# A part said not to hurt, found fine or healed (finder/sayings.py): out of every reading.
SAID_FINE = re.compile(rf"(?<![a-z0-9'])(?:{DENIED})")
EXERCISES = re.compile(r"\b(sit|push|pull|chin|press)[\s-]+ups?\b")


def normalise(text: str) -> str:
    """Lower case, accents removed ("detrás" = "detras"), one kind of apostrophe."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text: str, keep_circumstances: bool = False) -> list[str]:
    """The words of ``text`` with clause breaks, small words kept out (see module docstring)."""
    return [w for w in all_words(text, keep_circumstances) if w not in IGNORED]


def all_words(text: str, keep_circumstances: bool = True, keep_sayings: bool = True) -> list[str]:
    """Every word of ``text``, side and small words included, with clause breaks; without the
    circumstances (idioms among them), or without the idioms alone (finder/idioms.py)."""
    norm = EXERCISES.sub(r"\1ups", normalise(read_accents(text)))
    norm = ADVERB_RIGHT.sub(" ", RIGHT_INSIDE.sub("deep in", norm))
    norm = read_body_sides(written_out(norm))
    for pattern, replacement in REWRITES:
        norm = pattern.sub(replacement, norm)
    norm = sides_of_one_place(norm)
    # not in pain: "no shooting pain down the legs", "could it be my back?"
    norm = DENIED_PLACES.sub(" | ", norm)
    # pain that travels is not a place: "que baja por la pierna" is not "la parte baja de la pierna"
    # ... but the whole way it goes is said: "it runs all the way down to my foot"
    norm = SPREADING.sub(lambda m: " all the way " if "all the way" in m[0] else " ", norm)
    if not keep_circumstances:
        norm = CIRCUMSTANCE.sub(" | ", others_removed(norm))
    elif not keep_sayings:
        # read when nothing else was: a part said not to hurt stays out even then ("a mi papá
        # le duele la quijada, el pecho no le duele nada" is all about someone else's pain)
        norm = SAID_FINE.sub(" | ", NOT_PLACES.sub(" | ", norm))
    out: list[str] = []
    for token in re.findall(r"[a-z0-9']+|[.,;:!?()/|]", norm):
        token = BREAK if token in ".,;:!?()/|" else token
        if token != BREAK or not out or out[-1] != BREAK:  # one break between clauses
            out.append(token)
    return out


def side_of(word: str) -> str | None:
    if word in RIGHT:
        return "right"
    if word in LEFT:
        return "left"
    if word in BOTH:
        return "both"
    return None


def side_near(all_w: list[str], start: int, end: int) -> str | None:
    """The side word nearest a place spanning ``all_w[start:end]``, within the same clause:
    before it ("right knee") or after it ("rodilla derecha", "the knee on the left")."""
    candidates: list[tuple[int, str]] = []
    inside = [side for w in all_w[start:end] if (side := side_of(w))]
    if inside:  # "in my right shoulder": the side stands among the place's words
        return inside[0]
    for i in range(start - 1, max(-1, start - 1 - SIDE_REACH), -1):
        if all_w[i] == BREAK:
            break
        if side := side_of(all_w[i]):
            candidates.append((start - i, side))
            break
    for i in range(end, min(len(all_w), end + SIDE_REACH_SAID)):
        if all_w[i] == BREAK:
            break
        side = side_of(all_w[i])
        # further than SIDE_REACH only said as a side: "my neck is stiff on the right"
        if side and (i - end < SIDE_REACH or all_w[i - 2 : i] in (["on", "the"], ["del", "lado"])):
            candidates.append((i - end + 1, side))
            break
    return min(candidates)[1] if candidates else None


# "my right elbow, not the left", "no el izquierdo": a side denied alone is no side said
DENIED_SIDE = {"not", "no", "ni", "nor"}
DENIED_END = {BREAK, "one", "side", "lado", "though", "tho", "ni", "nor"}
NO_LONGER = {"anymore", "any", "now"}  # "the right one not anymore", "not any more", "not now"


def sides_said(all_w: list[str]) -> set[str]:
    def denied(i: int) -> bool:  # "not the left", "not on the left", "ni el izquierdo"
        before = " ".join(all_w[max(0, i - 3) : i]).split(BREAK)[-1].split()
        alone = i + 1 == len(all_w) or all_w[i + 1] in DENIED_END
        # "la derecha ya no", "the right one not any more": denied after it
        after = all_w[i + 1 : i + 5]
        after = after[1:] if after[:1] == ["one"] else after
        if after[:2] == ["ya", "no"] or (after[:1] == ["not"] and NO_LONGER & set(after[1:3])):
            return True
        return alone and bool(DENIED_SIDE & set(before))

    return {s for i, w in enumerate(all_w) if (s := side_of(w)) and not denied(i)}
