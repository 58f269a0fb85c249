"""Each illustration is a standalone, accessible SVG with no inline style, in both languages."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tpatlas.kb import load_knowledge_base
from tpatlas.selfhelp import load_catalog, load_poses, render
from tpatlas.selfhelp.catalog import slug

SVG = "{http://www.w3.org/2000/svg}"
CATALOG = load_catalog(load_knowledge_base())
KEYS = sorted(CATALOG.illustrations)


@pytest.mark.parametrize("key", KEYS, ids=["/".join(k) for k in KEYS])
def test_every_illustration_renders_with_alt_text_in_english_and_spanish(
    key: tuple[str, str],
) -> None:
    ill = CATALOG.illustrations[key]
    for lang, alt in (("en", ill.alt.en), ("es", ill.alt.es)):
        svg = render(ill, lang)
        root = ET.fromstring(svg)
        assert root.get("viewBox") == "0 0 320 240"
        assert root.get("role") == "img" and root.get("aria-label") == alt
        assert root.find(f"{SVG}title") is not None and root.find(f"{SVG}title").text == alt
        # The site's Content-Security-Policy forbids inline styles: classes only.
        assert "style=" not in svg and "<style" not in svg
        assert root.findall(f".//{SVG}path[@class='muscle']"), "the target muscle is drawn"
        assert root.findall(f".//{SVG}path[@class='o']"), "the figure is drawn"
    assert ill.alt.en != ill.alt.es


def test_items_on_one_pattern_share_the_figure_and_move_the_ball() -> None:
    """Items on one pattern (ball against a wall) share the drawing of the figure; the target
    and the ball are where each item says."""
    from tpatlas.selfhelp.compose import compose

    rhomboids = CATALOG.illustrations[
        (
            "rhomboids",
            slug(
                "Ball pressure on the area between the shoulder blade and the spine, against a wall"
            ),
        )
    ]
    trapezius = CATALOG.illustrations[
        ("trapezius", slug("Ball pressure on the muscle between the shoulder blade and the spine"))
    ]
    a, b = (compose(x.panels[0], CATALOG.poses) for x in (rhomboids, trapezius))

    def body(d: object) -> list[object]:
        return [s for name, shapes in d.layers if name not in ("back", "front", "middle")  # type: ignore[attr-defined]
                for s in shapes if s.cls != "muscle"]  # fmt: skip

    def balls(d: object) -> list[object]:
        return [s.points for name, shapes in d.layers if name == "back"  # type: ignore[attr-defined]
                for s in shapes if s.cls == "tool"]  # fmt: skip

    assert body(a) == body(b)
    assert balls(a) != balls(b)


def test_every_pose_of_the_library_is_used() -> None:
    used = {p.pose for ill in CATALOG.illustrations.values() for p in ill.panels}
    assert set(load_poses()) == used
