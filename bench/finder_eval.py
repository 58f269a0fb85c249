"""Finder accuracy on tests/eval/finder_cases.yaml, and in-process latency.

Prints top-1, top-3 and top-5 hit rates, the mean reciprocal rank, the misses, and p50/p99
latency of one text query on the full knowledge base.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluation import hit_rates, latency

from tpatlas.finder import find
from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase, load_knowledge_base

CASES = Path(__file__).resolve().parents[1] / "tests" / "eval" / "finder_cases.yaml"


def rank_of_expected(kb: KnowledgeBase, case: dict[str, Any]) -> int | None:
    """1-based rank of the first result that is an expected muscle (or a member of one)."""
    query, understood = query_from_text(kb.chart, case["text"])
    result = find(kb, query, limit=20, understood=understood)
    expected = set(case["expect"])
    for i, m in enumerate(result.matches, 1):
        if m.muscle.id in expected or (m.muscle.group or "") in expected:
            return i
    return None


def evaluate(kb: KnowledgeBase) -> dict[str, Any]:
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]
    ranks = [rank_of_expected(kb, c) for c in cases]
    misses = [(c["text"], r) for c, r in zip(cases, ranks, strict=True) if r is None or r > 5]
    return {"cases": len(cases), **hit_rates(ranks), "misses": misses}


def main() -> None:
    kb = load_knowledge_base()
    r = evaluate(kb)
    print(
        f"finder evaluation: {r['cases']} cases   top-1 {r['top1']:.0%}   "
        f"top-3 {r['top3']:.0%}   top-5 {r['top5']:.0%}   MRR {r['mrr']:.2f}"
    )
    for text, rank in r["misses"]:
        print(f"  miss (rank {rank or '-'}): {text}")
    query, understood = query_from_text(kb.chart, "deep ache behind my right knee when I sit")
    p50, p99 = latency(lambda: find(kb, query, understood=understood), 300)
    print(f"finder latency (in-process, ranking only): p50 {p50:.3f} ms   p99 {p99:.3f} ms")


if __name__ == "__main__":
    main()
