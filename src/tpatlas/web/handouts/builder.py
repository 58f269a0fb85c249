"""What a patient handout holds, for one muscle or several: in plain words what is going on,
the referral charts, the self-help with its steps and cautions, and when to stop and see a
clinician (the entry's conditions, most urgent first). The same data feeds the preview page,
the PDF and the command line, so they never disagree.

Requests are checked here (unknown muscles, papers, languages), so every caller refuses bad
input with the same message instead of failing halfway through a PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from tpatlas.kb import KnowledgeBase
from tpatlas.web.credentials.pdf import qr_svg
from tpatlas.web.pages.localize import Localizer
from tpatlas.web.pages.monograph import monograph

PAPERS = {"a4": "A4", "letter": "Letter"}
LANGUAGES = ("en", "es")
MAX_MUSCLES = 8  # a handout a patient reads; more is a book
MAX_NOTE = 1000
URGENCY_ORDER = {"emergency": 0, "today": 1, "soon": 2, None: 3}


class HandoutError(ValueError):
    """Bad input, in a sentence for the person who asked (in the handout's language)."""


@dataclass(frozen=True)
class Request:
    muscles: tuple[str, ...]
    lang: str = "en"
    paper: str = "a4"
    therapist: str = ""
    clinic: str = ""
    note: str = ""
    when: dt.date = field(default_factory=dt.date.today)


def parse(kb: KnowledgeBase, raw: dict[str, str]) -> Request:
    """A request from query parameters or CLI options; HandoutError names what is wrong."""
    lang = (raw.get("lang") or "en").strip().lower()
    if lang not in LANGUAGES:
        raise HandoutError(f"Unknown language {lang!r}: use one of {', '.join(LANGUAGES)}.")
    with translation.override(lang):
        ids = tuple(
            dict.fromkeys(m.strip() for m in (raw.get("muscles") or "").split(",") if m.strip())
        )
        if not ids:
            raise HandoutError(_("Choose at least one muscle for the handout."))
        unknown = [m for m in ids if m not in kb.muscles]
        if unknown:
            raise HandoutError(
                _(
                    "No muscle in the atlas has the id %(ids)s. Check the spelling, "
                    "or pick the muscles from the list."
                )
                % {"ids": ", ".join(unknown)}
            )
        if len(ids) > MAX_MUSCLES:
            raise HandoutError(_("A handout holds at most %(n)d muscles.") % {"n": MAX_MUSCLES})
        paper = (raw.get("paper") or "a4").strip().lower()
        if paper not in PAPERS:
            raise HandoutError(
                _("Unknown paper size %(paper)s: use A4 or Letter.") % {"paper": paper}
            )
        note = (raw.get("note") or "").strip()
        if len(note) > MAX_NOTE:
            raise HandoutError(_("The note is longer than %(n)d characters.") % {"n": MAX_NOTE})
    return Request(
        ids,
        lang,
        paper,
        (raw.get("therapist") or "").strip()[:120],
        (raw.get("clinic") or "").strip()[:160],
        note,
    )


def _when_to_stop(kb: KnowledgeBase, muscle_id: str, loc: Localizer) -> list[dict[str, Any]]:
    m = kb.muscles[muscle_id]
    rows = []
    for d in m.differentials:
        c = kb.conditions[d.condition]
        rows.append(
            {
                "name": loc.text(c.name),
                "advice": loc.text(c.see_clinician) or loc.text(c.summary),
                "urgency": c.urgency,
            }
        )
    return sorted(rows, key=lambda r: URGENCY_ORDER.get(r["urgency"], 3))


def build(kb: KnowledgeBase, req: Request, site_url: str) -> dict[str, Any]:
    """The handout's content in the request's language."""
    sections = []
    loc = Localizer(req.lang)
    untranslated = False
    for mid in req.muscles:
        mono = monograph(kb, mid, req.lang)
        untranslated = untranslated or bool(mono["untranslated"])
        with translation.override(req.lang):  # the online page in the handout's language
            url = site_url + reverse("muscle-detail", args=[mid])
        sections.append(
            {
                "id": mid,
                "name": mono["muscle"]["name"],
                # everyday names in the handout's language ("gemelos" in Spanish, not "calf")
                "lay_names": mono["muscle"]["lay_names" if req.lang == "en" else "lay_names_es"],
                "summary": mono["muscle"]["summary"],
                "indications": mono["muscle"]["indications"],
                "trigger_points": mono["trigger_points"],
                "self_help": mono["muscle"]["self_help"],
                "when_to_stop": _when_to_stop(kb, mid, loc),
                "url": url,
                "qr": qr_svg(url),
            }
        )
    return {
        "handout": req,
        "sections": sections,
        "paper_css": PAPERS[req.paper],
        "lang": req.lang,
        "date": req.when,
        "untranslated": untranslated or loc.fell_back > 0,
    }


def query_string(req: Request) -> str:
    from urllib.parse import urlencode

    params = {"muscles": ",".join(req.muscles), "lang": req.lang, "paper": req.paper}
    params |= {k: v for k, v in (("therapist", req.therapist), ("clinic", req.clinic),
                                 ("note", req.note)) if v}  # fmt: skip
    return urlencode(params)
