"""Worst-case cost of a description: near-miss words (each one edit from a place word) make the
typo matcher work hardest. Prints milliseconds per description at several lengths next to a
typical description, so growth with length is visible (it should be linear, small constant)."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tpatlas.finder import find
from tpatlas.finder.query import MAX_TEXT, query_from_text
from tpatlas.finder.text import _known_words
from tpatlas.kb import load_knowledge_base

TYPICAL = "deep ache behind my right knee when I sit, and it goes down into my calf"


def near_misses(length: int, seed: int = 7) -> str:
    """Words one edit away from vocabulary words, up to ``length`` characters."""
    rng = random.Random(seed)
    known = sorted(w for w in _known_words() if len(w) >= 5)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        w = rng.choice(known)
        i = rng.randrange(len(w))
        words.append(w[:i] + rng.choice("qxzjv") + w[i + 1 :])
    return " ".join(words)[:length]


def cost_ms(text: str, repeat: int = 3) -> float:
    kb = load_knowledge_base()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        query, understood = query_from_text(kb.chart, text)
        find(kb, query, understood=understood)
        best = min(best, (time.perf_counter() - start) * 1000)
    return best


def main() -> None:
    cost_ms(TYPICAL)  # warm the caches
    print(f"finder cost, typical description ({len(TYPICAL)} chars): {cost_ms(TYPICAL):.2f} ms")
    for length in (500, 2_000, MAX_TEXT):
        text = near_misses(length)
        print(f"finder cost, worst case ({length:,} chars of near-miss words): "
              f"{cost_ms(text):.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
