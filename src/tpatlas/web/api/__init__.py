"""The versioned HTTP API (/api/v1/) built with django-ninja; OpenAPI at /api/v1/openapi.json."""
