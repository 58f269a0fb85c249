"""Finder accuracy on the evaluation sets, and in-process latency.

``finder_cases.yaml`` was written by us from the literature (optimistic);
``finder_cases_independent.yaml`` from independent public pages, with a URL per case;
``finder_cases_heldout.yaml`` from other public pages (held out at first, now studied like the
independent set); ``finder_cases_heldout2.yaml`` from yet other pages, written before the finder
was changed and never tuned on: the honest measure of descriptions nobody rehearsed;
``finder_cases_heldout3.yaml`` from a further 90 pages, written by someone who saw neither the
finder's data nor its results, more of them about less common muscles, then studied;
``finder_cases_heldout4.yaml`` (88) likewise, measured only (in totals, while weights were
compared); ``finder_cases_heldout5.yaml`` (87), measured only until 30 November 2026, then
studied for reading failures;
``finder_cases_heldout6.yaml`` (90, up to three cases per page), written on 30 November 2026
by someone who saw neither the finder's data nor its results, measured only;
``finder_cases_heldout7.yaml`` (90, 44 in Spanish, 53 pages), written later the same day the
same way, measured only (15 of its cases were once shown by mistake in a comparison; nothing
was tuned on them); ``finder_cases_heldout8.yaml`` (90, 35 in Spanish, 39 pages), written
that night the same way, measured only; ``finder_cases_heldout9.yaml`` (90, 60 single-area,
30 in Spanish, 38 pages), written on 1 December 2026 the same way and studied at once (fresh
failures to learn from); ``finder_cases_heldout10.yaml`` (90, 30 in Spanish, 57 pages), written
the same day the same way, measured only; ``finder_cases_heldout11.yaml`` (90, 50 multi-area
stories, 35 in Spanish, 50 pages), written later that day the same way and studied at once;
``finder_cases_heldout12.yaml`` (90, 50 multi-area, 32 of them stories, 30 in Spanish, 52
pages), written in a later session of 1 December 2026 the same way, measured once in totals
(91% top-5, MRR 0.70) and then studied; ``finder_cases_heldout13.yaml`` (90, 40 in Spanish,
50 multi-area, 54 pages, more hand, foot, pelvis and face), written next the same way, measured
once in totals (79% top-5, MRR 0.66) and then studied; ``finder_cases_heldout14.yaml`` (90, 30
in Spanish, 53 pages, many of them French-language clinic pages), written at the end of that
session the same way, measured only (on the code from the session's start 92% / 0.721, at its
end 94% / 0.723); ``finder_cases_heldout15.yaml`` (90, 30 in Spanish, 54 pages), written in a
later session the same way, measured only (89% / 0.689 on that session's starting code, 89% /
0.695 after pairs of words became story evidence); ``finder_cases_heldout16.yaml`` (90, 30 in
Spanish, 50 multi-area, 50 pages), written in the next session the same way, measured once in
totals (86% top-5, MRR 0.71) and then studied; ``finder_cases_heldout17.yaml`` (90, 30 in
Spanish, 73 pages, many of them German-language clinic pages), written later that session the
same way, measured once in totals (90% top-5, MRR 0.74, the same on the session's starting
code) and then studied; ``finder_cases_heldout18.yaml`` (48, 16 in Spanish, 44 pages, mostly
general clinic symptom pages since few trigger-point pages were left unused), written in a
later session the same way, measured only (85% / 0.681 on that session's starting code, 85% /
0.679 at its end); ``finder_cases_heldout24.yaml`` (60, 20 in Spanish, 30 pages in French,
Italian, Portuguese and German), written on 2 December 2026 the same way, measured once in totals
(97% top-5, MRR 0.77) and then studied; ``finder_cases_heldout25.yaml`` (60, 20 in Spanish, 32
Spanish, Portuguese and Romanian pages), written the same day the same way, measured once in
totals (95% top-5, MRR 0.58: the common culprit of one place often second) and then studied;
``finder_cases_heldout26.yaml`` (60, 20 in Spanish, 38 pages of case reports and clients'
stories), written the same day the same way, measured once in totals (80% top-5, MRR 0.51) and
then studied; ``finder_cases_heldout27.yaml`` (55, 20 in Spanish, 40 single-area, case reports
and therapists' case stories), written in the third session that day, measured once in totals
(62% top-5, MRR 0.49) and then studied; ``finder_cases_heldout28.yaml`` (60, 20 in Spanish, 30
pages of case reports), written alongside it, measured only (83% / 0.50 on arrival).
Prints, per
set, top-1, top-3 and top-5 hit rates and the mean reciprocal rank (also per kind and language),
the misses, and p50/p99 latency of one text query.
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

EVAL = Path(__file__).resolve().parents[1] / "tests" / "eval"
SETS = {
    "our own cases": EVAL / "finder_cases.yaml",
    "independent cases": EVAL / "finder_cases_independent.yaml",
    "held-out cases": EVAL / "finder_cases_heldout.yaml",
    "held-out cases 2": EVAL / "finder_cases_heldout2.yaml",
    "held-out cases 3": EVAL / "finder_cases_heldout3.yaml",
    "held-out cases 4": EVAL / "finder_cases_heldout4.yaml",
    "held-out cases 5": EVAL / "finder_cases_heldout5.yaml",
    "held-out cases 6": EVAL / "finder_cases_heldout6.yaml",
    "held-out cases 7": EVAL / "finder_cases_heldout7.yaml",
    "held-out cases 8": EVAL / "finder_cases_heldout8.yaml",
    "held-out cases 9": EVAL / "finder_cases_heldout9.yaml",
    "held-out cases 10": EVAL / "finder_cases_heldout10.yaml",
    "held-out cases 11": EVAL / "finder_cases_heldout11.yaml",
    "held-out cases 12": EVAL / "finder_cases_heldout12.yaml",
    "held-out cases 13": EVAL / "finder_cases_heldout13.yaml",
    "held-out cases 14": EVAL / "finder_cases_heldout14.yaml",
    "held-out cases 15": EVAL / "finder_cases_heldout15.yaml",
    "held-out cases 16": EVAL / "finder_cases_heldout16.yaml",
    "held-out cases 17": EVAL / "finder_cases_heldout17.yaml",
    "held-out cases 18": EVAL / "finder_cases_heldout18.yaml",
    "held-out cases 19": EVAL / "finder_cases_heldout19.yaml",
    "held-out cases 20": EVAL / "finder_cases_heldout20.yaml",
    "held-out cases 21": EVAL / "finder_cases_heldout21.yaml",
    "held-out cases 22": EVAL / "finder_cases_heldout22.yaml",
    "held-out cases 23": EVAL / "finder_cases_heldout23.yaml",
    "held-out cases 24": EVAL / "finder_cases_heldout24.yaml",
    "held-out cases 25": EVAL / "finder_cases_heldout25.yaml",
    "held-out cases 26": EVAL / "finder_cases_heldout26.yaml",
    "held-out cases 27": EVAL / "finder_cases_heldout27.yaml",
    "held-out cases 28": EVAL / "finder_cases_heldout28.yaml",
}

MEASURED_ONLY = {
    "held-out cases 6",
    "held-out cases 7",
    "held-out cases 8",
    "held-out cases 10",
    "held-out cases 14",
    "held-out cases 15",
    "held-out cases 18",
    "held-out cases 28",
}


def rank_of_expected(kb: KnowledgeBase, case: dict[str, Any]) -> int | None:
    """1-based rank of the first result that is an expected muscle (or a member of one), or
    whose row names one as fitting equally well (finder/alike.py)."""
    query, understood = query_from_text(kb.chart, case["text"])
    result = find(kb, query, limit=20, understood=understood)
    expected = set(case["expect"])
    for i, m in enumerate(result.matches, 1):
        if m.muscle.id in expected or (m.muscle.group or "") in expected:
            return i
        if any(a.id in expected for a in m.alike):
            return i
    return None


def load_cases(path: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    return cases


def evaluate(kb: KnowledgeBase, path: Path = SETS["our own cases"]) -> dict[str, Any]:
    cases = load_cases(path)
    ranks = [rank_of_expected(kb, c) for c in cases]
    misses = [(c["text"], r) for c, r in zip(cases, ranks, strict=True) if r is None or r > 5]
    subsets: dict[str, list[int | None]] = {}
    for c, r in zip(cases, ranks, strict=True):
        for key in (c.get("kind"), c.get("lang")):
            if key:
                subsets.setdefault(key, []).append(r)
    return {
        "cases": len(cases),
        **hit_rates(ranks),
        "misses": misses,
        "subsets": {k: {"cases": len(v), **hit_rates(v)} for k, v in subsets.items()},
    }


def _line(label: str, r: dict[str, Any]) -> str:
    return (
        f"{label}: {r['cases']} cases   top-1 {r['top1']:.0%}   "
        f"top-3 {r['top3']:.0%}   top-5 {r['top5']:.0%}   MRR {r['mrr']:.2f}"
    )


def main() -> None:
    kb = load_knowledge_base()
    for name, path in SETS.items():
        r = evaluate(kb, path)
        print(_line(f"finder evaluation, {name}", r))
        for key, sub in sorted(r["subsets"].items()):
            print(_line(f"  {key}", sub))
        if name in MEASURED_ONLY:  # kept unread, so they stay a measure of unseen questions
            print(f"  ({len(r['misses'])} misses, not shown: this set is measured only)")
            continue
        for text, rank in r["misses"]:
            print(f"  miss (rank {rank or '-'}): {text}")
    query, understood = query_from_text(kb.chart, "deep ache behind my right knee when I sit")
    p50, p99 = latency(lambda: find(kb, query, understood=understood), 300)
    print(f"finder latency (in-process, ranking only): p50 {p50:.3f} ms   p99 {p99:.3f} ms")


if __name__ == "__main__":
    main()
