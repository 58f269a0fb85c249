"""Loads and cross-checks the continuing-education definitions (ce/data), like the knowledge base:
every problem is collected and names the file, the entry and the field.

>>> cat = load_catalogue()
>>> cat.courses["reading-referral-charts"].free
True
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from tpatlas.ce.money import Money, MoneyError
from tpatlas.ce.schema import Accreditor, Cite, Course, Instructor, Provider
from tpatlas.ce.store import StoreSettings, parse_prices
from tpatlas.ce.workload import hours_problem, minutes_problem
from tpatlas.kb import KnowledgeBase, KnowledgeBaseError, load_knowledge_base
from tpatlas.kb.errors import Problem
from tpatlas.kb.loader import M, _read_yaml, _validate


def data_dir() -> Path:
    override = os.environ.get("TPATLAS_CE_DIR")
    return Path(override) if override else Path(str(resources.files("tpatlas.ce") / "data"))


@dataclass(frozen=True, eq=False)
class Catalogue:
    provider: Provider
    accreditors: MappingProxyType[str, Accreditor]
    instructors: MappingProxyType[str, Instructor]
    courses: MappingProxyType[str, Course]
    store: StoreSettings

    def prices(self, course_id: str) -> dict[str, Money]:
        """The course's price list in minor units (checked when the catalogue was built)."""
        return parse_prices(self.courses[course_id].prices)


def _list(root: Path, name: str, model: type[M], problems: list[Problem]) -> list[tuple[str, M]]:
    path = root / name
    if not path.exists():
        problems.append(Problem(name, "", "", "file is missing"))
        return []
    raw = _read_yaml(path, name, problems)
    if raw is None:
        return []
    if not isinstance(raw, list) or not raw:
        problems.append(Problem(name, "", "", "expected a list of at least one entry"))
        return []
    return [(name, e) for item in raw if (e := _validate(model, item, name, problems))]


def _cite_problems(file: str, entry: str, where: str, c: Cite, kb: KnowledgeBase) -> list[Problem]:
    if c.muscle and c.muscle not in kb.muscles:
        return [Problem(file, entry, where, f"unknown muscle {c.muscle!r}")]
    if c.condition and c.condition not in kb.conditions:
        return [Problem(file, entry, where, f"unknown condition {c.condition!r}")]
    if c.technique and c.technique not in kb.techniques:
        return [Problem(file, entry, where, f"unknown technique {c.technique!r}")]
    return []


def _course_problems(
    file: str, c: Course, kb: KnowledgeBase, accreditors: set[str], instructors: set[str]
) -> list[Problem]:
    out = [
        Problem(file, c.id, "instructors", f"unknown instructor {i!r}")
        for i in c.instructors
        if i not in instructors
    ]
    out += [
        Problem(file, c.id, "approvals", f"unknown accreditor {a.accreditor!r}")
        for a in c.approvals
        if a.accreditor not in accreditors
    ]
    out += [
        Problem(file, c.id, "muscles", f"unknown muscle {m!r}")
        for m in c.muscles
        if m not in kb.muscles
    ]
    out += [
        Problem(file, c.id, "references", f"unknown source {r.source!r}")
        for r in c.references
        if r.source not in kb.sources
    ]
    for module in c.modules:
        for lesson in module.lessons:
            where = f"modules.{module.id}.lessons.{lesson.id}"
            for i, block in enumerate(lesson.blocks):
                if block.monograph and block.monograph not in kb.muscles:
                    out.append(Problem(file, c.id, f"{where}.blocks.{i}", "unknown muscle"))
                for cite in block.cites:
                    out += _cite_problems(file, c.id, f"{where}.blocks.{i}.cites", cite, kb)
    out += [
        Problem(file, c.id, "hours", text)
        for text in (hours_problem(c, kb), minutes_problem(c))
        if text is not None
    ]
    if c.assessment:
        ids = [q.id for q in c.assessment.questions]
        out += [
            Problem(file, c.id, "assessment.questions", f"duplicate question id {i!r}")
            for i in sorted({i for i in ids if ids.count(i) > 1})
        ]
        for q in c.assessment.questions:
            for cite in q.cites:
                out += _cite_problems(file, c.id, f"assessment.questions.{q.id}", cite, kb)
            out += [
                Problem(file, c.id, f"assessment.questions.{q.id}", f"unknown zone {z!r}")
                for z in q.zones
                if z not in kb.chart.kinds
            ]
        for g in c.assessment.generated:
            out += [
                Problem(file, c.id, "assessment.generated", f"unknown muscle {m!r}")
                for m in g.muscles
                if m not in kb.muscles
            ]
    return out


def build_catalogue(root: Path | None = None, kb: KnowledgeBase | None = None) -> Catalogue:
    """Read and check every definition; raises KnowledgeBaseError listing every problem."""
    root = root or data_dir()
    kb = kb or load_knowledge_base()
    problems: list[Problem] = []
    provider_raw = _read_yaml(root / "provider.yaml", "provider.yaml", problems)
    provider = (
        _validate(Provider, provider_raw, "provider.yaml", problems) if provider_raw else None
    )
    accreditors: dict[str, Accreditor] = {
        a.id: a for _, a in _list(root, "accreditors.yaml", Accreditor, problems)
    }
    instructors: dict[str, Instructor] = {
        i.id: i for _, i in _list(root, "instructors.yaml", Instructor, problems)
    }
    store_raw = _read_yaml(root / "store.yaml", "store.yaml", problems)
    store = _validate(StoreSettings, store_raw, "store.yaml", problems) if store_raw else None
    courses: dict[str, Course] = {}
    for path in sorted((root / "courses").glob("*.yaml")):
        rel = f"courses/{path.name}"
        raw = _read_yaml(path, rel, problems)
        course = _validate(Course, raw, rel, problems) if raw is not None else None
        if course is None:
            continue
        if course.id != path.stem:
            problems.append(
                Problem(rel, course.id, "id", f"must match the file name {path.stem!r}")
            )
        problems += _course_problems(rel, course, kb, set(accreditors), set(instructors))
        problems += _price_problems(rel, course, store)
        courses[course.id] = course
    if problems or provider is None or store is None:
        missing = "provider.yaml" if provider is None else "store.yaml"
        raise KnowledgeBaseError(problems or [Problem(missing, "", "", "is missing")])
    return Catalogue(
        provider,
        MappingProxyType(accreditors),
        MappingProxyType(instructors),
        MappingProxyType(courses),
        store,
    )


def _price_problems(file: str, c: Course, store: StoreSettings | None) -> list[Problem]:
    """Prices are exact in their currency's minor units, offered by the store, and a paid
    course has one in the default currency (shown when the visitor's currency has none)."""
    if c.free:
        return [Problem(file, c.id, "prices", "a free course has no prices")] if c.prices else []
    out = []
    for code, text in c.prices.items():
        try:
            parse_prices({code: text})
        except MoneyError as exc:
            out.append(Problem(file, c.id, f"prices.{code}", str(exc)))
        if store and code.upper() not in store.currencies:
            out.append(Problem(file, c.id, f"prices.{code}", "the store does not offer it"))
    if store and store.default_currency not in {k.upper() for k in c.prices}:
        out.append(Problem(file, c.id, "prices", f"needs a price in {store.default_currency}"))
    return out


@cache
def load_catalogue() -> Catalogue:
    """The packaged definitions, loaded once per process."""
    return build_catalogue()


@cache
def catalogue_version() -> str:
    """12 hex digits over every course definition file: cached course pages are keyed by it,
    as atlas pages are by the knowledge base's data version."""
    digest = hashlib.sha256()
    folder = data_dir()
    for path in sorted(folder.rglob("*.yaml")):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
