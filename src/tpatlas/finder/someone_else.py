"""A sign told of someone else reads like the writer's own: "her face has dropped", "le cuesta
hablar", "se ahoga", "tiene fiebre", "she can't catch her breath" (red_flag_words.py).

Red flags are often written by a relative or a carer. The phrase lists are written in the first
person ("my face has dropped", "me ahogo"); rather than writing every phrase twice, the text and
the phrases are read with another person's possessives and Spanish object pronouns as the
writer's, and each first-person word of a phrase also stands for its third-person forms. Whose
sign it is (a parent's cancer is family history) is still decided on the words as written
(taken_back.py).

>>> as_mine("a mi madre le duele su brazo")
'a mi madre me duele mi brazo'
"""

from __future__ import annotations

import re

# Whose body it is tells nothing of the sign: a relative's "her chest", "le duele el pecho", "su
# brazo" are matched like "my chest", "me duele el pecho", "mi brazo" (same length, so the words
# heard are still quoted from the text). Phrases are read the same way.
PRONOUNS = re.compile(r"(?<![\w'])(?:his|her|their|your|le|les|su|sus)(?![\w'])")
_AS_MINE = {"his": "my ", "her": "my ", "their": "my   ", "your": "my  ", "le": "me", "les": "me ",
            "su": "mi", "sus": "mis"}  # fmt: skip


def as_mine(text: str) -> str:
    """``text`` (normalised) with the possessives and Spanish object pronouns of another person
    read as the writer's own, the length unchanged."""
    return PRONOUNS.sub(lambda m: _AS_MINE[m.group()], text)


# ... and a sign told of someone else in the third person ("she can't breathe", "se ahoga",
# "tiene fiebre") or in the past ("I couldn't breathe", "me dolía el pecho") is matched by the
# writer's own phrase ("i can't breathe", "me ahogo", "tengo fiebre", "me duele el pecho"): each
# first-person word of a phrase also stands for its third-person and past forms.
THIRD_PERSON = {
    "i": ("he", "she", "they"), "i'm": ("he's", "she's", "hes", "shes"), "im": ("hes", "shes"),
    "i've": ("he's", "she's", "has"), "ive": ("hes", "shes"), "have": ("has",),
    "feel": ("feels", "felt"), "get": ("gets", "got"), "can't": ("cant", "couldn't", "couldnt"),
    "cant": ("couldnt", "couldn't"), "keep": ("keeps", "kept"),
    "tengo": ("tiene", "tenia", "tuve", "tuvo"), "siento": ("siente", "sentia", "senti", "sintio"),
    "noto": ("nota", "notaba", "note"), "sudo": ("suda", "sudaba"),
    "puedo": ("puede", "podia", "pude", "pudo"), "ahogo": ("ahoga", "ahogaba"),
    "mareo": ("marea", "mareaba"), "veo": ("ve", "veia"), "duele": ("dolia", "dolio", "doliera"),
    "duelen": ("dolian", "dolieron"), "estoy": ("esta", "estaba", "estuve"), "toso": ("tose",),
    "escupo": ("escupe",), "vomito": ("vomita",),
    "orino": ("orina",), "camino": ("camina",), "subo": ("sube",), "cai": ("cayo",),
    "he": ("ha",), "desperte": ("desperto",), "perdi": ("perdio",), "baje": ("bajo",),
    "adelgace": ("adelgazo",), "empece": ("empezo",), "consigo": ("consigue",),
}  # fmt: skip


def word_pattern(word: str) -> str:
    """A word of a phrase as a pattern: "sweat*" any ending, a first-person word its third-person
    forms too."""
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"[\w']*"
    forms = (word, *THIRD_PERSON.get(word, ()))
    return re.escape(word) if len(forms) == 1 else "(?:" + "|".join(map(re.escape, forms)) + ")"
