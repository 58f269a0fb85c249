"""The muscle a clinician examines for each spinal nerve root (data/myotomes.yaml, from the
ISNCSCI key muscles and the clinical myotome tests).

"C7 radiculopathy, which muscle is weak" has one answer a clinician gives first, the triceps,
though a dozen muscles receive C7 fibres. A root question lifts these key muscles and says why.

>>> key_reason("triceps-brachii", frozenset({"C7"}), "en")
'key muscle for C7 (elbow extension)'
>>> key_reason("anconeus", frozenset({"C7"}), "en") is None
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

KEY_LIFT = 0.5  # a root question's score for a muscle of that root is at most 1


@cache
def _keys() -> dict[str, tuple[frozenset[str], dict[str, str]]]:
    """Root -> (its key muscles, the test in each language)."""
    path = resources.files("tpatlas.search") / "data" / "myotomes.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        root: (frozenset(entry["muscles"]), dict(entry["test"]))
        for root, entry in data["roots"].items()
    }


def key_reason(muscle: str, roots: frozenset[str], lang: str) -> str | None:
    """Why this muscle is examined for one of these roots, or None if it is not."""
    for root in sorted(roots):
        muscles, test = _keys().get(root, (frozenset(), {}))
        if muscle in muscles:
            said = test.get(lang, test["en"])
            if lang == "es":
                return f"músculo clave de {root} ({said})"
            return f"key muscle for {root} ({said})"
    return None
