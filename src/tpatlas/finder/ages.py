"""The age a person states about themselves ("I'm 67", "in my sixties", "tengo 72 años"): one
red flag depends on it (giant cell arteritis after fifty, finder/red_flag_words.py), and a
stated younger age silences it while an unstated age does not."""

from __future__ import annotations

import re
import unicodedata


def normalise(text: str) -> str:
    """Lower case, accents removed ("72 años" as "72 anos")."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


AGE_PATTERNS = (
    r"\b(?:i'?m|i am|im|aged?|age of|edad de)\s+(\d{2})\b",
    r"\b(\d{2})[\s-]*(?:years?|yrs?|yo|y/o)(?:[\s-]*old)?\b",
    r"\b(\d{2})\s*anos\b",
    r"\b(?:over|past|after|mas de)\s+(\d{2})\b",
    # how people post online: "34F, ...", "(M45)", "woman 63", "hombre de 58"; only opening the
    # text or in brackets, so "I can't walk 50m" is no age
    r"(?:^|[(\[])\s*(\d{2})\s?[fm]\b",
    r"(?:^|[(\[])\s*[fm]\s?(\d{2})\b",
    r"\b(?:woman|man|female|male|mujer|hombre)\s*,?\s*(?:de\s+)?(\d{2})\b",
    r"\b(?:tengo|tiene)\s+(\d{2})\s*(?:[,.](?!\d)|y\s+(?:casi|nunca|no)\b)",
    # "tengo 38 y mucho estrés", not a temperature: "tengo 38 y medio", "38 y pico de fiebre"
    r"\b(?:tengo|tiene)\s+(\d{2})\s+y\s+(?!medio|pico|algo|poco|tantos|\d)",
)
DECADES = {"fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
           "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90}  # fmt: skip


def stated_age(text: str) -> int | None:
    """The age a person states about themselves, if any ("I'm 67", "in my sixties")."""
    norm = normalise(text)
    for pattern in AGE_PATTERNS:
        m = re.search(pattern, norm)
        if m and 10 <= int(m.group(1)) <= 110:
            return int(m.group(1))
    m = re.search(r"\bin (?:my|her|his) (\d)0'?s\b", norm)
    if m:
        return int(m.group(1)) * 10
    m = re.search(r"\b(?:in my|en los|tengo)\s+(\w+)\b", norm)
    if m and m.group(1) in DECADES:
        return DECADES[m.group(1)]
    return None
