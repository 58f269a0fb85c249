"""Shared arithmetic of the evaluation benchmarks: hit rates from ranks, latency percentiles."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence


def hit_rates(ranks: Sequence[int | None]) -> dict[str, float]:
    """Top-1/3/5 hit rates and mean reciprocal rank; a rank is 1-based, None for a miss."""
    n = len(ranks) or 1

    def hit(k: int) -> float:
        return sum(1 for r in ranks if r is not None and r <= k) / n

    return {
        "top1": hit(1),
        "top3": hit(3),
        "top5": hit(5),
        "mrr": sum(1 / r for r in ranks if r) / n,
    }


def latency(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and 99th percentile, in milliseconds, of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.99) - 1)]
