from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from django.http import HttpRequest

from tpatlas.web.store.models import Order


@dataclass(frozen=True)
class Start:
    """Where to send the buyer after the order is placed: the provider's page, or ours."""

    redirect_url: str


class Provider(Protocol):
    name: str

    def available(self) -> bool:
        """Configured (keys present); an unavailable provider is not offered at checkout."""
        ...

    def start(self, order: Order, request: HttpRequest) -> Start: ...
