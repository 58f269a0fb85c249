"""Turns knowledge-base models into plain data in one language for the templates.

Content translation lives in the YAML ({en, es}); when a text has no translation in the requested
language we show English and remember that we did, so the page can say "not yet translated".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import get_language
from pydantic import BaseModel

from tpatlas.kb.schema import Text


def page_language() -> str:
    """The active language's code without region ("es" for "es-ES")."""
    return (get_language() or "en").split("-")[0]


@dataclass
class Localizer:
    lang: str
    fell_back: int = field(default=0)

    def text(self, value: Text | None) -> str:
        if value is None:
            return ""
        out, fell_back = value.get(self.lang)
        self.fell_back += fell_back
        return out

    def plain(self, value: Any) -> Any:
        """A model, tuple or Text as dicts, lists and strings in this language."""
        if isinstance(value, Text):
            return self.text(value)
        if isinstance(value, BaseModel):
            return {name: self.plain(getattr(value, name)) for name in type(value).model_fields}
        if isinstance(value, tuple | list):
            return [self.plain(v) for v in value]
        return value
