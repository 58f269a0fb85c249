"""Cross-reference checks: every id a file names must exist, once, and every entry must be whole.

Runs after the schema, on entries that parsed. Group members inherit the clinical sections of
their group, so "required section" is checked on the entry as a reader will see it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from tpatlas.bodychart import BodyChart
from tpatlas.kb.errors import Problem
from tpatlas.kb.loader import RawKnowledge
from tpatlas.kb.schema import Condition, Muscle, PainGuide, SelfHelp, Technique

# Sections a member may take from its group when it does not set them itself.
INHERITED_SECTIONS = ("functional_movement", "indications", "causes", "differentials",
                      "connections", "self_help", "techniques", "disputed")  # fmt: skip
# Sections a reader expects on every monograph (after inheritance from the group).
REQUIRED_SECTIONS = (*(s for s in INHERITED_SECTIONS if s != "disputed"), "sources")


def _duplicates(kind: str, entries: Iterable[tuple[str, str]]) -> list[Problem]:
    pairs = list(entries)
    counts = Counter(i for _, i in pairs)
    return [
        Problem(f, i, "id", f"duplicate {kind} id (defined {counts[i]} times)")
        for f, i in pairs
        if counts[i] > 1
    ]


def check_duplicates(raw: RawKnowledge) -> list[Problem]:
    return [
        *_duplicates("muscle", ((f, m.id) for f, m in raw.muscles)),
        *_duplicates("condition", ((f, c.id) for f, c in raw.conditions)),
        *_duplicates("technique", ((f, t.id) for f, t in raw.techniques)),
        *_duplicates("source", ((f, s.id) for f, s in raw.sources)),
        *_duplicates("region", ((f, r.id) for f, r in raw.regions)),
        *_duplicates("pain guide", ((f, g.id) for f, g in raw.pain_guides)),
    ]


def _unknown(
    known: set[str], names: Iterable[tuple[str, str]], kind: str, file: str, entry: str
) -> list[Problem]:
    return [
        Problem(file, entry, fld, f"unknown {kind} {name!r}")
        for fld, name in names
        if name not in known
    ]


class _Ids:
    def __init__(self, raw: RawKnowledge, chart: BodyChart) -> None:
        self.muscles = {m.id for _, m in raw.muscles} | raw.invalid_muscle_ids
        self.conditions = {c.id for _, c in raw.conditions}
        self.techniques = {t.id for _, t in raw.techniques}
        self.sources = {s.id for _, s in raw.sources}
        self.regions = {r.id for _, r in raw.regions}
        self.zones = set(chart.kinds)
        files = {
            "region": "regions.yaml",
            "condition": "conditions.yaml",
            "technique": "techniques.yaml",
            "source": "sources.yaml",
        }
        self.unchecked = {kind for kind, f in files.items() if f in raw.unreadable}


def _zone_refs(m: Muscle) -> list[tuple[str, str]]:
    refs: list[tuple[str, str]] = []
    for i, tp in enumerate(m.trigger_points):
        refs.append((f"trigger_points.{i}.zone", tp.zone))
        refs += [(f"trigger_points.{i}.essential", z) for z in tp.essential]
        refs += [(f"trigger_points.{i}.spillover", z) for z in tp.spillover]
    return refs


def _refs(m: Muscle) -> list[tuple[str, str, str]]:
    """Every id a muscle entry names, as (kind of thing, field path, id)."""
    refs = [("region", "region", m.region)]
    refs += [("zone", fld, z) for fld, z in _zone_refs(m)]
    refs += [
        ("condition", f"differentials.{i}.condition", d.condition)
        for i, d in enumerate(m.differentials)
    ]
    refs += [("muscle", f"connections.{i}.muscle", c.muscle) for i, c in enumerate(m.connections)]
    refs += [("muscle", f"members.{i}", x) for i, x in enumerate(m.members)]
    refs += [("muscle", "group", m.group)] if m.group else []
    refs += [
        ("technique", f"techniques.{i}.technique", t.technique) for i, t in enumerate(m.techniques)
    ]
    refs += [("source", f"sources.{i}.source", s.source) for i, s in enumerate(m.sources)]
    return refs


def _check_refs(file: str, m: Muscle, ids: _Ids) -> list[Problem]:
    known = {
        "region": ids.regions,
        "zone": ids.zones,
        "condition": ids.conditions,
        "muscle": ids.muscles,
        "technique": ids.techniques,
        "source": ids.sources,
    }
    return [
        Problem(file, m.id, fld, f"unknown {kind} {name!r}")
        for kind, fld, name in _refs(m)
        if kind not in ids.unchecked and name not in known[kind]
    ]


def _check_group_links(file: str, m: Muscle, by_id: dict[str, Muscle]) -> list[Problem]:
    problems = []
    if m.group and m.group in by_id and m.id not in by_id[m.group].members:
        problems.append(
            Problem(file, m.id, "group", f"group {m.group!r} does not list it in members")
        )
    for member in m.members:
        other = by_id.get(member)
        if other is not None and other.group != m.id:
            problems.append(
                Problem(file, m.id, "members", f"member {member!r} does not name this group")
            )
    return problems


def _check_sections(
    file: str, m: Muscle, group: Muscle | None, technique_ids: set[str] | None
) -> list[Problem]:
    """Required sections; the technique matrix only when techniques.yaml could be read."""
    problems = []
    for section in REQUIRED_SECTIONS:
        own = getattr(m, section)
        inherited = group is not None and section in INHERITED_SECTIONS and getattr(group, section)
        if not own and not inherited:
            problems.append(Problem(file, m.id, section, "required section is missing or empty"))
    if not m.is_group:
        if m.anatomy is None:
            problems.append(Problem(file, m.id, "anatomy", "required section is missing"))
        if not m.trigger_points:
            problems.append(
                Problem(file, m.id, "trigger_points", "required section is missing or empty")
            )
    techniques = m.techniques or (group.techniques if group else ())
    named = [t.technique for t in techniques]
    if technique_ids is not None and techniques and sorted(named) != sorted(technique_ids):
        missing = sorted(technique_ids - set(named))
        repeated = sorted({t for t in named if named.count(t) > 1})
        problems.append(
            Problem(
                file,
                m.id,
                "techniques",
                "the matrix must name each technique once "
                f"(missing {missing}, repeated {repeated})",
            )
        )
    return problems


# Needling (dry or wet) is a clinician's technique: it belongs in the technique matrix, never in
# what a patient is told to do at home, in either language.
CLINICIAN_ONLY = re.compile(r"needl|\bagujas?\b|\bpunci[oó]n\b", re.IGNORECASE)


def _self_help_texts(item: SelfHelp) -> list[str]:
    texts = [item.title, *item.equipment, *item.steps, *item.cautions]
    return [s for t in texts for s in (t.en, t.es) if s]


def check_self_help(file: str, m: Muscle) -> list[Problem]:
    """No self-help item mentions needles or needling (a clinician-only treatment)."""
    message = "self-help must not mention needles or needling (clinicians only)"
    return [
        Problem(file, m.id, f"self_help.{i}", f"{message}: {item.title.en!r}")
        for i, item in enumerate(m.self_help)
        if any(CLINICIAN_ONLY.search(text) for text in _self_help_texts(item))
    ]


def check_entries(raw: RawKnowledge, chart: BodyChart) -> list[Problem]:
    """Every cross-reference and required-section problem, across all entries."""
    ids = _Ids(raw, chart)
    by_id = {m.id: m for _, m in raw.muscles}
    problems = check_duplicates(raw)
    for file, m in raw.muscles:
        problems += _check_refs(file, m, ids)
        problems += _check_group_links(file, m, by_id)
        problems += check_self_help(file, m)
        group = by_id.get(m.group) if m.group else None
        techniques = None if "technique" in ids.unchecked else ids.techniques
        problems += _check_sections(file, m, group, techniques)
    cited: list[tuple[str, Technique | Condition]] = [*raw.techniques, *raw.conditions]
    for file, entry in cited:
        problems += _unknown(
            ids.sources,
            [(f"sources.{i}.source", s.source) for i, s in enumerate(entry.sources)],
            "source",
            file,
            entry.id,
        )
    for file, guide in raw.pain_guides:
        problems += _check_guide(file, guide, ids)
    return problems


def _check_guide(file: str, guide: PainGuide, ids: _Ids) -> list[Problem]:
    """A pain guide names chart zones, muscles (each once) and cited works that exist."""
    problems = _unknown(
        ids.zones, [(f"zones.{i}", z) for i, z in enumerate(guide.zones)], "zone", file, guide.id
    )
    problems += _unknown(
        ids.muscles,
        [(f"muscles.{i}", m) for i, m in enumerate(guide.muscles)],
        "muscle",
        file,
        guide.id,
    )
    problems += _unknown(
        ids.sources,
        [(f"literature.{i}.source", s.source) for i, s in enumerate(guide.literature)],
        "source",
        file,
        guide.id,
    )
    repeated = sorted({m for m in guide.muscles if guide.muscles.count(m) > 1})
    if repeated:
        problems.append(Problem(file, guide.id, "muscles", f"listed more than once: {repeated}"))
    return problems
