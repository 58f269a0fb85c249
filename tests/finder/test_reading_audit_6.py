"""A sixth reading audit (1 December 2026): long real-life messages and telegraphic notes in
English and Spanish. Real words next to place words are not misspellings ("I heard a pop",
"footy", "las patillas de las gafas", "espondilitis"); a crash, dressing, a diagnosis by spinal
level, a scan and what is worn on a part are not places ("rear-ended", "can't do up my bra",
"L5-S1 disc", "una resonancia lumbar", "my wrist splint", "fell onto my outstretched hand");
"entre las escápulas" places the back; the fingers of a foot said before them are toes; "el
tirante del sujetador" and "bra straps" are on the shoulders; "el coco" is the head."""

from __future__ import annotations

import pytest

from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase


def _kinds(kb: KnowledgeBase, text: str) -> set[str]:
    return {z.split("-", 1)[1] for z in understand(text, kb.chart).zones}


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        ("I heard a pop in my knee", {"patella"}, {"forehead", "occiput"}),
        ("footy on saturday and my knee hurts", {"patella"}, {"instep"}),
        ("the remote is handy and my wrist hurts", {"dorsal-wrist"}, {"thenar"}),
        ("me duelen las patillas de las gafas en la sien", {"temple"}, {"supraspinous"}),
        ("tengo espondilitis y me duele la espalda", {"lower-lumbar"}, {"lateral-epicondyle"}),
        ("Rear-ended last week, now my neck hurts", {"posterolateral-neck"}, {"mid-buttock"}),
        ("dolor de espalda entre las escápulas", {"interscapular"}, {"lower-lumbar"}),
        ("Can't do up my bra because of my left shoulder", {"anterior-shoulder"},
         {"mid-thoracic"}),
        ("L5-S1 disc, pain only in my left calf", {"upper-calf"}, {"lower-lumbar", "sacrum"}),
        ("hernia discal L4-L5 y me duele la pierna", {"posterior-thigh"}, {"lower-lumbar"}),
        ("me pidió una resonancia lumbar y me duele la rodilla", {"patella"}, {"lower-lumbar"}),
        ("me duelen los pies por la planta y los dedos", {"lesser-toes-plantar"},
         {"palmar-fingers-radial"}),
        ("me duele la planta del pie, sobre todo debajo de los dedos", {"lesser-toes-plantar"},
         {"palmar-fingers-ulnar"}),
        ("me duele la parte de arriba de los dedos del pie", {"lesser-toes-top"},
         {"dorsal-fingers-ulnar"}),
        ("me duele el pie y los dedos de la mano", {"palmar-fingers-ulnar"}, {"lesser-toes-top"}),
        ("My bra straps dig into my shoulders and they ache", {"upper-trapezius-ridge"},
         {"mid-thoracic"}),
        ("el tirante del sujetador me marca en el hombro", {"upper-trapezius-ridge"},
         {"mid-thoracic"}),
        ("I fell onto my outstretched hand and now my wrist hurts", {"volar-wrist"}, {"thenar"}),
        ("My wrist splint helps but the pain is really in my thumb", {"thenar"},
         {"dorsal-wrist"}),
        ("me duele el coco de tanto estudiar", {"temple"}, set()),
        ("my bicep is sore near the elbow", {"lower-anterior-arm"},
         {"olecranon", "lower-posterior-arm"}),
        # a limb part's back, a side after the part, places named by what is worn there
        ("my heels hurt after football, at the back and underneath", {"heel-back"},
         {"lower-lumbar", "mid-thoracic"}),
        ("right wrist swollen and painful on the back", {"dorsal-wrist"}, {"lower-lumbar"}),
        ("pain in the arch and up the back into my achilles", {"achilles"}, {"lower-lumbar"}),
        ("L knee pain medial side after football", {"medial-knee"}, {"lateral-knee"}),
        ("R knee outside + R hip outside, runner", {"lateral-knee", "lateral-hip"},
         {"medial-knee"}),
        ("neck pain + headache behind the eyes", {"posterolateral-neck", "eye"}, set()),
        ("me duele el cuadril derecho, por el costado", {"lateral-hip"}, {"lateral-chest"}),
        ("me duele la nuca, los hombros y entre las paletas", {"interscapular"}, set()),
        ("it aches where my watch sits on my right wrist", {"dorsal-wrist"}, set()),
        ("tengo dolor donde va el cinturón, en la espalda", {"posterior-iliac-crest"},
         {"mid-thoracic"}),
        # a part said with the limb it is on
        ("my ring finger on the left hand is sore", {"palmar-fingers-ulnar"}, {"thenar"}),
        ("the inner elbow on my right arm has been sore", {"medial-epicondyle"},
         {"anterior-upper-arm"}),
        ("una molestia en la choquezuela de la rodilla", {"patella"}, {"popliteal-fossa"}),
        ("going down stairs my kneecaps ache, both legs", {"patella"}, {"posterior-thigh"}),
        ("my wrist hurts and the heel of the hand too", {"thenar"}, {"heel-plantar"}),
        ("I stubbed my toe on the leg of the bed", {"big-toe-top"}, {"lateral-thigh"}),
        ("my triceps near the elbow aches", {"lower-posterior-arm"}, {"lower-anterior-arm"}),
        # a state or a side said between the part and its direction; worn and fastened things
        ("ankle swollen inside + pain in the arch", {"medial-ankle", "instep"},
         {"lateral-ankle"}),
        ("tobillo hinchado por dentro y dolor en el arco del pie izq", {"medial-ankle"},
         {"lateral-ankle"}),
        ("rodilla dcha por fuera y cadera dcha por fuera, corredor", {"lateral-knee"},
         {"medial-knee"}),
        ("dolor de cuello y cabeza detras de los ojos", {"eye"}, {"occiput"}),
        ("me duele donde se abrocha el sujetador", {"mid-thoracic"}, set()),
        ("me duele donde me roza el anillo", {"palmar-fingers-ulnar"}, set()),
        ("me duele el garrón del pie derecho", {"achilles"}, {"foot-top-medial"}),
        # a stretch said whole after it, or with its limb named just before it
        ("my arm aches from the shoulder down to the wrist, all of it", {"volar-forearm-ulnar",
         "lateral-epicondyle"}, set()),
        ("my arm aches from the shoulder down to the wrist", {"dorsal-forearm-radial"}, set()),
        ("pain from my hip to my knee", {"lateral-hip", "patella"}, {"lateral-thigh"}),
    ],
)  # fmt: skip
def test_read_in_the_sixth_audit(
    kb: KnowledgeBase, text: str, read: set[str], not_read: set[str]
) -> None:
    kinds = _kinds(kb, text)
    assert read <= kinds, (text, kinds)
    assert not kinds & not_read, (text, kinds)


def test_a_part_on_both_limbs_is_on_both_sides(kb: KnowledgeBase) -> None:
    zones = set(understand("stinging pain in the fingertips of both hands", kb.chart).zones)
    assert {"left-palmar-fingers-radial", "right-palmar-fingers-radial"} <= zones
    assert not any(z.endswith("thenar") for z in zones)
    zones = set(understand("my ring finger on the left hand is sore", kb.chart).zones)
    assert zones and all(z.startswith("left-") for z in zones)
