"""Builds everything a monograph page shows, in one language, from the knowledge base."""

from __future__ import annotations

from typing import Any

from django.utils.html import format_html, urlize
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from tpatlas.bodychart.names import kind_name
from tpatlas.kb import KnowledgeBase
from tpatlas.kb.schema import Muscle, Source, SourceRef
from tpatlas.web.pages.localize import Localizer, fallback_parts, page_language
from tpatlas.web.pages.monograph_charts import entry_charts


def cite(source: Source, ref: SourceRef | None = None) -> SafeString:
    """A citation line, e.g. "Travell JG, Simons DG. Title. 1st ed. Publisher; 1992. Chapter 16".

    The sources are English publications: their titles stay as published, marked ``lang="en"``
    so a screen reader on a Spanish page reads them with an English voice; only the words
    around them ("Chapter", "Pages", "Figure") follow the page's language.
    """
    parts = [f"{source.authors}. {source.title}."]
    if source.edition:
        parts.append(f"{source.edition} ed.")
    where = source.journal or source.publisher
    parts.append(f"{where}; {source.year}." if where else f"{source.year}.")
    if source.doi:
        parts.append(f"doi:{source.doi}")
    html = format_html('<span lang="en">{}</span>', " ".join(parts))
    located = (
        (_("Chapter"), ref.chapter if ref else None),
        (_("Pages"), ref.pages if ref else None),
        (_("Figure"), ref.figure if ref else None),
    )
    for label, value in located:
        if value:
            html = format_html('{} {} <span lang="en">{}</span>.', html, label, value)
    if ref and ref.note:
        # what was checked against this source, and where ("also checked against: <pages>")
        note = ref.note.get(page_language())[0]
        html = format_html('{} <span class="source-note">{}</span>', html, _linked(note))
    return html


def _linked(text: str) -> SafeString:
    """Text with its web addresses as links (escaped)."""
    return mark_safe(urlize(text, autoescape=True))  # urlize escapes the text itself


def _trigger_points(
    kb: KnowledgeBase, m: Muscle, loc: Localizer, charts: dict[str, Any]
) -> list[dict[str, Any]]:
    out = []
    for owner, tp in kb.trigger_points(m):
        item = loc.plain(tp)
        item["owner"] = {"id": owner.id, "name": loc.text(owner.name)}
        item["essential_names"] = [kind_name(kb.chart, z, loc.lang) for z in tp.essential]
        item["spillover_names"] = [kind_name(kb.chart, z, loc.lang) for z in tp.spillover]
        item["views"] = charts["per_tp"][tp.id]
        out.append(item)
    return out


def _connections(kb: KnowledgeBase, m: Muscle, loc: Localizer) -> tuple[list[Any], list[Any]]:
    listed = [
        {"id": c.muscle, "name": loc.text(kb.muscles[c.muscle].name), "reason": loc.text(c.reason)}
        for c in m.connections
        if c.muscle != m.id
    ]
    named = {c["id"] for c in listed} | {m.id, m.group}
    reverse = [
        {"id": o.id, "name": loc.text(o.name)}
        for o in kb.connected_from(m.id)
        if o.id not in named and o.group != m.id
    ]
    return listed, reverse


def monograph(kb: KnowledgeBase, muscle_id: str, lang: str, body: str = "male") -> dict[str, Any]:
    """The page's context; ``body`` is the figure the charts are drawn on (male or female)."""
    m = kb.muscle(muscle_id)
    loc = Localizer(lang)
    charts = entry_charts(kb, m, loc, body)
    connections, linked_from = _connections(kb, m, loc)
    anatomy_rows = [
        {"id": x.id, "name": loc.text(x.name), "anatomy": loc.plain(x.anatomy)}
        for x in (kb.members(m) if m.is_group else [m])
        if x.anatomy
    ]
    context: dict[str, Any] = {
        "muscle": loc.plain(m),
        "is_group": m.is_group,
        "group": {"id": m.group, "name": loc.text(kb.muscles[m.group].name)} if m.group else None,
        "members": [{"id": x.id, "name": loc.text(x.name)} for x in kb.members(m)],
        "anatomy_rows": anatomy_rows,
        "region_name": loc.text(kb.regions[m.region].name),
        "trigger_points": _trigger_points(kb, m, loc, charts),
        "pattern_views": charts["intro"],
        "referrers": charts["referrers"],
        "body": body,
        "differentials": [
            {"condition": loc.plain(kb.conditions[d.condition]), "note": loc.text(d.note)}
            for d in m.differentials
        ],
        "connections": connections,
        "linked_from": linked_from,
        "techniques": _technique_rows(kb, m, loc),
        "sources": [cite(kb.sources[r.source], r) for r in m.sources],
        "inherited": sorted(kb.inherited.get(m.id, frozenset())),
    }
    # Said only for what the page shows (a condition's summary, say, is not on it).
    context["untranslated_parts"] = _untranslated_parts(context)
    context["untranslated"] = bool(context["untranslated_parts"])
    return context


def _untranslated_parts(context: dict[str, Any]) -> list[str]:
    """The sections that show English text on a page in another language, for the notice."""
    muscle = context["muscle"]
    return fallback_parts(
        {
            _("Summary"): [
                muscle["name"],
                muscle["summary"],
                context["group"],
                context["members"],
                context["region_name"],
            ],
            _("Anatomy"): [context["anatomy_rows"], muscle["functional_movement"]],
            _("Trigger points"): [context["trigger_points"], context["referrers"]],
            _("Indications"): muscle["indications"],
            _("Causes"): muscle["causes"],
            _("Differential diagnosis"): [  # what the section shows of each condition
                (d["condition"]["name"], d["condition"]["see_clinician"], d["note"])
                for d in context["differentials"]
            ],
            _("Connections"): context["connections"],
            _("Self-help"): muscle["self_help"],
            _("Treatment techniques"): context["techniques"],
            _("Where references disagree"): muscle["disputed"],
        }
    )


def _technique_rows(kb: KnowledgeBase, m: Muscle, loc: Localizer) -> list[dict[str, Any]]:
    uses = {t.technique: t for t in m.techniques}
    rows = []
    for tid, technique in kb.techniques.items():
        use = uses.get(tid)
        rows.append(
            {
                "id": tid,
                "name": loc.text(technique.name),
                "suitable": bool(use and use.suitable),
                "note": loc.text(use.note) if use else "",
            }
        )
    return rows
