"""The knowledge base as open data: JSON, YAML or CSV files, with the JSON Schema of an entry.

`files(kb, fmt)` returns {file name: bytes}; the CLI writes them to a folder with a progress
bar, and the /data page serves the same bytes, so both always agree. JSON and YAML carry every
language side by side (``{"en": ..., "es": ...}``); CSV holds one language per bundle
(``lang``), English where a text has no translation yet.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

import yaml

from tpatlas.bodychart.names import zone_name
from tpatlas.kb.index import KnowledgeBase
from tpatlas.kb.schema import Muscle, Text

FORMATS = ("json", "csv", "yaml")
SAFE_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
LICENCE = "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)"
CITATION = (
    "Trigger Point Atlas contributors. Trigger Point Atlas knowledge base, version {version}. "
    "Licensed under CC BY-SA 4.0."
)


def _dump(model: Any) -> Any:
    return model.model_dump(mode="json", exclude_none=True)


def as_data(kb: KnowledgeBase, version: str) -> dict[str, Any]:
    """Everything in one structure: the shape of knowledge-base.json and .yaml."""
    return {
        "name": "Trigger Point Atlas knowledge base",
        "version": version,
        "licence": LICENCE,
        "citation": CITATION.format(version=version),
        "muscles": [_dump(m) for m in kb.muscles.values()],
        "conditions": [_dump(c) for c in kb.conditions.values()],
        "techniques": [_dump(t) for t in kb.techniques.values()],
        "sources": [_dump(s) for s in kb.sources.values()],
        "regions": [_dump(r) for r in kb.regions.values()],
        "zones": [
            {"id": z.id, "kind": z.kind, "side": z.side, "name": z.name, "region": z.region}
            for z in kb.chart.zones.values()
        ],
    }


def _csv(header: list[str], rows: Iterator[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _join(values: Any) -> str:
    return "; ".join(str(v) for v in values)


def _t(text: Text | None, lang: str) -> str:
    return text.get(lang)[0] if text else ""


def _muscle_row(m: Muscle, lang: str = "en") -> list[Any]:
    a = m.anatomy
    return [
        m.id,
        _t(m.name, lang),
        m.latin or "",
        m.region,
        m.group or "",
        _join(m.members),
        _join(m.synonyms),
        _join(m.lay_names_es if lang == "es" else m.lay_names),  # in the file's language
        _t(a.origin, lang) if a else "",
        _t(a.insertion, lang) if a else "",
        _t(a.action, lang) if a else "",
        _t(a.nerve.name, lang) if a else "",
        _join(a.nerve.roots) if a else "",
        m.ids.uberon or "",
        m.ids.fma or "",
    ]


def _csv_files(kb: KnowledgeBase, lang: str = "en") -> dict[str, Callable[[], bytes]]:
    muscles = list(kb.muscles.values())
    return {
        "muscles.csv": lambda: _csv(
            [
                "id",
                "name",
                "latin",
                "region",
                "group",
                "members",
                "synonyms",
                "lay_names",
                "origin",
                "insertion",
                "action",
                "nerve",
                "roots",
                "uberon",
                "fma",
            ],
            (_muscle_row(m, lang) for m in muscles),
        ),
        "trigger_points.csv": lambda: _csv(
            ["muscle", "id", "name", "zone", "essential", "spillover", "rare", "description"],
            (
                [
                    m.id,
                    tp.id,
                    _t(tp.name, lang),
                    tp.zone,
                    _join(tp.essential),
                    _join(tp.spillover),
                    tp.rare,
                    _t(tp.description, lang),
                ]
                for m in muscles
                for tp in m.trigger_points
            ),
        ),
        "differentials.csv": lambda: _csv(
            ["muscle", "condition", "note"],
            ([m.id, d.condition, _t(d.note, lang)] for m in muscles for d in m.differentials),
        ),
        "conditions.csv": lambda: _csv(
            ["id", "name", "icd10", "icd10cm", "summary"],
            (
                [c.id, _t(c.name, lang), _join(c.icd10), _join(c.icd10cm), _t(c.summary, lang)]
                for c in kb.conditions.values()
            ),
        ),
        "techniques.csv": lambda: _csv(
            ["id", "name", "evidence_level", "summary", "evidence"],
            (
                [
                    t.id,
                    _t(t.name, lang),
                    t.evidence_level,
                    _t(t.summary, lang),
                    _t(t.evidence, lang),
                ]
                for t in kb.techniques.values()
            ),
        ),
        "sources.csv": lambda: _csv(
            ["id", "kind", "authors", "title", "year", "publisher_or_journal", "doi", "isbn"],
            (
                [
                    s.id,
                    s.kind,
                    s.authors,
                    s.title,
                    s.year,
                    s.publisher or s.journal or "",
                    s.doi or "",
                    s.isbn or "",
                ]
                for s in kb.sources.values()
            ),
        ),
        "zones.csv": lambda: _csv(
            ["id", "kind", "side", "name", "region"],
            (
                [z.id, z.kind, z.side, _zone_name(kb, z.id, lang), z.region]
                for z in kb.chart.zones.values()
            ),
        ),
    }


def _zone_name(kb: KnowledgeBase, zone_id: str, lang: str) -> str:
    return kb.chart.zones[zone_id].name if lang == "en" else zone_name(kb.chart, zone_id, lang)


def _readme(version: str, fmt: str = "json", lang: str = "en") -> bytes:
    languages = (
        f"Texts are in one language ({lang}); where a text has no translation yet, it is in "
        "English.\n"
        if fmt == "csv"
        else 'Every text carries each language side by side: {"en": ..., "es": ...}.\n'
    )
    return (
        f"Trigger Point Atlas knowledge base, version {version}\n\nLicence: {LICENCE}\n"
        f"Suggested citation: {CITATION.format(version=version)}\n\n{languages}"
        "muscle.schema.json is the JSON Schema of one muscle entry.\n"
    ).encode()


def files(
    kb: KnowledgeBase, fmt: str, version: str, lang: str = "en"
) -> dict[str, Callable[[], bytes]]:
    """File name -> a function producing its bytes (so a caller can report progress).
    ``lang`` is the language of the CSV files (JSON and YAML hold every language)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out: dict[str, Callable[[], bytes]] = {}
    if fmt == "json":
        out["knowledge-base.json"] = lambda: json.dumps(
            as_data(kb, version), indent=2, ensure_ascii=False
        ).encode()
    elif fmt == "yaml":
        # The C dumper (libyaml) when present: the same output, several times faster.
        out["knowledge-base.yaml"] = lambda: yaml.dump(
            as_data(kb, version), Dumper=SAFE_DUMPER, allow_unicode=True, sort_keys=False, width=100
        ).encode()
    else:
        out.update(_csv_files(kb, lang))
    out["muscle.schema.json"] = lambda: json.dumps(Muscle.model_json_schema(), indent=2).encode()
    out["README.txt"] = lambda: _readme(version, fmt, lang)
    return out
