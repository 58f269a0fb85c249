"""The JSON shapes of knowledge-base entries, shared by the CLI, the API and exports."""

from __future__ import annotations

from typing import Any

from tpatlas.kb.index import KnowledgeBase
from tpatlas.kb.schema import Muscle


def muscle_summary(kb: KnowledgeBase, m: Muscle) -> dict[str, Any]:
    """The list shape shared by `tpatlas muscles --json` and the API's muscle list."""
    return {
        "id": m.id,
        "name": m.name.en,
        "synonyms": list(m.synonyms),
        "lay_names": list(m.lay_names),
        "lay_names_es": list(m.lay_names_es),
        "region": m.region,
        "group": m.group,
        "members": list(m.members),
        "trigger_points": [tp.id for _, tp in kb.trigger_points(m)],
    }


def muscle_detail(m: Muscle) -> dict[str, Any]:
    """The whole entry as JSON: the shape `tpatlas show --json` and the API return."""
    return m.model_dump(mode="json", exclude_none=True)
