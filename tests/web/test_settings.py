"""Settings fail loudly with the variable's name instead of starting half-configured."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from tpatlas.web.env import env_bool, require_secret_key


def test_a_missing_secret_key_is_a_clear_error_in_production(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY is not set"):
        require_secret_key(debug=False)
    assert require_secret_key(debug=True)


def test_a_bad_boolean_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be"):
        env_bool("DEBUG")


def test_debug_is_off_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEBUG", raising=False)
    assert env_bool("DEBUG") is False
