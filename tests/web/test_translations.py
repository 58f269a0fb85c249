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
