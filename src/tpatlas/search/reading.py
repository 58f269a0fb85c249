"""Reads what a person typed into the facets of an anatomy question (see facets.py).

Order matters: a nickname or abbreviation answers on its own ("QL", "the lats"); movement phrases
are read before the cue words, so "opposes the thumb" is a movement and not an antagonist
question; vertebral levels after an attachment word are landmarks ("transverse processes
C1-C4"), not nerve roots.

>>> from tpatlas.kb import load_knowledge_base
>>> q = read_question(load_knowledge_base(), "C7 elbow extensor")
>>> sorted(q.roots), sorted(q.movements)
(['C7'], ['elbow:extension'])
"""

from __future__ import annotations

import re
from functools import cache

from tpatlas.kb import KnowledgeBase
from tpatlas.search.facets import (
    Facets,
    _closest,
    _phrases,
    _roots,
    _vocabularies,
    abbreviations,
    facts,
    lexicon,
    nicknames,
    normalise,
    words_of,
)
from tpatlas.search.referral import referrers

# Movements that name their joint: "dorsiflexion" is at the ankle, "pronation" at the forearm.
DEFAULT_JOINTS = {
    "dorsiflexion": ("ankle",), "plantarflexion": ("ankle",), "inversion": ("foot",),
    "eversion": ("foot",), "pronation": ("forearm",), "supination": ("forearm",),
    "opening": ("jaw",), "closing": ("jaw",), "protraction": ("scapula", "jaw"),
    "retraction": ("scapula", "jaw"), "upward-rotation": ("scapula",),
    "downward-rotation": ("scapula",), "inspiration": ("ribs",), "expiration": ("ribs",),
    "opposition": ("thumb",), "elevation": ("scapula",), "depression": ("scapula",),
}  # fmt: skip
DISC = re.compile(r"\b[ctls]\d{1,2}\s*[-/]\s*[ctls]?\d{1,2}\s+(?:disc|disk|disco|hernia)\w*")
SHORT_NICKNAME = 3  # shorter abbreviations ("ql", "ta") only answer when typed on their own
NOT_CONTENT = {"trigger", "point", "points", "pain", "tendon", "weakness", "muscle", "muscles",
               "m", "the", "and", "of", "punto", "gatillo", "dolor"}  # fmt: skip


@cache
def _pairs(kb: KnowledgeBase) -> frozenset[str]:
    """Every joint:movement some entry has: a question can only ask about these."""
    return frozenset(mv for f in facts(kb).values() for mv in (*f.movements, *f.assists))


@cache
def _nickname_table() -> dict[str, tuple[str, ...]]:
    """Nicknames as they are matched: "boxer's muscle" is "boxer's" once "muscle" is dropped,
    "glúteos" is "gluteos"."""
    table: dict[str, tuple[str, ...]] = {}
    for key, ids in nicknames().items():
        table.setdefault(_matched(key), ids)
        table.setdefault(_matched(key).replace("'s", "s"), ids)
    return table


def _matched(key: str) -> str:
    words = words_of(key)
    return " ".join(w for w in words if w not in NOT_CONTENT) or " ".join(words)


@cache
def _shown() -> dict[str, str]:
    """How a nickname is shown as the reason: abbreviations in capitals ("QL"), others as the
    data writes them ("glúteos", "lats")."""
    shown: dict[str, str] = {}
    for key in nicknames():
        matched = _matched(key)
        shown.setdefault(matched, key.upper() if key in abbreviations() else key)
        shown.setdefault(matched.replace("'s", "s"), shown[matched])
    return shown


@cache
def _nickname_pattern() -> re.Pattern[str]:
    keys = [k for k in _nickname_table() if len(k) >= SHORT_NICKNAME]
    return re.compile(
        r"\b(?:" + "|".join(re.escape(k) for k in sorted(keys, key=len)[::-1]) + r")\b"
    )


def _nicknamed(text: str) -> tuple[tuple[str, ...], str]:
    words = [w for w in words_of(text) if w not in NOT_CONTENT]
    whole = " ".join(words)
    table = _nickname_table()
    if whole in table:
        return table[whole], _shown()[whole]
    found: list[str] = []
    keys = [m.group(0) for m in _nickname_pattern().finditer(whole)]
    for key in keys:
        found += [m for m in table[key] if m not in found]
    whole = _nickname_pattern().sub(" ", whole)
    said = set(lexicon()["filler"]) | set(lexicon()["afflictions"])
    rest = [w for w in whole.split() if w not in said]
    if found and not rest:
        return tuple(found), ", ".join(_shown()[k] for k in keys)
    return (), ""


# The place a muscle is in, as a question names it: "neck muscle", "músculo del cuello".
MUSCLE_PLACE = re.compile(r"\b([a-z]+)(?= muscles?\b)|\bmusculos? (?:del?|de la) ([a-z]+)")
# "lower" before a noun describes it ("the lower border of the zygomatic arch", "lower ribs");
# it is the movement only before what is lowered ("lowers the jaw", "muscles that lower the
# shoulder blade") or on its own ("which muscles lower").
ADJECTIVE_LOWER = re.compile(r"\blower\b(?!\s+(?:the|a|an|its|his|her|your|their|my)\b|\s*$)")


def _movements(kb: KnowledgeBase, text: str) -> tuple[frozenset[str], str]:
    said, text = _phrases(text, "movement_phrases")  # each with its joint: "lift the knee"
    names, text = _phrases(ADJECTIVE_LOWER.sub("lower_", text), "movements")
    text = text.replace("lower_", "lower")
    joints, _ = _phrases(text, "joints")
    out = said & _pairs(kb)
    for name in names:
        # "flexión dorsal del pie" is at the ankle: a named joint that has no such movement
        # gives way to the movement's own joint.
        found = {f"{j}:{name}" for j in joints} & _pairs(kb)
        if not said:  # "lift" in "lift the leg out to the side" is said with its joint already
            found = found or {f"{j}:{name}" for j in DEFAULT_JOINTS.get(name, ())} & _pairs(kb)
        out |= found
    return frozenset(out), text


def _targets(kb: KnowledgeBase, words: list[str]) -> tuple[str, ...]:
    """The muscle an antagonist question names: a nickname, a name, or the closest name."""
    phrase = " ".join(words)
    said = _nickname_pattern().search(phrase)
    if phrase in _nickname_table() or said:
        return _nickname_table()[phrase if phrase in _nickname_table() else said.group(0)]  # type: ignore[union-attr]
    _, _, names = _vocabularies(kb)
    if phrase in names:
        return (names[phrase],)
    starts = sorted((n for n in names if n.startswith(phrase) or phrase in n.split()), key=len)
    if starts:
        return (names[starts[0]],)
    close = _closest(phrase, sorted(names))
    return (names[close],) if close in names else ()


def _family(kb: KnowledgeBase, ids: tuple[str, ...]) -> tuple[tuple[str, ...], set[str]]:
    """Targets with groups opened into their members; the family never answers itself."""
    out: list[str] = []
    family: set[str] = set()
    for mid in ids:
        m = kb.muscles[mid]
        out += list(m.members) or [mid]
        family |= {mid, *m.members, *([m.group] if m.group else [])}
    return tuple(out), family


def read_question(kb: KnowledgeBase, text: str, lang: str = "en") -> Facets:
    q = Facets(lang=lang)
    q.nicknamed, q.nickname_reason = _nicknamed(text)
    if q.nicknamed:
        return q
    said_first = normalise(text)
    norm = _as_entries_say(said_first)
    cues = lexicon()["cues"]
    said = set(re.findall(r"[a-z0-9']+", norm))
    attaching = bool(said & {*cues["origin"], *cues["insertion"], *cues["attachment"]})
    q.wants_origin = bool(said & set(cues["origin"]) - {"from"})
    q.wants_insertion = bool(said & set(cues["insertion"]) - {"into", "onto", "via"})
    q.movements, rest = _movements(kb, norm)
    words = [w for w in re.findall(r"[a-z0-9']+", rest) if w not in lexicon()["filler"]]
    q.antagonist = bool(set(words) & set(cues["antagonist"]))
    if q.antagonist:  # the target is read from every word: "the wrist extensors" is a name here
        every = [w for w in re.findall(r"[a-z0-9']+", norm) if w not in lexicon()["filler"]]
        # A name written out is the target ("what opposes biceps femoris at the knee", "acts
        # against the rhomboids"); otherwise the words are read as one name, closely.
        _, _, names = _vocabularies(kb)
        written = [names[m.group(0)] for m in _names_pattern(kb).finditer(" ".join(every))]
        ids = tuple(dict.fromkeys(written)) or _targets(
            kb, [w for w in every if w not in cues["antagonist"]]
        )
        q.targets, q.target_family = _family(kb, ids)
        q.target_names = tuple(kb.muscles[i].name.get(lang)[0] for i in ids) or _after_cue(text)
        return q
    q.named = {m.group(0) for m in _names_pattern(kb).finditer(norm)}
    # "what muscle causes heel pain" asks for referrers too, when the words name a place
    asks_source = bool(said & set(cues["pain"]) and said & set(cues["pain_source"]))
    if (said & set(cues["referral"]) or asks_source) and not q.named:  # "punto gatillo del
        # glúteo medio" is a name
        skip = {*cues["referral"], *cues["pain"], *cues["pain_source"]}
        # the place as written too: "kneecap" names a pain guide, "patella" only a landmark
        written = re.findall(r"[a-z0-9']+", _places_named(said_first, "referral_places"))
        place = [w for w in dict.fromkeys([*words, *written]) if w not in skip]
        place = [w for w in place if w not in NOT_CONTENT and w not in lexicon()["filler"]]
        # "neck muscle that refers pain behind the eyeball": the neck is where the muscle is,
        # the eye where the pain goes
        own = {w for pair in MUSCLE_PLACE.findall(said_first) for w in pair if w}
        place = [w for w in place if w not in own] if set(place) - own else place
        q.referral, q.referral_place = referrers(kb, place, lang)
        if q.referral or not asks_source:
            return q
    if not attaching:  # a disc between two levels is not a root: "C6-C7 disc on the C7 root"
        q.roots = _roots(DISC.sub(" ", norm))
    nerve_vocab, attach_vocab, names = _vocabularies(kb)
    content = [w for w in words if not re.fullmatch(r"[ctls]\d{1,2}", w)]
    if said & set(cues["nerve"]):
        synonyms = lexicon()["nerve_synonyms"]
        # an abbreviation names the nerve whatever else is said: "LTN injury, scapular winging"
        short = lexicon()["nerve_abbreviations"]
        nerve = [word for w in content if w in short for word in short[w].split()] or [
            synonyms.get(w, w) for w in content if w not in cues["nerve"]
        ]
        q.nerve_words = tuple(c for w in nerve if (c := _closest(w, nerve_vocab)) in nerve_vocab)
    asked = q.nerve_words or q.roots  # "nervio obturador" is not the obturator foramen
    everyday = " ".join(words_of(text)) in _everyday_names(kb)  # "primer radial externo"
    maybe_place = not attaching and not asked and not everyday
    q.landmark_only = maybe_place and _landmark_only(content, attach_vocab, names)
    if attaching or q.landmark_only:
        marks = [w for w in content if w not in cues["origin"] + cues["insertion"]]
        marks = [w for w in marks if w not in cues["attachment"]]
        q.landmarks = tuple(c for w in marks if (c := _closest(w, attach_vocab)) in attach_vocab)
    return q


def _after_cue(text: str) -> tuple[str, ...]:
    """What follows the antagonist word, as typed ("the hip abductors"), to name a group that
    is asked by what it does."""
    cue = "|".join(sorted(lexicon()["cues"]["antagonist"], key=len, reverse=True))
    found = re.search(rf"\b(?:{cue})\b\s+(.+)$", text.strip().rstrip("?").lower())
    if not found:
        return ()
    said = re.sub(r"^(?:(?:of|to|the|a|an|de|a|al|los|las|la|el)\s+)+", "", found.group(1))
    return (said,) if said else ()


def _places_named(norm: str, *also: str) -> str:
    """Places named by a condition as the pain guide names them: "tennis elbow" is the outer
    elbow; with ``also`` ("referral_places"), the places a referral question may name
    clinically or broadly ("the lateral knee" is the outer knee)."""
    for section in ("places", *also):
        for key, value in lexicon()[section].items():
            if key in norm:
                norm = re.sub(rf"\b{re.escape(key)}\b", value, norm)
    return norm


def _as_entries_say(norm: str) -> str:
    """Landmarks and nerves as our entries name them ("sitting bone" is the ischial tuberosity,
    "long subscapular" the thoracodorsal nerve), and places named by a condition."""
    norm = _places_named(norm)
    for key, values in lexicon()["landmarks"].items():
        if key in norm:
            norm = re.sub(rf"\b{re.escape(key)}\b", " ".join(values), norm)
    for key, value in lexicon()["nerve_synonyms"].items():
        if " " in key and key in norm:
            norm = re.sub(rf"\b{re.escape(key)}\b", value, norm)
    return norm


@cache
def _names_pattern(kb: KnowledgeBase) -> re.Pattern[str]:
    names = sorted(_vocabularies(kb)[2], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@cache
def _everyday_names(kb: KnowledgeBase) -> frozenset[str]:
    """Spanish everyday names of muscles, as queries are read: a name, not a landmark, even when
    its words are landmark words ("primer radial externo", "recto anterior del muslo")."""
    return frozenset(" ".join(words_of(n)) for m in kb.muscles.values() for n in m.lay_names_es)


def _landmark_only(content: list[str], attach_vocab: list[str], names: dict[str, str]) -> bool:
    """A query that is a landmark and nothing else ("greater trochanter", "sitting bone")."""
    phrase = " ".join(content)
    if not phrase or phrase in names or len(content) < 2:  # content has landmark synonyms expanded
        return False
    return all(w in attach_vocab for w in content)
