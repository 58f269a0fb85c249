"""Search accuracy on two query sets, and p50/p99 query latency.

``search_cases.yaml``: what people type (lay, clinical, misspelt), written by us; a hit is an
expected id in the top five. ``search_anatomy_cases.yaml``: anatomy questions written from public
anatomy references (URL per case); a hit is an expected muscle in the top three.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluation import hit_rates, latency

from tpatlas.kb import load_knowledge_base
from tpatlas.search import SearchIndex, build_index

EVAL = Path(__file__).resolve().parents[1] / "tests" / "eval"
CASES = EVAL / "search_cases.yaml"
ANATOMY = EVAL / "search_anatomy_cases.yaml"


def evaluate(index: SearchIndex, path: Path = CASES, hit: int = 5) -> dict[str, Any]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    ranks: list[int | None] = []
    kinds: dict[str, list[int | None]] = {}
    for case in cases:
        ids = [r.id for r in index.search(case["q"], limit=10)]
        rank = next((i for i, rid in enumerate(ids, 1) if rid in case["expect"]), None)
        ranks.append(rank)
        kinds.setdefault(case.get("kind", ""), []).append(rank)
    misses = [(c["q"], r) for c, r in zip(cases, ranks, strict=True) if r is None or r > hit]
    by_kind = {k: {"cases": len(v), **hit_rates(v)} for k, v in kinds.items() if k}
    return {"cases": len(cases), **hit_rates(ranks), "misses": misses, "kinds": by_kind}


def main() -> None:
    start = time.perf_counter()
    index = build_index(load_knowledge_base())
    built = (time.perf_counter() - start) * 1000
    r = evaluate(index)
    print(f"search index: {index.size} documents, built in {built:.0f} ms")
    print(
        f"search evaluation: {r['cases']} queries   top-1 {r['top1']:.0%}   "
        f"top-3 {r['top3']:.0%}   top-5 {r['top5']:.0%}"
    )
    for q, rank in r["misses"]:
        print(f"  miss (rank {rank or '-'}): {q}")
    a = evaluate(index, ANATOMY, hit=3)
    print(
        f"anatomy questions: {a['cases']} queries   top-1 {a['top1']:.0%}   "
        f"top-3 {a['top3']:.0%}   top-5 {a['top5']:.0%}"
    )
    for kind, k in sorted(a["kinds"].items()):
        print(f"  {kind:<13} {k['cases']:>3} queries   top-3 {k['top3']:.0%}")
    for q, rank in a["misses"]:
        print(f"  miss (rank {rank or '-'}): {q}")
    queries = [c["q"] for c in yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]] * 5
    it = iter(queries)
    p50, p99 = latency(lambda: index.search(next(it)), len(queries))
    print(f"search latency: p50 {p50:.2f} ms   p99 {p99:.2f} ms")


if __name__ == "__main__":
    main()
