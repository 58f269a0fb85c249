"""Search accuracy on tests/eval/search_cases.yaml, and p50/p99 query latency."""

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

CASES = Path(__file__).resolve().parents[1] / "tests" / "eval" / "search_cases.yaml"


def evaluate(index: SearchIndex) -> dict[str, Any]:
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]
    ranks: list[int | None] = []
    for case in cases:
        ids = [r.id for r in index.search(case["q"], limit=10)]
        ranks.append(next((i for i, rid in enumerate(ids, 1) if rid in case["expect"]), None))
    misses = [(c["q"], r) for c, r in zip(cases, ranks, strict=True) if r is None or r > 5]
    return {"cases": len(cases), **hit_rates(ranks), "misses": misses}


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
    queries = [c["q"] for c in yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]] * 5
    it = iter(queries)
    p50, p99 = latency(lambda: index.search(next(it)), len(queries))
    print(f"search latency: p50 {p50:.2f} ms   p99 {p99:.2f} ms")


if __name__ == "__main__":
    main()
