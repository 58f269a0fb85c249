"""Prints how long the knowledge base takes to load and a monograph's charts take to draw.

Run with `make bench`. Figures, not assertions: compare them across commits.
"""

from __future__ import annotations

import statistics
import time

from tpatlas.bodychart.chart import chart_path, parse_chart
from tpatlas.kb import build_knowledge_base


def timed(fn: object, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    import yaml

    raw = yaml.safe_load(chart_path().read_text(encoding="utf-8"))
    chart_ms = timed(lambda: parse_chart(raw), 20)
    kb_ms = timed(build_knowledge_base, 5)
    kb = build_knowledge_base()
    ham = kb.muscle("hamstrings")
    points = [tp for _, tp in kb.trigger_points(ham)]
    from tpatlas.web.pages import monograph_charts
    from tpatlas.web.pages.localize import Localizer

    english = Localizer("en")

    def draw() -> None:  # the pages keep drawn charts; measure the drawing itself
        monograph_charts._CACHE.clear()
        monograph_charts.entry_charts(kb, ham, english, "male")

    draw_ms = timed(draw, 20)
    print(f"body chart parse:            median {statistics.median(chart_ms):7.2f} ms")
    print(
        f"knowledge base load+check:   median {statistics.median(kb_ms):7.2f} ms "
        f"({len(kb.muscles)} entries)"
    )
    print(
        f"hamstrings charts ({len(points)} TPs):   median {statistics.median(draw_ms):7.2f} ms "
        "(overview and one chart per trigger point)"
    )


if __name__ == "__main__":
    main()
