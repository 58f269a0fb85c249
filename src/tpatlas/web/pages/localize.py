"""Turns knowledge-base models into plain data in one language for the templates.

Content translation lives in the YAML ({en, es}); when a text has no translation in the requested
language we show English and remember that we did, so the page can say "not yet translated".
Such a text is an ``EnglishFallback``: templates mark it ``lang="en"`` with the ``fallback``
filter (tpatlas.web.languages.tags), and ``fallback_parts`` names the parts of a page that hold one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import get_language
from pydantic import BaseModel

from tpatlas.kb.schema import Text


def page_language() -> str:
    """The active language's code without region ("es" for "es-ES")."""
    return (get_language() or "en").split("-")[0]


class EnglishFallback(str):
    """A text shown in English because it has no translation in the page's language yet."""

    __slots__ = ()


def has_fallback(value: Any) -> bool:
    """Whether ``value`` (a text, or dicts and lists of them) holds an English fallback."""
    if isinstance(value, EnglishFallback):
        return True
    if isinstance(value, Mapping):
        return any(has_fallback(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(has_fallback(v) for v in value)
    return False


def fallback_parts(parts: Mapping[str, Any]) -> list[str]:
    """The names of the parts (name -> content) that show English fallbacks, in order."""
    return [str(name) for name, content in parts.items() if has_fallback(content)]


@dataclass
class Localizer:
    lang: str
    fell_back: int = field(default=0)

    def text(self, value: Text | None) -> str:
        if value is None:
            return ""
        out, fell_back = value.get(self.lang)
        self.fell_back += fell_back
        return EnglishFallback(out) if fell_back else out

    def plain(self, value: Any) -> Any:
        """A model, tuple or Text as dicts, lists and strings in this language."""
        if isinstance(value, Text):
            return self.text(value)
        if isinstance(value, BaseModel):
            return {name: self.plain(getattr(value, name)) for name in type(value).model_fields}
        if isinstance(value, tuple | list):
            return [self.plain(v) for v in value]
        return value
