"""The body as data: views, parts, zones and regions, and their SVG drawing.

Pure Python at the bottom of the stack: imports nothing else from tpatlas and never Django.
"""

from tpatlas.bodychart.chart import SIDES, BodyChart, Zone, ZoneKind, load_chart

__all__ = ["SIDES", "BodyChart", "Zone", "ZoneKind", "load_chart"]
