"""Continuing education as data and rules: course definitions (schema, catalogue), question
generation, drawing and scoring an attempt, and the certificate issuing rules.

Pure Python: imports tpatlas.kb, never Django. The Django apps (tpatlas.web.accounts,
learning, credentials) store learners' data and call these rules.
"""
