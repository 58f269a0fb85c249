"""Anatomy questions answered from the structure of the knowledge base, with the reason.

Students and therapists type questions, not names: "supplied by the axillary nerve", "attaches to
the coracoid process", "C7 elbow extensor", "what flexes the hip", "antagonist of biceps", "QL".
Each is read as facets (nerve, roots, attachment, movement, antagonist, nickname) and answered
with the muscles whose entries fit, best first, each with the sentence that explains why.

>>> from tpatlas.kb import load_knowledge_base
>>> top = answer(load_knowledge_base(), "what does the thoracodorsal n. supply")[0]
>>> top.muscle, top.reason
('latissimus-dorsi', 'supplied by the thoracodorsal nerve (C6, C7, C8)')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tpatlas.kb import KnowledgeBase
from tpatlas.search.facets import VERBS, Facets, MuscleFacts, facts, lower_first, words_of
from tpatlas.search.myotomes import KEY_LIFT, key_reason
from tpatlas.search.named import asked_about, fact
from tpatlas.search.reading import read_question


@dataclass(frozen=True)
class Answer:
    muscle: str
    score: float
    reason: str


def _nerve(f: MuscleFacts, q: Facets) -> tuple[float, str] | None:
    """The nerve named in English or in Spanish ("nervio ciático")."""
    words = q.nerve_words
    norm = next(
        (n for n in (f.nerve_norm, f.nerve_es_norm)
         if n and all(re.search(rf"\b{w}", n) for w in map(re.escape, words))),
        None,
    )  # fmt: skip
    if not words or norm is None:
        return None
    phrase = " ".join(words)
    exact = 0.3 if norm.startswith(phrase) else 0.15 if phrase in norm else 0.0
    nerve = lower_first(f.said("nerve", q.lang))
    if q.lang == "es":
        return 1.0 + exact, f"inervación: {nerve} ({f.roots_text})"
    return 1.0 + exact, f"supplied by the {nerve} ({f.roots_text})"


def _roots(f: MuscleFacts, q: Facets) -> tuple[float, str] | None:
    if not q.roots or not f.roots:
        return None
    shared = len(q.roots & set(f.roots))
    # Most of what was asked, and little else: C3-C5 is the diaphragm before C3-C8 muscles.
    score = shared / len(q.roots) * (0.5 + 0.5 * shared / len(f.roots))
    roots = "raíces" if q.lang == "es" else "roots"
    if not shared:
        return None
    # One root asked: the muscle examined for it comes first ("C7 radiculopathy": triceps).
    # Several ("C3, C4, C5") ask for the muscles that share them all.
    key = key_reason(f.id, q.roots, q.lang) if len(q.roots) == 1 else None
    if key:
        return score + KEY_LIFT, f"{key}; {roots} {f.roots_text}"
    return score, f"{roots} {f.roots_text}"


def _movement(f: MuscleFacts, q: Facets) -> tuple[float, str] | None:
    best = 0.0
    for rank, mv in enumerate(f.movements):
        if mv in q.movements:
            best = max(best, 1.0 - 0.05 * min(rank, 4))
    if not best:
        best = 0.5 if any(mv in q.movements for mv in f.assists) else 0.0
    return (best, f.said("action", q.lang)) if best else None


# Words that say where on a landmark, not which landmark: optional, a small plus when they fit
# ("the lower border of the zygomatic arch" is the masseter's zygomatic arch).
WHERE_ON = frozenset({"border", "margin", "edge", "surface", "aspect", "lower", "upper",
                      "inferior", "superior", "part", "portion", "half", "third", "end", "tip",
                      "down", "up", "borde", "cara", "superficie", "parte"})  # fmt: skip


def _share(norm: str, core: list[str], where: list[str]) -> float:
    hits = sum(1 for w in core if re.search(rf"\b{re.escape(w)}", norm))
    near = sum(1 for w in where if re.search(rf"\b{re.escape(w)}", norm))
    return hits / len(core) + (0.1 * near / len(where) if where else 0.0)


def _attachment(f: MuscleFacts, q: Facets) -> tuple[float, str] | None:
    """The landmark in the origin or the insertion, read in English or in Spanish; a question
    naming both ends ("from the anterior tubercles of C3-C6 to the first rib") is read across
    them."""
    if not q.landmarks:
        return None
    core = [w for w in q.landmarks if w not in WHERE_ON] or list(q.landmarks)
    where = [w for w in q.landmarks if w in WHERE_ON and w not in core]
    fields = []
    if q.wants_origin or not q.wants_insertion:
        fields.append("origin")
    if q.wants_insertion or not q.wants_origin:
        fields.append("insertion")
    best: tuple[float, str] | None = None
    for field in fields:
        for norm in (getattr(f, f"{field}_norm"), getattr(f, f"{field}_es_norm")):
            share = _share(norm, core, where)
            if share >= 0.6 and (best is None or share > best[0]):
                clause = _clause(f, field, q.landmarks, q.lang)
                best = (share, f"{VERBS[field][q.lang]} {clause}")
    if best is None and len(fields) == 2 and len(core) >= 3:
        both = f"{f.origin_norm} {f.insertion_norm}"
        share = _share(both, core, where)
        if share >= 0.6:
            said = [f"{VERBS[x][q.lang]} {_clause(f, x, q.landmarks, q.lang)}" for x in fields]
            best = (share, "; ".join(said))
    return best


def _parts(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;.]", text) if p.strip()]


def _clause(f: MuscleFacts, field: str, landmarks: tuple[str, ...], lang: str) -> str:
    """The part of an attachment that names the landmark ("short head: coracoid process"), in
    the reader's language; a landmark asked in the other language picks the same part."""
    english, said = _parts(getattr(f, field)), _parts(f.said(field, lang))
    if not said:
        return ""

    def hits(p: str) -> int:
        return sum(w in words_of(p) for w in landmarks)

    best = max(said, key=hits)
    if not hits(best) and len(english) == len(said):
        best = said[english.index(max(english, key=hits))]
    return lower_first(best)


def _antagonist(f: MuscleFacts, q: Facets, targets: list[MuscleFacts]) -> tuple[float, str] | None:
    if not targets or f.id in {t.id for t in targets} or f.id in q.target_family:
        return None
    wanted: dict[str, float] = {}
    for t in targets:
        for rank, mv in enumerate(t.movements[:3]):
            opposite = q.opposite(mv)
            if opposite:
                wanted[opposite] = max(wanted.get(opposite, 0.0), 1.0 - 0.2 * rank)
    score = sum(w * (1.0 if mv in f.movements else 0.4 if mv in f.assists else 0.0)
                for mv, w in wanted.items())  # fmt: skip
    named = any(t.name_norm in f.antagonists_norm or f.name_norm in t.antagonists_norm
                for t in targets)  # fmt: skip
    score += 1.0 if named else 0.0
    if score <= 0:
        return None
    action = lower_first(f.said("action", q.lang))
    if q.lang == "es":
        return score, f"se opone a {' y '.join(q.target_names[:2])}: {action}"
    return score, f"opposes {' and '.join(q.target_names[:2])}: {action}"


def _referral(f: MuscleFacts, q: Facets) -> tuple[float, str] | None:
    score = q.referral.get(f.id, 0.0)
    if q.lang == "es":
        return (score, f"refiere dolor a: {q.referral_place}") if score else None
    return (score, f"refers pain to the {q.referral_place}") if score else None


def answer(kb: KnowledgeBase, text: str, limit: int = 12, lang: str = "en") -> list[Answer]:
    """The muscles that answer an anatomy question (in English or Spanish), best first, with
    reasons in ``lang``; [] if it is not one."""
    about = asked_about(kb, text)  # "quadratus lumborum insertion": that muscle, that fact
    if about:
        everyone = facts(kb)
        ids = [m for m in about[0] if m in everyone]
        return [
            Answer(m, 2.0 - i * 0.01, fact(everyone[m], about[1], lang)) for i, m in enumerate(ids)
        ]
    q = read_question(kb, text, lang)
    if q.nicknamed:
        return [Answer(mid, 2.0 - i * 0.01, q.nickname_reason) for i, mid in enumerate(q.nicknamed)]
    if q.antagonist and not q.targets and q.movements:
        # "opposes the hip abductors": a group named by what it does; its antagonists do the
        # opposite movement at the same joint
        opposite = frozenset(o for mv in q.movements if (o := q.opposite(mv)))
        q = replace(q, movements=opposite, antagonist=False)
        group = " y ".join(q.target_names) if lang == "es" else " and ".join(q.target_names)
        opposing = (
            (f"se opone a {group}: " if lang == "es" else f"opposes {group}: ") if group else ""
        )
    else:
        opposing = ""
    if not q.is_question:
        return []
    everyone = facts(kb)
    targets = [everyone[m] for m in q.targets if m in everyone]
    scored: dict[str, tuple[float, list[str]]] = {}
    for f in everyone.values():
        parts = [
            _nerve(f, q) if q.nerve_words else None,
            _roots(f, q) if q.roots else None,
            _movement(f, q) if q.movements and not q.antagonist else None,
            _attachment(f, q) if q.landmarks else None,
            _antagonist(f, q, targets) if q.antagonist else None,
            _referral(f, q) if q.referral else None,
        ]
        asked = sum(1 for p, on in zip(parts, q.asked(), strict=True) if on)
        got = [p for p in parts if p]
        if not got or len(got) < asked:
            continue
        named = 1.0 if f.name_norm in q.named else 0.0  # "C3 C4 C5 ... diaphragm"
        scored[f.id] = (sum(p[0] for p in got) + named, [p[1] for p in got])
    # Ties go to the muscle found behind pain more often, then by name (stable output).
    common = {"very-common": 0, "common": 1, "occasional": 2, "uncommon": 3}
    ranked = sorted(
        scored.items(),
        key=lambda kv: (-kv[1][0], common[kb.muscles[kv[0]].frequency], kv[0]),
    )
    out = [
        Answer(mid, s, opposing + "; ".join(dict.fromkeys(reasons))) for mid, (s, reasons) in ranked
    ]
    return _with_groups(kb, out, not q.landmark_only, lang)[:limit]


def _with_groups(
    kb: KnowledgeBase, answers: list[Answer], members_after: bool, lang: str
) -> list[Answer]:
    """A group most of whose members answer is named before them ("sitting bone": the
    hamstrings); a group with one or a few members answering is not."""
    by_id = {a.muscle: a for a in answers}
    groups: dict[str, list[Answer]] = {}
    for a in answers:
        group = kb.muscles[a.muscle].group
        if group:
            groups.setdefault(group, []).append(a)
    out = list(answers)
    for group, members in groups.items():
        most = len(members) * 2 > len(kb.muscles[group].members)
        if len(members) >= 2 and most and group not in by_id:
            best = max(members, key=lambda a: a.score)
            names = ", ".join(kb.muscles[a.muscle].name.get(lang)[0].lower() for a in members[:4])
            out.append(Answer(group, best.score + 0.01, f"{best.reason} ({names})"))
    # The members of a group named follow the other answers: "deltoid, teres minor, then the
    # three parts of the deltoid", so a short list still shows every distinct answer. A place
    # typed on its own ("sitting bone") keeps the members next to their group.
    promoted = {a.muscle for a in out} - by_id.keys()
    member = {a.muscle for a in answers if kb.muscles[a.muscle].group in promoted and members_after}
    return sorted(out, key=lambda a: (a.muscle in member, -a.score))
