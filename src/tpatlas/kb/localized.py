"""An entry with each text in one language: what the API answers for ``?lang=es``.

The stored entry keeps every language (``{"en": ..., "es": ...}``, the shape of the open data
and of ``tpatlas show --json``); here each text becomes a string in the language asked for,
English where no translation exists yet, and the paths of those texts are listed, so a client
can say which parts are not translated.

>>> from tpatlas.kb.schema import Text
>>> localized({"a": Text(en="knee", es="rodilla"), "b": (Text(en="calf"),)}, "es")
({'a': 'rodilla', 'b': ['calf']}, ['b[0]'])
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from tpatlas.kb.schema import Text


def localized(value: Any, lang: str) -> tuple[Any, list[str]]:
    """``value`` (a model, or dicts and lists of them) in ``lang``, and the paths of the texts
    that fell back to English."""
    missing: list[str] = []
    return _walk(value, lang, "", missing), missing


def _walk(value: Any, lang: str, path: str, missing: list[str]) -> Any:
    if isinstance(value, Text):
        text, fell_back = value.get(lang)
        if fell_back:
            missing.append(path)
        return text
    if isinstance(value, BaseModel):
        fields = ((name, getattr(value, name)) for name in type(value).model_fields)
        value = {name: v for name, v in fields if v is not None}  # as model_dump(exclude_none)
    if isinstance(value, dict):
        return {
            k: _walk(v, lang, f"{path}.{k}" if path else str(k), missing) for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [_walk(v, lang, f"{path}[{i}]", missing) for i, v in enumerate(value)]
    return to_jsonable_python(value)
