"""A place as the reader found it in the words: what was said, the zone kinds it stands for,
whether the word is broad ("back", "espalda") and where it was said (finder/text.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    phrase: str
    heard: str
    kinds: tuple[str, ...]
    broad: bool
    side: str = ""  # "left", "right", "both", or "" when no side was said for this place
    span: tuple[int, int] = (-1, -1)  # where it was said, in words of the clause-broken text
