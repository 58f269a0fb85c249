"""Translation coverage: for every prose field (every ``Text``) of every entry, whether it has
its Spanish. `tpatlas kb report` prints it per field and fails when a Spanish text is missing,
so a new entry must come with its Spanish (the atlas is read in both languages, and an English
sentence on a Spanish page is a sentence a reader may not understand).

Fields are named by where they sit, without list positions: ``trigger_points.description``,
``self_help.steps``, ``differentials.note``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from tpatlas.kb.loader import RawKnowledge
from tpatlas.kb.schema import Text

LANGUAGES = ("es",)


@dataclass
class FieldCount:
    texts: int = 0
    translated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LANGUAGES, 0))


@dataclass
class Translations:
    fields: dict[str, FieldCount] = field(default_factory=dict)
    # "muscle piriformis: trigger_points[0].description" for each text missing a language
    missing: dict[str, list[str]] = field(default_factory=lambda: {lang: [] for lang in LANGUAGES})

    @property
    def complete(self) -> bool:
        return not any(self.missing.values())

    def share(self, lang: str) -> float:
        texts = sum(f.texts for f in self.fields.values())
        done = sum(f.translated[lang] for f in self.fields.values())
        return done / texts if texts else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "complete": self.complete,
            "share": {lang: round(self.share(lang), 4) for lang in LANGUAGES},
            "fields": {k: {"texts": v.texts, **v.translated} for k, v in self.fields.items()},
            "missing": self.missing,
        }


def _texts(value: Any, path: str, where: str) -> Iterator[tuple[str, str, Text]]:
    """(field name, exact place, text) for every Text inside ``value``."""
    if isinstance(value, Text):
        yield path, where, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            sub = f"{path}.{name}" if path else name
            yield from _texts(getattr(value, name), sub, f"{where}.{name}" if where else name)
    elif isinstance(value, tuple | list):
        for i, item in enumerate(value):
            yield from _texts(item, path, f"{where}[{i}]")


def translations(raw: RawKnowledge) -> Translations:
    out = Translations()
    entries: list[tuple[str, BaseModel]] = [
        *((f"muscle {m.id}", m) for _, m in raw.muscles),
        *((f"condition {c.id}", c) for _, c in raw.conditions),
        *((f"technique {t.id}", t) for _, t in raw.techniques),
        *((f"region {r.id}", r) for _, r in raw.regions),
    ]
    for label, entry in entries:
        kind = label.split()[0]
        for name, where, text in _texts(entry, "", ""):
            count = out.fields.setdefault(f"{kind}.{name}", FieldCount())
            count.texts += 1
            for lang in LANGUAGES:
                if getattr(text, lang, None):
                    count.translated[lang] += 1
                else:
                    out.missing[lang].append(f"{label}: {where}")
    return out


def render_translations(t: Translations) -> list[str]:
    lines = ["", "Translation             texts   es"]
    for name, count in sorted(t.fields.items()):
        share = count.translated["es"] / count.texts if count.texts else 1.0
        lines.append(f"  {name:<40}{count.texts:>6}  {share:>5.0%}")
    lines.append(f"  {'all prose fields':<40}{sum(f.texts for f in t.fields.values()):>6}"
                 f"  {t.share('es'):>5.0%}")  # fmt: skip
    for place in t.missing["es"][:50]:
        lines.append(f"UNTRANSLATED (es) {place}")
    if len(t.missing["es"]) > 50:
        lines.append(f"... and {len(t.missing['es']) - 50} more Spanish texts missing")
    return lines
