"""The finder page in the reader's language.

The finder core answers in English; this turns its answer into the page's language: warnings and
questions from the ``*_es`` texts of safety.yaml and context.yaml, names from the knowledge base,
and reasons rebuilt from the same phrases with translated zone names.
"""

from __future__ import annotations

from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from tpatlas.bodychart.names import kind_name, zone_name
from tpatlas.finder.data import load
from tpatlas.finder.limits import LABELS as LIMIT_LABELS
from tpatlas.finder.safety import Flag, message_in
from tpatlas.kb import KnowledgeBase
from tpatlas.web.pages.localize import page_language


def in_language(entry: dict[str, Any], key: str) -> str:
    """The safety and context texts carry ``<key>_es`` beside the English ``<key>``."""
    lang = page_language()
    return str(entry.get(f"{key}_{lang}") or entry[key])


URGENCY = {
    "emergency": gettext_noop("Emergency"),
    "today": gettext_noop("See a doctor today"),
    "soon": gettext_noop("See a doctor soon"),
}


def localize_flags(flags: list[dict[str, Any]]) -> None:
    """Warnings must be read, so they are shown in the page's language, with what to do."""
    lang = page_language()
    for flag in flags:
        found = Flag(flag["id"], flag["kind"], flag["message"], urgency=flag["urgency"])
        flag["message"] = message_in(found, lang)
        flag["urgency_label"] = _(URGENCY[flag["urgency"]])


SIDES = {
    "right": gettext_noop("right"),
    "left": gettext_noop("left"),
    "either": gettext_noop("either side"),
}
# The finder core speaks English; its notes and notice are listed here so they are translated
# (a test keeps these copies identical to the core's).
NOTICE = gettext_noop(
    "These are suggestions from referral patterns in the trigger point literature, not a "
    "diagnosis. See a qualified clinician, and act first on any warning shown."
)
NOTES = (
    gettext_noop("No side was mentioned: the results apply to either side."),
    gettext_noop(
        "No painful zones were given or understood; mark the chart or describe where it hurts."
    ),
    gettext_noop(
        "No place of pain was understood. The muscles below are listed only because their "
        "entries describe what you wrote; mark where it hurts for a real suggestion."
    ),
)


# The reason phrases of finder/factors.py, listed here so they can be translated (a test keeps
# the two identical).
REASONS = {
    "essential": gettext_noop("its main pain zone covers {zones}"),
    "spillover": gettext_noop("its pain can spill over to {zones}"),
    "nearby": gettext_noop("it refers pain close to {zones}"),
    "local": gettext_noop("its trigger point lies at {zones}"),
    "context": gettext_noop("{items} fits what the literature describes for it"),
}


# The context phrase when several items fit ("running and cramps fit ..."): the core writes it
# by replacing "fits" with "fit" (finder/engine.py).
CONTEXT_SEVERAL = gettext_noop("{items} fit what the literature describes for it")


def _reason(r: dict[str, Any], k: KnowledgeBase, lang: str) -> str:
    """The one-line reason of a result, rebuilt with zone names in the page's language."""
    parts = []
    for key in ("essential", "spillover", "local", "nearby"):
        if r[key]:
            names = [kind_name(k.chart, z.split("-", 1)[1], lang).lower() for z in r[key][:3]]
            parts.append(_(REASONS[key]).format(zones=join_names([_bracketed(n) for n in names])))
    if r["context"]:
        labels = {
            e["label"]: in_language(e, "label")
            for section in ("aggravators", "onset", "sensations")
            for e in load("context")[section].values()
        }
        items = join_names([labels.get(c, c).lower() for c in r["context"]])
        several = len(r["context"]) > 1
        parts.append(_(CONTEXT_SEVERAL if several else REASONS["context"]).format(items=items))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def _bracketed(name: str) -> str:
    """ "Pantorrilla, parte alta central" as "pantorrilla (parte alta central)", so a list of
    zones in one line reads clearly."""
    head, _sep, detail = name.partition(", ")
    return f"{head} ({detail})" if detail else head


def join_names(names: list[str]) -> str:
    """A list a person reads: "a, b and c"; with "; " between names that hold commas themselves
    ("Calf, upper centre; calf, lower centre and heel")."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    sep = "; " if any("," in n for n in names) else ", "
    return sep.join(names[:-1]) + _(" and ") + names[-1]


# The reason of a result as a sentence for a patient (the API keeps the core's terse reason).
PATIENT_REASONS = {
    "essential": gettext_noop("Its trigger points often cause pain in: %(zones)s."),
    "spillover": gettext_noop("Its pain can also spread to: %(zones)s."),
    "nearby": gettext_noop("It causes pain close to: %(zones)s."),
    "local": gettext_noop("One of its trigger points lies in: %(zones)s."),
    "context": gettext_noop("What you said (%(items)s) fits what is known about this muscle."),
}


def patient_reason(r: dict[str, Any], k: KnowledgeBase) -> str:
    lang = page_language()
    sentences = []
    for key in ("essential", "spillover", "local", "nearby"):
        if r[key]:
            kinds = dict.fromkeys(z.split("-", 1)[1] for z in r[key])
            names = [kind_name(k.chart, kind, lang).lower() for kind in list(kinds)[:3]]
            sentences.append(_(PATIENT_REASONS[key]) % {"zones": join_names(names)})
    if r["context"]:
        labels = {
            e["label"]: in_language(e, "label")
            for section in ("aggravators", "onset", "sensations")
            for e in load("context")[section].values()
        }
        items = join_names([labels.get(c, c).lower() for c in r["context"]])
        sentences.append(_(PATIENT_REASONS["context"]) % {"items": items})
    return " ".join(sentences)


STRENGTH = {
    "strongest": gettext_noop("Strongest match"),
    "strong": gettext_noop("Strong match"),
    "possible": gettext_noop("Possible"),
}


# The reader writes "pinky side" and "lado del pulgar" as the sides' anatomical names; a phrase
# read back to the person says them plainly again.
PLAIN_SIDES = {"ulnar": gettext_noop("little-finger side"), "radial": gettext_noop("thumb side")}


def said_plainly(phrase: str) -> str:
    """A phrase as the reader understood it, with the sides in plain words of the page."""
    return " ".join(_(PLAIN_SIDES[w]) if w in PLAIN_SIDES else w for w in phrase.split())


def strength(score: float) -> tuple[str, str]:
    """A relative score (the best match is 100) as a word a person understands."""
    key = "strongest" if score >= 99.5 else "strong" if score >= 60 else "possible"
    return key, _(STRENGTH[key])


def localize_answer(result: dict[str, Any], k: KnowledgeBase, lang: str) -> None:
    """The finder's answer in ``lang``, for the API as for the page: muscle, trigger point and
    condition names, reasons, notes and the notice. Ids, zone ids and the side stay as the core
    gives them, so a program reads the same fields in every language."""
    with translation.override(lang):
        for r in result["results"]:
            muscle = k.muscles[r["muscle"]]
            r["name"] = muscle.name.get(lang)[0]
            tp = next(t for t in muscle.trigger_points if t.id == r["trigger_point"])
            r["trigger_point_name"] = tp.name.get(lang)[0]
            for a in r.get("alike", []):
                a["name"] = k.muscles[a["muscle"]].name.get(lang)[0]
            if lang != "en":
                r["reason"] = _reason(r, k, lang)
        for c in result["combination"]:
            c["name"] = k.muscles[c["muscle"]].name.get(lang)[0]
        for d in result["differentials"]:
            condition = k.conditions[d["condition"]]
            d["name"] = condition.name.get(lang)[0]
            if condition.see_clinician:
                d["see_clinician"] = condition.see_clinician.get(lang)[0]
        result["notes"] = [_(n) for n in result.get("notes", [])]
        result["notice"] = _(result["notice"])
        if "understood" in result:  # where the pain stops, in words: "not below the knee"
            limits = result["understood"].get("limits", [])
            result["understood"]["limit_names"] = [_(LIMIT_LABELS[x]) for x in limits]


def localize_result(result: dict[str, Any], k: KnowledgeBase) -> None:
    """The answer in the page's language, with the group's name and the side in words."""
    localize_answer(result, k, page_language())
    for r in result["results"]:
        r["group_name"] = k.muscles[r["group"]].name.get(page_language())[0] if r["group"] else ""
        r["side_id"] = r["side"]
        r["side"] = _(SIDES.get(r["side"], r["side"]))


def marked_names(kb: KnowledgeBase, marked: dict[str, Any], result: Any, lang: str) -> list[str]:
    """The names of the marked zones. With no side said, the zones stand on one side of the
    chart only because a side is needed to draw them: the names leave the side out, as the
    results do ("either side")."""
    either = bool(result) and any(r.get("side_id") == "either" for r in result.get("results", []))
    if not either:
        return [zone_name(kb.chart, z, lang) for z in marked]
    kinds = dict.fromkeys(kb.chart.zones[z].kind for z in marked)
    return [kind_name(kb.chart, k, lang) for k in kinds]
