"""A place as the reader found it in the words: what was said, the zone kinds it stands for,
whether the word is broad ("back", "espalda") and where it was said (finder/text.py)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from tpatlas.finder.words import side_of


@dataclass(frozen=True)
class Term:
    phrase: str
    heard: str
    kinds: tuple[str, ...]
    broad: bool
    side: str = ""  # "left", "right", "both", or "" when no side was said for this place
    span: tuple[int, int] = (-1, -1)  # where it was said, in words of the clause-broken text


# Words that may stand between the places of a list that shares one side: "my right hip and
# thigh", "la rodilla derecha y el tobillo"
LIST_WORDS = {"and", "y", "e", "&", "+", "plus", "the", "my", "la", "el", "los", "las", "mi", "mis",
              "also", "tambien", "then", "luego"}  # fmt: skip
# ... or one path: "from my left buttock down the side of my leg", "de la nalga derecha hasta
# el tobillo" (pain that travels stays on its side)
PATH_WORDS = {"from", "down", "up", "into", "to", "towards", "toward", "through", "round",
              "around", "across", "along", "over", "goes", "go", "going", "runs", "running",
              "radiates", "radiating", "spreads", "spreading", "shoots", "shooting", "travels",
              "moves", "which", "is", "it", "of", "all", "way", "as", "far", "past", "on", "left",
              "right", "side", "derecha", "derecho", "izquierda", "izquierdo", "lado",
              "a", "al", "hasta", "hacia", "por", "de", "del", "baja", "sube", "va",
              "se", "me", "corre", "irradia", "que", "luego", "despues", "pasando",
              # "... that creeps down", "... stopping at", "... a veces llega hasta"
              "that", "creeps", "creeping", "extends", "extending", "stopping", "stops", "at",
              "ending", "ends", "wraps", "wrapping", "reaches", "reaching", "continues",
              "sometimes", "even", "llega", "llegando", "extiende", "bajando", "veces"}  # fmt: skip
PATH_REACH = 8  # words between two places of one path


# A path goes on after a comma when a participle follows it: "down the back of the thigh,
# stopping at the back of the knee", "por el muslo, llegando hasta la rodilla"
GOING_ON = {"stopping", "going", "reaching", "spreading", "radiating", "running", "ending",
            "shooting", "travelling", "traveling", "extending", "creeping", "wrapping",
            "bajando", "llegando", "pasando", "irradiandose", "extendiendose"}  # fmt: skip


def _path_break(gap: list[str]) -> list[str]:
    """The gap without a clause break that a participle says the path goes on after."""
    following = [*gap[1:], ""]
    return [w for w, after in zip(gap, following, strict=True) if w != "|" or after not in GOING_ON]


def carry_sides(terms: list[Term], words: list[str]) -> list[Term]:
    """With both sides said in a message, a place said without one takes the side of the same
    place said before with one ("my right hip ... the hip hurts at night"), or of the place just
    before it when the two are one list ("my right hip and thigh") or one path ("from my left
    buttock down the side of my leg"); otherwise it keeps no side (read as either). Never a side
    nobody said for it (an eighth reading audit, 1 December 2026)."""
    out: list[Term] = []
    for t in terms:
        if not t.side:
            same = next(
                (
                    p
                    for p in reversed(out)
                    if p.side in ("left", "right") and set(p.kinds) & set(t.kinds)
                ),
                None,
            )
            before = out[-1] if out else None
            if same is not None:
                t = replace(t, side=same.side)
            elif (
                before is not None
                and before.side in ("left", "right")
                and len(gap := words[before.span[1] : t.span[0]]) <= PATH_REACH
                and set(_path_break(gap)) <= LIST_WORDS | PATH_WORDS
                and {side_of(w) for w in gap} <= {None, before.side}  # not "... and the left"
            ):
                t = replace(t, side=before.side)
        out.append(t)
    return out
