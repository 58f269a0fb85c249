"""Courses as learners take them: enrolments, lesson progress with time on task measured on the
server, and assessment attempts. Course definitions come from tpatlas.ce (YAML) by
`tpatlas courses sync`; the rules (drawing, scoring, when to retry) are tpatlas.ce.attempts.
"""
