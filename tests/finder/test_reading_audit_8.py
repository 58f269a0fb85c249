"""An eighth reading audit (1 December 2026). With both sides said in one message, a place said
without a side takes the side of the same place said before, or of the place just before it in
one list or one path; never a side nobody said for it. A side said after a place as a side
reaches further ("my neck is stiff on the right"). Regional words and parts said with the leg."""

from __future__ import annotations

import pytest

from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase


def _sides(kb: KnowledgeBase, text: str, kind: str) -> set[str]:
    query, _ = query_from_text(kb.chart, text)
    return {z.split("-", 1)[0] for z in query.zones if z.split("-", 1)[1] == kind}


@pytest.mark.parametrize(
    ("text", "kind", "sides"),
    [
        ("my right hip and thigh hurt, and my left shoulder", "lateral-thigh", {"right"}),
        (
            "pain where my watch sits on the left and it goes up the thumb side of my forearm. "
            "Also the base of my right thumb aches",
            "dorsal-forearm-radial",
            {"left"},
        ),
        (
            "like a line of fire from my left butt cheek down the side of my leg. My right knee is "
            "fine",
            "lateral-thigh",
            {"left"},
        ),
        ("my left hand aches, and my neck is stiff on the right", "posterolateral-neck", {"right"}),
        # no side said for the back, and nothing carries one to it: either side
        (
            "left shoulder pain and my right knee, and my back hurts",
            "lower-lumbar",
            {"left", "right"},
        ),
    ],
)
def test_a_place_without_a_side_takes_only_a_side_said_for_it(
    kb: KnowledgeBase, text: str, kind: str, sides: set[str]
) -> None:
    assert _sides(kb, text, kind) == sides


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("me duele la canilla de la pierna derecha", "upper-shin"),
        ("ma shooder is killing me", "upper-trapezius-ridge"),
        ("pain in the back o ma leg", "posterior-thigh"),
        ("me duele la pechuga", "upper-chest"),
        ("me duele el culete", "mid-buttock"),
        ("me duelen las corvas", "popliteal-fossa"),
    ],
)
def test_regional_words_for_parts(kb: KnowledgeBase, text: str, kind: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert kind in {z.split("-", 1)[1] for z in query.zones}


def test_a_part_of_the_leg_said_with_the_leg_is_the_part(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "pain in my heels of both legs")
    kinds = {z.split("-", 1)[1] for z in query.zones}
    assert "heel-plantar" in kinds and not kinds & {"posterior-thigh", "upper-calf"}
    assert {z.split("-", 1)[0] for z in query.zones} == {"left", "right"}


def test_pain_that_goes_down_to_the_neck_is_the_neck(kb: KnowledgeBase) -> None:
    """ "me baja al cuello" says where it goes, not the lower part of the neck."""
    query, _ = query_from_text(kb.chart, "me duele la cabeza y me baja al cuello")
    kinds = {z.split("-", 1)[1] for z in query.zones}
    assert {"upper-posterior-neck", "posterolateral-neck"} <= kinds


@pytest.mark.parametrize(
    ("text", "numb"),
    [
        ("me duele el hombro cuando estoy dormida", False),
        ("tengo la mano dormida", True),
        ("se me entumen los dedos", True),
        ("my fingers are always sleeping", True),
        ("parestesias en la mano", True),
    ],
)
def test_numbness_in_everyday_words_and_asleep_is_not_numb(
    kb: KnowledgeBase, text: str, numb: bool
) -> None:
    _, understood = query_from_text(kb.chart, text)
    assert ("numbness" in understood.sensations) is numb


@pytest.mark.parametrize(
    ("text", "onset"),
    [
        ("tweaked my back lifting", "strain"),
        ("me lastimé la rodilla", "strain"),
        ("uso una férula de descarga por las noches y me duele la mandíbula", None),
        ("me pusieron una férula en la muñeca", "surgery"),
        ("post-op knee pain", "surgery"),
        ("insidious onset shoulder pain", "gradual"),
        # how a back "goes", pulls, knocks and operations in everyday words
        ("My back went out yesterday when I bent to pick up a sock", "strain"),
        ("Crook lower back, did it lifting a trailer", "strain"),
        ("Groin pull on the right from soccer", "strain"),
        ("Corked my left calf at footy", "strain"),
        ("pain between my shoulder blades after shoveling snow", "strain"),
        ("Me pasó cargando unas cajas de cerveza y me duele la espalda", "strain"),
        ("dolor lumbar post esfuerzo levantando bolsas", "strain"),
        ("Had a hysterectomy in March and my tummy hurts low down", "surgery"),
        ("L ant thigh burning post lap hernia repair", "surgery"),
    ],
)
def test_how_it_started_in_shorthand_and_slang(
    kb: KnowledgeBase, text: str, onset: str | None
) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert query.onset == onset


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        ("pain btwn shoulder blades + L pec", "interscapular", {"infraspinous"}),
        ("Copped a knee to the right thigh at footy", "anterior-thigh", {"patella"}),
        (
            "from my backside down to my foot, like toothache in the leg",
            "mid-buttock",
            {"upper-teeth", "chin"},
        ),
        (
            "Pain in the meaty part of my thumb, lots of lifting her under the arms",
            "thenar",
            {"posterior-axilla", "lateral-chest"},
        ),
        ("Me duelen las corvas de las dos piernas", "popliteal-fossa", {"posterior-thigh"}),
        ("Me duele el huesito de atrás del pie, el talón", "heel-back", {"coccyx"}),
        ("Tengo dolor en la cola, el huesito, y en la espalda", "coccyx", set()),
        (
            "Sciatica they say, but the pain is on the outside of my left hip",
            "lateral-hip",
            {"posterior-thigh", "upper-calf"},
        ),
        (
            "Chiro says L5 but I'm not convinced. Pain in my left butt cheek",
            "mid-buttock",
            {"lower-lumbar"},
        ),
    ],
)
def test_blows_comparisons_shorthand_and_small_bones(
    kb: KnowledgeBase, text: str, read: str, not_read: set[str]
) -> None:
    query, _ = query_from_text(kb.chart, text)
    kinds = {z.split("-", 1)[1] for z in query.zones}
    assert read in kinds and not kinds & not_read


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("R SIJ pain after lifting a tyre", "sacroiliac"),
        ("Pain 1st MTP + sesamoid region, ballet dancer", "big-toe-plantar"),
    ],
)
def test_clinical_shorthand_for_joints(kb: KnowledgeBase, text: str, kind: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert kind in {z.split("-", 1)[1] for z in query.zones}


@pytest.mark.parametrize(
    ("text", "aggravator"),
    [
        ("my buttock aches after long drives", "sitting"),
        ("dolor lumbar, agrava la sedestación prolongada", "sitting"),
        ("my neck hurts since painting ceilings all week", "overhead"),
        ("me duele el codo al coger peso", "lifting"),
        ("the top of my foot hurts since I started hiking in new boots", "walking"),
        # the same in Spanish notes and everyday Spanish
        ("dolor en cara lateral de rodilla, empeora en decúbito lateral", "night"),
        ("me duele el hombro cuando tiendo la ropa", "overhead"),
        ("Lumbago agudo tras coger a mi hijo en brazos", "lifting"),
        ("me duele el talón tras una carrera popular", "running"),
        ("me duele la cadera desde que empecé spinning", "cycling"),
        ("dolor lumbar, trabajo de conductor de autobús", "sitting"),
    ],
)
def test_what_makes_it_worse_in_everyday_and_clinical_words(
    kb: KnowledgeBase, text: str, aggravator: str
) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert aggravator in query.aggravators


def _kinds(kb: KnowledgeBase, text: str) -> set[str]:
    query, _ = query_from_text(kb.chart, text)
    return {z.split("-", 1)[1] for z in query.zones}


def _assert_read(kb: KnowledgeBase, text: str, read: set[str], not_read: set[str]) -> None:
    """The places ``read`` are read from ``text``, and none of ``not_read``."""
    kinds = _kinds(kb, text)
    assert read <= kinds, kinds
    assert not kinds & not_read, kinds


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        # directions in clinical shorthand (finder/shorthand.py), with a side letter before them
        ("L lat hip pain radiating to lat knee", {"lateral-hip", "lateral-knee"}, {"medial-knee"}),
        (
            "c/o pain @ lat epicondyle + 1st dorsal web space",
            {"lateral-epicondyle"},
            {"mid-thoracic"},
        ),
        (
            "sore post thigh after sprint, med knee pain too",
            {"posterior-thigh", "medial-knee"},
            set(),
        ),
        ("Pain in left side neck radiating to left shoulder", {"posterolateral-neck"}, {"flank"}),
        # a test of a part, a reach behind, a kick with a part, tight clothes: not places
        (
            "The ache starts in my left buttock. GP wants an MRI of my lower back.",
            {"mid-buttock"},
            {"lower-lumbar", "loin"},
        ),
        (
            "L shoulder pain, difficulty dressing and reaching behind back",
            {"anterior-shoulder"},
            {"lower-lumbar", "mid-thoracic"},
        ),
        (
            "Pain inside my right knee. Kicking with the inside of the foot hurts the most.",
            {"medial-knee"},
            {"instep", "foot-top-medial"},
        ),
        (
            "numbness R lat thigh, agg prolonged standing & tight waistbands",
            {"lateral-thigh"},
            {"lower-lumbar", "posterior-iliac-crest"},
        ),
    ],
)
def test_clinical_directions_and_what_is_not_where_it_hurts(
    kb: KnowledgeBase, text: str, read: set[str], not_read: set[str]
) -> None:
    _assert_read(kb, text, read, not_read)


def test_a_side_letter_before_a_direction_is_the_side(kb: KnowledgeBase) -> None:
    assert _sides(kb, "L lat hip pain", "lateral-hip") == {"left"}
    assert _sides(kb, "R ant shoulder pain", "anterior-shoulder") == {"right"}


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        # Spanish clinical notes: the limbs by their initials, clinical place names, exercises
        ("Cervicalgia con irradiación a MSD hasta 1er y 2º dedo", {"lateral-upper-arm"}, set()),
        ("dolor lumbar irradiado a miembro pelvico izq", {"posterior-thigh"}, set()),
        ("Gonalgia izq, dolor en pata de ganso", {"upper-medial-shin"}, set()),
        ("Me duele el hueso de la risa del codo izquierdo", {"medial-epicondyle"}, set()),
        (
            "Dolor inguinal dcho, futbolista, agrava al chutar y en abdominales",
            {"groin"},
            {"mid-abdomen", "periumbilical"},
        ),
    ],
)
def test_spanish_clinical_words_for_places(
    kb: KnowledgeBase, text: str, read: set[str], not_read: set[str]
) -> None:
    _assert_read(kb, text, read, not_read)


def test_dysaesthesia_is_a_sensation(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "Dolor en región glútea izda. Refiere disestesias.")
    assert "numbness" in query.sensations


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        # a broad part, a comma, and where in it: the broad word adds nothing more
        ("pain in my back, between the shoulder blades", {"interscapular"}, {"lower-lumbar"}),
        ("Me duele la espalda, entre los omóplatos", {"interscapular"}, {"lower-lumbar"}),
        ("my back hurts, up between my shoulder blades", {"interscapular"}, {"lower-lumbar"}),
        ("pain in my leg, behind the knee", {"popliteal-fossa"}, {"lateral-thigh"}),
        # listed, they stay two places
        (
            "my back hurts all over, and my left shoulder blade",
            {"infraspinous", "lower-lumbar"},
            set(),
        ),
        ("my leg hurts, and my knee", {"patella", "lateral-thigh"}, set()),
    ],
)
def test_a_broad_part_then_where_in_it(
    kb: KnowledgeBase, text: str, read: set[str], not_read: set[str]
) -> None:
    _assert_read(kb, text, read, not_read)


@pytest.mark.parametrize(
    ("text", "onset", "numb"),
    [
        ("low back pain, after bending to pick up grandkid", "strain", False),
        ("I slipped on ice and landed on my butt. My tailbone hurts", "strain", False),
        ("I hurt my right shoulder throwing a baseball", "strain", False),
        ("Me duele la pantorrilla desde que hice un pique en el partido", "strain", False),
        ("groin pain, been getting worse over a year", "gradual", False),
        # a back that goes numb, a slipped disc: no injury said
        ("my back went numb after sitting", None, True),
        ("I have a slipped disc and my back hurts", None, False),
        # clinical shorthand for numbness and tingling, and a denial of it
        ("R shoulder pain. N/T thumb/index.", None, True),
        ("Pt denies N/T. Sharp pain L lat hip", None, False),
        ("Denies numbness per my last doc, but honestly my toes feel dead", None, True),
        # "al chutar" is what makes it worse, not how it began
        ("Dolor inguinal, agrava al chutar", None, False),
        # onset in notes, a house move
        ("R QL + R SIJ pain, onset lifting tyre 5/7 ago", "strain", False),
        (
            "It wraps round to my belly. Started after I moved house and carried boxes",
            "strain",
            False,
        ),
    ],
)
def test_how_it_began_and_numbness_in_notes(
    kb: KnowledgeBase, text: str, onset: str | None, numb: bool
) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert query.onset == onset
    assert ("numbness" in query.sensations) == numb


def test_a_pain_that_drives_me_crazy_is_no_driving(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "the pain in my hip drives me crazy")
    assert "sitting" not in query.aggravators
