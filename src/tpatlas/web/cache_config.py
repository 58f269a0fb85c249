"""The CACHES setting from one URL, so several app servers can share one cache.

Rendered pages and rate-limit counters live in the cache. One process alone uses its own
memory (the default); several app servers behind a load balancer point TPATLAS_CACHE_URL at a
shared Redis or memcached, so a page rendered by one is served by all and a client's requests
are counted wherever they land.

>>> cache_settings(None)["default"]["BACKEND"]
'django.core.cache.backends.locmem.LocMemCache'
>>> cache_settings("redis://127.0.0.1:6379/0")["pages"]["BACKEND"]
'django.core.cache.backends.redis.RedisCache'
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ImproperlyConfigured

BACKENDS = {
    "redis": "django.core.cache.backends.redis.RedisCache",
    "rediss": "django.core.cache.backends.redis.RedisCache",
    "memcached": "django.core.cache.backends.memcached.PyMemcacheCache",
}


# Finder answers stay in each process's memory, whatever the shared cache (health information).
FINDER = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "finder",
    "OPTIONS": {"MAX_ENTRIES": 500},
}


def cache_settings(url: str | None) -> dict[str, Any]:
    return {**_shared(url), "finder": FINDER}


def _shared(url: str | None) -> dict[str, Any]:
    if not url or url == "locmem":
        return {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            "pages": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "pages",
                "OPTIONS": {"MAX_ENTRIES": 2000},
            },
        }
    scheme = url.split("://", 1)[0]
    if scheme not in BACKENDS:
        raise ImproperlyConfigured(
            f"TPATLAS_CACHE_URL must start with redis://, rediss:// or memcached://; got {url!r}"
        )
    location = url if scheme.startswith("redis") else url.split("://", 1)[1]
    return {
        alias: {"BACKEND": BACKENDS[scheme], "LOCATION": location, "KEY_PREFIX": f"tpatlas-{alias}"}
        for alias in ("default", "pages")
    }
