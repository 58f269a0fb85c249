"""`tpatlas courses sync`: the course definitions (YAML) into the database, idempotently.

A course is created or updated when its definition's hash changed; a course no longer defined is
marked inactive (people's records keep pointing at it), never deleted.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from django.db import transaction

from tpatlas.ce.catalogue import Catalogue
from tpatlas.web.learning.models import Course


@dataclass(frozen=True)
class SyncReport:
    created: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    retired: tuple[str, ...]


def version(definition: object) -> str:
    raw = json.dumps(definition, sort_keys=True, default=str).encode()
    return hashlib.sha256(raw).hexdigest()[:16]


@transaction.atomic
def sync(catalogue: Catalogue) -> SyncReport:
    created, updated, unchanged = [], [], []
    for c in catalogue.courses.values():
        fields = {
            "version": version(c.model_dump(mode="json")),
            "title_en": c.title.en,
            "title_es": c.title.es or "",
            "delivery": c.delivery,
            "hours": c.hours,
            "free": c.free,
            "active": True,
        }
        row = Course.objects.filter(id=c.id).first()
        if row is None:
            Course.objects.create(id=c.id, **fields)
            created.append(c.id)
        elif row.version != fields["version"] or not row.active:
            Course.objects.filter(id=c.id).update(**fields)
            updated.append(c.id)
        else:
            unchanged.append(c.id)
    gone = Course.objects.filter(active=True).exclude(id__in=list(catalogue.courses))
    retired = tuple(gone.values_list("id", flat=True))
    gone.update(active=False)
    return SyncReport(tuple(created), tuple(updated), tuple(unchanged), retired)
