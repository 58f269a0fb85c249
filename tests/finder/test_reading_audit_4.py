"""A fourth reading audit, in everyday English as it is typed in the US, UK, Ireland, Australia,
Canada and India: long stories of three to five places with their sides and circumstances ("desk
job, 8 hrs a day. upper back between my shoulder blades burns, my neck aches at the base of my
skull and my right forearm is sore from the mouse"), places said in the singular ("my toe", "a
finger", "my rib", "my tooth"), lay and gym words ("my tum", "my noggin", "my wee toe", "my front
delts", "the crease between my leg and my tummy", "near my belt"), slips of the fingers that
fuzzy matching misses ("my thum", "my elbo", "sore wirst"), and the shoulder as a place of its
own beside the shoulder blade, the armpit and the upper back ("my shoulder blade and my shoulder
hurt"). Words that are no places (postures, tools, other people, idioms, treatments) stay out."""

from __future__ import annotations

import pytest

from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase


def _read(kb: KnowledgeBase, text: str) -> tuple[set[str], set[str]]:
    """The sided zones read, and their kinds."""
    zones = set(understand(text, kb.chart).zones)
    return zones, {z.split("-", 1)[1] for z in zones}


def _said(zones: set[str], place: str) -> bool:
    """``place`` is a kind ("patella": on either side), or a kind on one side ("left-patella":
    there and not on the other side), or on both ("both-patella")."""
    side, _, kind = place.partition("-")
    if side == "both":
        return {f"left-{kind}", f"right-{kind}"} <= zones
    if side in ("left", "right"):
        other = "right" if side == "left" else "left"
        return place in zones and f"{other}-{kind}" not in zones
    return any(f"{s}-{place}" in zones for s in ("left", "right"))


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        # long stories: every place, each on its side
        (
            "started as a stiff neck on the right, now my right shoulder aches and i get tingling "
            "down my arm into my thumb and index finger",
            {
                "right-lower-posterior-neck",
                "right-anterior-shoulder",
                "right-anterior-upper-arm",
                "right-palmar-fingers-radial",
            },
            set(),
        ),
        (
            "desk job, 8 hrs a day. upper back between my shoulder blades burns, my neck aches at "
            "the base of my skull and my right forearm is sore from the mouse",
            {"interscapular", "suboccipital", "right-volar-forearm-radial"},
            set(),
        ),
        (
            "i play tennis and my right shoulder hurts at the back, my right elbow on the outside "
            "and my left knee after matches",
            {"right-posterior-shoulder", "right-lateral-epicondyle", "left-patella"},
            set(),
        ),
        (
            "runner here. pain starts in my right hip on the outside, runs down the side of my "
            "thigh to the outside of my knee",
            {"right-lateral-hip", "right-lateral-thigh", "right-lateral-knee"},
            {"medial-knee"},
        ),
        (
            "sciatica on the right: buttock, back of the thigh, outside of the calf and the top of "
            "my foot",
            {
                "right-mid-buttock",
                "right-posterior-thigh",
                "right-upper-lateral-calf",
                "right-foot-top-medial",
            },
            set(),
        ),
        (
            "i have fibro, my neck, my shoulders, my lower back and my hips all hurt on both sides",
            {
                "both-upper-posterior-neck",
                "both-anterior-shoulder",
                "both-upper-lumbar",
                "both-lateral-hip",
            },
            set(),
        ),
        (
            "after my fall on the ice my left wrist is swollen, my tailbone hurts to sit and my "
            "right hip is bruised",
            {"left-volar-wrist", "coccyx", "right-lateral-hip"},
            set(),
        ),
        (
            "pain in my left chest near the armpit, then under my left shoulder blade and down the "
            "inside of my arm",
            {"left-lateral-chest", "left-inferior-scapula", "left-anterior-upper-arm"},
            set(),
        ),
        (
            "cyclist, after long rides my lower back, the front of my knees and my neck hurt and "
            "my hands go numb",
            {"upper-lumbar", "patella", "upper-posterior-neck", "palm-ulnar"},
            set(),
        ),
        (
            "nurse on night shifts. my feet ache, my calves are tight, my lower back hurts and my "
            "shoulders are in knots",
            {"instep", "upper-calf", "upper-lumbar", "anterior-shoulder"},
            set(),
        ),
        (
            "my neck hurts at the back, it goes up into the back of my head and down into my right "
            "shoulder blade",
            {"upper-posterior-neck", "occiput", "right-infraspinous"},
            set(),
        ),
        (
            "driving for work, my right hip and the outside of my right thigh ache and my left "
            "knee is stiff from the clutch",
            {"right-lateral-hip", "right-lateral-thigh", "left-patella"},
            set(),
        ),
        (
            "pain in my left jaw, left ear and down the side of my neck to my collarbone",
            {"left-jaw-angle", "left-ear-mastoid", "left-anterolateral-neck", "left-clavicle"},
            set(),
        ),
        (
            "pain in my right elbow on the inside, going down my forearm into my ring and little "
            "fingers",
            {"right-medial-epicondyle", "right-volar-forearm-ulnar", "right-palmar-fingers-ulnar"},
            {"lateral-epicondyle"},
        ),
        (
            "weightlifter: lower back tight after deadlifts, right SI joint sore, left hip flexor "
            "pinches",
            {"upper-lumbar", "right-sacroiliac", "left-anterior-hip"},
            set(),
        ),
        (
            "pain around my left shoulder blade, in my left armpit and down the back of my left "
            "arm to the elbow",
            {"left-infraspinous", "left-posterior-axilla", "left-posterior-upper-arm"},
            set(),
        ),
        (
            "i fell off my bike onto my right side, my right shoulder, my right ribs and my right "
            "hip are bruised",
            {"right-anterior-shoulder", "right-lateral-chest", "right-lateral-hip"},
            set(),
        ),
        (
            "right side of my neck, top of my right shoulder and down the outside of my right arm "
            "to the back of my hand",
            {
                "right-posterolateral-neck",
                "right-upper-trapezius-ridge",
                "right-lateral-upper-arm",
                "right-dorsal-hand-radial",
            },
            set(),
        ),
        (
            "madam i am having pain in my right side neck since 2 months and it is coming to right "
            "shoulder and right hand also",
            {"right-upper-posterior-neck", "right-anterior-shoulder", "right-palm-ulnar"},
            set(),
        ),
        (
            "i am suffering from lower back pain which is radiating to my left leg upto my foot",
            {"upper-lumbar", "left-posterior-thigh", "left-instep"},
            set(),
        ),
        (
            "my back's been crook for a week, low down on the right, into my bum",
            {"right-upper-lumbar", "right-mid-buttock"},
            set(),
        ),
        (
            "pain in left side of neck left shoulder blade left arm and left index finger tingling",
            {
                "left-posterolateral-neck",
                "left-infraspinous",
                "left-anterior-upper-arm",
                "left-palmar-fingers-radial",
            },
            set(),
        ),
        (
            "hip pain right side outer part also thigh outer side and knee outer side when "
            "climbing stairs",
            {"right-lateral-hip", "right-lateral-thigh", "right-lateral-knee"},
            set(),
        ),
        (
            "i had a car accident, whiplash, now my neck, between my shoulder blades and my lower "
            "back hurt",
            {"upper-posterior-neck", "interscapular", "upper-lumbar"},
            set(),
        ),
        (
            "pain in my left buttock, left hip and down the outside of my left leg to the ankle",
            {"left-mid-buttock", "left-lateral-hip", "left-lateral-thigh", "left-anterior-ankle"},
            set(),
        ),
        (
            "my knee hurts on the inside, my groin hurts and my inner thigh is tight, all on the "
            "left",
            {"left-medial-knee", "left-groin", "left-medial-thigh"},
            set(),
        ),
        (
            "pain in the back of my left shoulder and the back of my left arm to the elbow",
            {"left-posterior-shoulder", "left-posterior-upper-arm", "left-olecranon"},
            set(),
        ),
        (
            "i walk a lot for work, my right heel, the arch of my right foot and my right calf are "
            "all sore",
            {"right-heel-plantar", "right-instep", "right-upper-calf"},
            set(),
        ),
        (
            "ache in my right lower back which spreads to the side of my right hip and to my groin",
            {"right-upper-lumbar", "right-lateral-hip", "right-groin"},
            set(),
        ),
        (
            "pain in the arch and heel of my left foot and the back of my left ankle",
            {"left-instep", "left-heel-plantar", "left-achilles"},
            set(),
        ),
        # the shoulder beside the shoulder blade, the armpit and the upper back: two places
        ("my shoulder blade and my shoulder hurt", {"infraspinous", "anterior-shoulder"}, set()),
        (
            "my shoulder and my armpit on the right",
            {"right-anterior-shoulder", "right-posterior-axilla"},
            set(),
        ),
        (
            "upper back and shoulders ache after rowing",
            {"upper-interscapular", "anterior-shoulder", "upper-trapezius-ridge"},
            set(),
        ),
        (
            "my upper back on the left side and my left shoulder hurt when i breathe deeply",
            {"left-upper-interscapular", "left-anterior-shoulder"},
            set(),
        ),
        (
            "my upper back between the shoulder blades, both shoulders and the back of my neck "
            "ache by the end of my shift",
            {"interscapular", "both-anterior-shoulder", "upper-posterior-neck"},
            set(),
        ),
        # a place said after a spreading verb and "on the right" keeps the place before it
        (
            "neck pain on the right that goes into my shoulder blade and then down my arm to my "
            "hand",
            {
                "right-upper-posterior-neck",
                "right-infraspinous",
                "right-anterior-upper-arm",
                "right-palm-ulnar",
            },
            set(),
        ),
        # places said in the singular
        ("pain in my toe", {"big-toe-top", "lesser-toes-top"}, set()),
        ("my second toe on the left is sore", {"left-lesser-toes-top"}, {"big-toe-top"}),
        ("pain in my finger when i bend it", {"palmar-fingers-radial"}, set()),
        ("my tooth hurts on the right", {"right-upper-teeth", "right-chin"}, set()),
        ("pain in my rib when i cough", {"lateral-chest", "posterior-ribs"}, set()),
        (
            "pain in my rib on the left at the back",
            {"left-posterior-ribs"},
            {"upper-lumbar", "lower-lumbar"},
        ),
        ("pain in my floating rib on the right", {"right-lower-posterior-ribs"}, set()),
        ("wisdom tooth pain on the left", {"left-upper-teeth", "left-jaw-angle"}, set()),
        (
            "cracked rib feeling on my left side under the arm",
            {"left-lateral-chest"},
            {"lower-anterior-arm", "lower-posterior-arm"},
        ),
        # lay, regional and gym words
        ("my noggin is pounding", {"forehead", "occiput"}, set()),
        ("sore tum since tea", {"periumbilical"}, set()),
        ("my wee toe is sore", {"lesser-toes-top"}, {"big-toe-top"}),
        ("my tootsies are sore", {"big-toe-top", "lesser-toes-top"}, set()),
        (
            "my delts are sore from the overhead press",
            {"anterior-shoulder", "lateral-upper-arm"},
            set(),
        ),
        ("my front delts are sore", {"anterior-shoulder"}, {"posterior-shoulder"}),
        ("my scalenes are tight on the right", {"right-anterolateral-neck"}, set()),
        ("my ass is numb after the drive", {"mid-buttock"}, set()),
        ("pain in my crotch after cycling", {"groin", "suprapubic"}, set()),
        ("sore under my bust on the left", {"left-lower-chest"}, set()),
        ("pain in my earlobe", {"ear-mastoid"}, set()),
        (
            "pain in my left bottom cheek and down the back of my leg",
            {"left-mid-buttock", "left-posterior-thigh"},
            {"cheek"},
        ),
        (
            "pain in the crease between my leg and my tummy",
            {"groin", "anterior-hip"},
            {"periumbilical", "posterior-thigh"},
        ),
        ("pain where my leg meets my body at the front", {"groin"}, {"posterior-thigh"}),
        (
            "pelvic girdle pain, pregnant, worst at the back",
            {"sacroiliac", "suprapubic"},
            set(),
        ),
        (
            "my back hurts between my shoulder blades and also low down near my belt",
            {"interscapular", "posterior-iliac-crest", "lower-lumbar"},
            set(),
        ),
        (
            "toothache in my bottom teeth on the right but the dentist found nothing",
            {"right-chin"},
            {"upper-teeth"},
        ),
        ("pain in my tummy button", {"periumbilical"}, {"lower-abdomen"}),
        ("my lats are killing me after the rowing machine", {"posterior-axilla"}, set()),
        ("pain in the small of my back on the right", {"right-lower-lumbar"}, set()),
        ("my hip is giving me gyp", {"lateral-hip"}, set()),
        ("pain in my tush", {"mid-buttock"}, set()),
        ("my nape is stiff", {"upper-posterior-neck"}, set()),
        ("my glutes are sore on both sides", {"both-mid-buttock"}, set()),
        ("pain in my pinkie toe", {"lesser-toes-top"}, {"big-toe-top"}),
        ("pain in the webbing between my thumb and index finger", {"dorsal-hand-radial"}, set()),
        ("pain in the crook of my arm when i straighten it", {"lower-anterior-arm"}, set()),
        ("sore sit bones from cycling", {"gluteal-fold"}, set()),
        ("pain on my hip bone at the back", {"posterior-iliac-crest"}, {"lower-abdomen"}),
        ("kidney area hurts on the left", {"left-loin"}, set()),
        ("my love handles ache after deadlifts", {"flank", "loin"}, set()),
        # slips of the fingers
        ("my thum hurts", {"thenar"}, set()),
        ("hurts in my elbo", {"lateral-epicondyle", "olecranon"}, set()),
        ("sore wirst from typing", {"volar-wrist", "dorsal-wrist"}, set()),
        ("pain in my ankel", {"lateral-ankle"}, set()),
        ("my kness hurt", {"patella"}, set()),
        ("pain in my nek and sholders", {"upper-posterior-neck", "anterior-shoulder"}, set()),
        ("my bak hurts", {"upper-lumbar"}, set()),
        ("sore spien", {"mid-thoracic", "lower-lumbar"}, {"temple"}),
        ("painn in my left shouldr blade", {"left-infraspinous"}, set()),
        ("pain in the middel of my back", {"mid-thoracic"}, {"upper-lumbar"}),
        ("lower bak pain on rite side", {"upper-lumbar"}, set()),
        # sides said in different ways
        ("right-sided neck pain", {"right-upper-posterior-neck"}, set()),
        ("pain on the right hand side of my lower back", {"right-upper-lumbar"}, set()),
        ("my knee, the left one, hurts", {"left-patella"}, set()),
        ("left hip, right knee", {"left-lateral-hip", "right-patella"}, set()),
        ("pain on my left, in the hip", {"left-lateral-hip"}, set()),
        ("bilateral knee pain", {"both-patella"}, set()),
        ("the knee on my right leg hurts", {"right-patella"}, set()),
        ("pain in my dominant hand, the right one", {"right-palm-ulnar"}, set()),
        ("my l knee hurts", {"left-patella"}, set()),
        ("pain behind my rt knee", {"right-popliteal-fossa"}, {"patella"}),
        ("pain in both knees esp the left", {"both-patella"}, set()),
        # words that are no places: postures, tools, other people, idioms, treatments
        ("my lower back hurts when i bend over to tie my shoes", {"upper-lumbar"}, {"instep"}),
        ("shoulder hurts when i reach behind my back", {"anterior-shoulder"}, {"upper-lumbar"}),
        (
            "my neck hurts when i look over my shoulder while reversing",
            {"upper-posterior-neck"},
            {"anterior-shoulder", "posterior-shoulder"},
        ),
        ("my knee hurts when i sit with my legs crossed", {"patella"}, {"posterior-thigh"}),
        ("my elbow hurts when i shake hands", {"lateral-epicondyle"}, {"palm-ulnar"}),
        ("my shoulder hurts when i brush my hair", {"anterior-shoulder"}, {"vertex"}),
        ("my neck hurts, my wife's back is bad too", {"upper-posterior-neck"}, {"upper-lumbar"}),
        (
            "my boss is a pain in the neck but its my lower back that hurts",
            {"upper-lumbar"},
            {"upper-posterior-neck"},
        ),
        (
            "my knee hurts, it cost an arm and a leg at the physio",
            {"patella"},
            {"anterior-upper-arm"},
        ),
        ("feels like a hand squeezing my calf", {"upper-calf"}, {"palm-ulnar"}),
        ("my knee doesnt hurt but my ankle does", {"anterior-ankle"}, {"patella"}),
        ("not my knee, its my shin", {"upper-shin"}, {"patella"}),
        ("my hand is fine but my elbow hurts", {"lateral-epicondyle"}, {"palm-ulnar"}),
        ("ankle hurts when i point my toes", {"anterior-ankle"}, {"big-toe-top"}),
        ("pain in my shin when i'm on my feet all day", {"upper-shin"}, {"instep"}),
        (
            "sitting with my wallet in my back pocket my buttock hurts",
            {"mid-buttock"},
            {"upper-lumbar"},
        ),
        ("when i lie on my back my tailbone hurts", {"coccyx"}, {"upper-lumbar"}),
        (
            "it hurts to put my arm behind my back, in the front of my shoulder",
            {"anterior-shoulder"},
            {"upper-lumbar", "anterior-upper-arm"},
        ),
        (
            "i have a few marathons under my belt and my knee hurts",
            {"patella"},
            {"posterior-iliac-crest"},
        ),
        ("my jaw aches when i chew gum", {"jaw-angle"}, {"upper-teeth", "chin"}),
        ("i sleep with my arm under my pillow and my shoulder hurts", {"anterior-shoulder"}, set()),
        ("a thumb sized sore spot in my lower back", {"upper-lumbar"}, {"thenar"}),
    ],
)
def test_read_as_a_therapist_would(
    kb: KnowledgeBase, text: str, read: set[str], not_read: set[str]
) -> None:
    zones, kinds = _read(kb, text)
    assert all(_said(zones, place) for place in read), (text, sorted(zones))
    assert not kinds & not_read, (text, sorted(kinds & not_read))


@pytest.mark.parametrize(
    ("text", "not_read"),
    [
        # ordinary words near the new places stay ordinary
        ("the pain arose in my knee after blood tests", {"mid-buttock"}),
        ("i ate spare ribs and now my stomach hurts", {"upper-teeth"}),
        ("my jaw aches when i chew gum", {"upper-teeth", "chin"}),
        ("i cant put my finger on where it hurts but its my lower back", {"palmar-fingers-radial"}),
        ("i wear a wrist brace but my elbow hurts", {"volar-wrist"}),
    ],
)
def test_ordinary_words_are_not_read_as_the_new_places(
    kb: KnowledgeBase, text: str, not_read: set[str]
) -> None:
    _, kinds = _read(kb, text)
    assert kinds and not kinds & not_read, (text, sorted(kinds))
