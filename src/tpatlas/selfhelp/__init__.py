"""Self-help illustrations: a pose library, tools, arrows and target muscles as data, drawn as SVG.

Pure Python: may import tpatlas.kb and tpatlas.bodychart, never Django or the web layer.
"""

from tpatlas.selfhelp.catalog import Catalog, IllustrationError, load_catalog, load_poses
from tpatlas.selfhelp.render import render
from tpatlas.selfhelp.spec import Illustration

__all__ = ["Catalog", "Illustration", "IllustrationError", "load_catalog", "load_poses", "render"]
