"""The Spanish catalogue translates every interface string."""

from __future__ import annotations

import re
from pathlib import Path

import tpatlas.web

PO = Path(tpatlas.web.__file__).parent / "locale" / "es" / "LC_MESSAGES" / "django.po"


def _entries(text: str) -> list[tuple[str, str]]:
    entries = []
    for block in text.split("\n\n"):
        if "fuzzy" in block:
            entries.append(("fuzzy", ""))
        msgid = "".join(re.findall(r'"(.*)"', block.split("msgstr")[0].split("msgid", 1)[-1]))
        msgstr = (
            "".join(re.findall(r'"(.*)"', block.split("msgstr", 1)[-1]))
            if "msgstr" in block
            else ""
        )
        if msgid:
            entries.append((msgid, msgstr))
    return entries


def test_every_interface_string_has_a_spanish_translation() -> None:
    missing = [msgid for msgid, msgstr in _entries(PO.read_text(encoding="utf-8")) if not msgstr]
    assert missing == []


# A string the Python code marks for translation: gettext("..."), gettext_lazy("..."), _("..."),
# possibly written as several literals one after another.
MARKED = re.compile(r'\b(?:gettext_lazy|gettext|_)\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)[,)]')


def test_every_string_the_code_marks_is_in_the_spanish_catalogue() -> None:
    """A marked string missing from the catalogue shows in English on a Spanish page (the
    zoom list of the finder once said "Right side of the head")."""
    ids = {msgid for msgid, _ in _entries(PO.read_text(encoding="utf-8"))}
    missing = []
    for path in sorted(PO.parents[3].rglob("*.py")):
        for m in MARKED.finditer(path.read_text(encoding="utf-8")):
            text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1)))
            if text and text.replace('\\"', '"') not in ids:
                missing.append((path.name, text[:60]))
    assert missing == []
