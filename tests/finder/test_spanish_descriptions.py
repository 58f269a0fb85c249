"""Whole Spanish patient descriptions, from Spain and Latin America, formal and colloquial, some
with typos or no accents: the places named, the side, and the context (what makes it worse, how
it began, numbness or tingling) are read as a clinician would read them."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase


class Case(NamedTuple):
    text: str
    expected: set[str]  # zone kinds that must be read
    not_expected: set[str]  # zone kinds a misreading would give
    side: str | None  # "left", "right", "both", or None when no side is said
    aggravators: set[str]
    onset: str | None
    numbness: bool


# One case per entry: text, then expected kinds, kinds a misreading would give, side,
# aggravators, onset, numbness.
# fmt: off
CASES = [
    Case("Me duele la zona lumbar del lado derecho cuando llevo mucho rato sentada",
         {"lower-lumbar"},
         {"mid-thoracic", "upper-interscapular"}, "right", {"sitting"}, None, False),
    Case("Me duele detrás del ojo izquierdo, como si me apretaran",
         {"eye"}, set(), "left", set(), None, False),
    Case("Tengo dolor en la mejilla izquierda, cerca de la nariz",
         {"cheek"}, set(), "left", set(), None, False),
    Case("Tengo el cuello rígido y no puedo girar la cabeza, me levanté así por la mañana",
         {"posterolateral-neck"}, set(), None, set(), None, False),
    # work at the computer is sitting, as "desk" is
    Case("Me duele entre el cuello y el hombro, en el trapecio, cuando trabajo con el ordenador",
         {"upper-trapezius-ridge"}, {"lower-lumbar", "patella"}, None, {"sitting"}, None, False),
    Case("Me duele la parte de atrás del hombro izquierdo por la noche cuando me acuesto sobre él",
         {"posterior-shoulder"}, {"lower-lumbar", "patella"}, "left", {"night"}, None, False),
    Case("Me duele entre las paletillas desde que cargo a mi bebé",
         {"interscapular"}, set(), None, {"lifting"}, None, False),
    # where a fall happened is how it began, not what makes it worse (no stairs, no cycling)
    Case("Dolor en las costillas del lado derecho desde que me caí por las escaleras",
         {"lateral-chest"}, set(), "right", set(), "strain", False),
    Case("Dolor en la ingle derecha al correr y al levantar la pierna",
         {"groin"}, {"palm-ulnar", "thenar", "upper-lumbar"}, "right", {"running"}, None, False),
    Case("Me duele la espalda baja cuando me levanto de la silla",
         {"lower-lumbar"}, {"anterior-thigh", "patella"}, None, {"sitting"}, None, False),
    Case("Me duele la parte alta de la espalda, entre los hombros, al final del día",
         {"upper-interscapular"},
         {"anterior-thigh", "lower-lumbar", "patella"}, None, set(), None, False),
    Case("Tengo ciática en la pierna izquierda con hormigueo hasta el pie",
         {"mid-buttock"}, {"palm-ulnar", "thenar"}, "left", set(), None, True),
    Case("Me duele el costado de la cadera al dormir de lado",
         {"lateral-hip"}, {"upper-interscapular"}, None, {"night"}, None, False),
    Case("Me duele la parte de atrás del muslo cuando corro",
         {"posterior-thigh"}, {"upper-lumbar"}, None, {"running"}, None, False),
    Case("Tengo dolor en la rodilla izquierda por dentro cuando corro",
         {"medial-knee"}, {"lower-lumbar", "upper-lumbar"}, "left", {"running"}, None, False),
    Case("Me duele el gemelo izquierdo desde que sentí un pinchazo jugando al pádel",
         {"upper-calf"}, {"volar-wrist"}, "left", set(), "strain", False),  # a sudden twinge
    Case("Tengo un esguince de tobillo y me duele al caminar",
         {"lateral-ankle"}, {"volar-wrist"}, None, {"walking"}, "strain", False),
    Case("Tengo un juanete en el pie derecho que me duele al caminar",
         {"ball-medial"}, {"palm-ulnar", "thenar"}, "right", {"walking"}, None, False),
    Case("Me duele el brazo derecho por la parte de fuera",
         {"lateral-upper-arm"}, {"patella"}, "right", set(), None, False),
    Case("Tengo codo de tenista desde hace meses",
         {"lateral-epicondyle"}, {"patella"}, None, set(), "gradual", False),
    Case("Me duele la muñeca derecha al escribir en el teclado",
         {"volar-wrist"}, {"lateral-ankle"}, "right", set(), None, False),
    Case("Dolor en el dorso de la mano derecha",
         {"dorsal-hand-radial"}, {"heel-plantar", "instep"}, "right", set(), None, False),
    Case("me duele la espalda desde que me cai de la bici",
         {"upper-lumbar"}, {"anterior-thigh", "patella"}, None, set(), "strain", False),
    Case("me duele el cuelo desde hace dias",
         {"upper-posterior-neck"}, set(), None, set(), None, False),
    Case("me duele la rodiya cuando subo las escaleras",
         {"patella"}, {"upper-lumbar"}, None, {"stairs"}, None, False),
    Case("Me duele la espalda de repente al agacharme a coger a mi hijo",
         {"upper-lumbar"}, {"anterior-thigh", "patella"}, None, {"lifting"}, None, False),
    Case("Me dio un tirón en la espalda al levantar una caja pesada",
         {"upper-lumbar"}, {"anterior-thigh", "patella"}, None, {"lifting"}, "strain", False),
    Case("De repente sentí un pinchazo en el gemelo mientras corría",
         {"upper-calf"}, {"volar-wrist"}, None, {"running"}, "strain", False),
    Case("Me duele la rodilla cuando ando mucho",
         {"patella"}, {"lower-lumbar", "upper-lumbar"}, None, {"walking"}, None, False),
    Case("Cuando salgo con la bicicleta me duele la zona lumbar",
         {"lower-lumbar"}, {"mid-thoracic", "upper-interscapular"}, None, {"cycling"}, None, False),
    Case("Me duele el cuello al tender la ropa",
         {"upper-posterior-neck"}, set(), None, {"overhead"}, None, False),
    Case("El dolor de cadera me despierta por la noche",
         {"lateral-hip"},
         {"palm-ulnar", "thenar", "upper-interscapular"}, None, {"night"}, None, False),
    Case("Después de estar mucho tiempo sentado en el escritorio me duele el cuello",
         {"upper-posterior-neck"}, set(), None, {"sitting"}, None, False),
    Case("Me duele la rodilla al subir y bajar escaleras desde que me caí",
         {"patella"}, {"lower-lumbar", "upper-lumbar"}, None, {"stairs"}, "strain", False),
    Case("Tengo dolor en el hombro por sobrecarga, hago natación todos los días",
         {"anterior-shoulder"}, {"lower-lumbar", "patella"}, None, set(), "overuse", False),
    Case("Después de la cirugía de hombro tengo dolor en el brazo",
         {"anterior-upper-arm"}, {"lower-lumbar", "patella"}, None, set(), "surgery", False),
    Case("Me di un golpe en la rodilla y ahora me duele por delante",
         {"patella"}, {"lower-lumbar", "upper-lumbar"}, None, set(), "strain", False),
    Case("Noto entumecimiento en la parte externa del muslo",
         {"lateral-thigh"}, {"upper-lumbar"}, None, set(), None, True),
    Case("Tengo la mano adormecida y con cosquilleo",
         {"palm-ulnar"}, {"heel-plantar", "instep"}, None, set(), None, True),
    Case("Me duele el flanco derecho",
         {"flank"}, set(), "right", set(), None, False),
    Case("Me duele la sien izquierda cuando aprieto los dientes",
         {"temple"}, set(), "left", set(), None, False),
    Case("Me duele la parte de arriba del pie cuando me ato los cordones",
         {"foot-top-medial"}, {"palm-ulnar", "thenar"}, None, set(), None, False),
    Case("Tengo dolor lumbar que empeora al toser y al agacharme",
         {"lower-lumbar"}, {"mid-thoracic", "upper-interscapular"}, None, {"lifting"}, None, False),
    Case("Me duele la cabeza una vez a la semana, en la frente",
         {"forehead"},
         {"anterior-shoulder", "anterior-thigh", "lower-lumbar"}, None, set(), None, False),
    Case("Desde que me resbalé en la ducha me duele la cadera",
         {"lateral-hip"}, {"upper-interscapular"}, None, set(), "strain", False),
    Case("Me duelen los aductores desde el partido de fútbol, me di un tirón",
         {"medial-thigh"}, set(), None, set(), "strain", False),
    Case("Tengo dolor en el seno izquierdo y en la axila",
         {"lower-chest", "posterior-axilla"}, set(), "left", set(), None, False),
    Case("Tengo epicondilitis en el codo derecho por el trabajo",
         {"lateral-epicondyle"}, {"patella"}, "right", set(), None, False),
    Case("Me duele el tendón rotuliano al saltar",
         {"patella"}, set(), None, set(), None, False),
    Case("Me duele el maseter y me truenan las articulaciones de la mandíbula",
         {"jaw-joint"}, set(), None, set(), None, False),
    Case("Me duele la rodiya izquierda al caminar",
         {"patella"}, {"upper-lumbar"}, "left", {"walking"}, None, False),
    Case("Una vez al mes me duele la cabeza del lado derecho",
         {"temple"}, set(), "right", set(), None, False),
    Case("En el camino al trabajo me empieza a doler el talón",
         {"heel-plantar"}, {"palm-ulnar", "thenar", "volar-wrist"}, None, {"walking"}, None, False),
    Case("A media tarde me duele la frente",
         {"forehead"}, {"anterior-shoulder", "anterior-thigh"}, None, set(), None, False),
    Case("Me duele la pierna por la parte alta, cerca de la ingle",
         {"groin"}, {"palm-ulnar", "thenar", "upper-lumbar"}, None, set(), None, False),
    Case("Tengo dolor en la zona dorsal cuando me agacho",
         {"mid-thoracic"}, set(), None, {"lifting"}, None, False),
    Case("Tengo la pierna entumida cuando estoy sentado",
         {"posterior-thigh"}, {"palm-ulnar", "thenar"}, None, {"sitting"}, None, True),
    Case("Tengo dolor en el hombro desde la operación de mama",
         {"anterior-shoulder"}, {"lower-lumbar", "patella"}, None, set(), "surgery", False),
    Case("Me duele la punta de los dedos de la mano derecha",
         {"palmar-fingers-radial"},
         {"big-toe-top", "heel-plantar", "instep"}, "right", set(), None, False),
    Case("Después de la punción seca con agujas me duele el trapecio",
         {"upper-trapezius-ridge"}, set(), None, set(), None, False),
]
# fmt: on


@pytest.mark.parametrize("case", CASES, ids=[c.text[:50] for c in CASES])
def test_spanish_description_is_read(kb: KnowledgeBase, case: Case) -> None:
    query, understood = query_from_text(kb.chart, case.text)
    kinds = {k for t in understood.terms for k in t.kinds}
    assert case.expected <= kinds, (case.text, kinds)
    assert not case.not_expected & kinds, (case.text, kinds)
    if case.side is None:
        assert query.either_side, (case.text, understood.side)
    else:
        assert not query.either_side, case.text
        assert understood.side == case.side, (case.text, understood.side)
    assert set(query.aggravators) == case.aggravators, (case.text, query.aggravators)
    assert query.onset == case.onset, (case.text, query.onset)
    assert ("numbness" in query.sensations) == case.numbness, (case.text, query.sensations)


def test_both_sides_abbreviations_overhead_and_a_back_found_fine(kb: KnowledgeBase) -> None:
    """ "Las dos rodillas" is both knees, "izq" is left, arms "por encima de la cabeza" reach
    up (not the top of the head), and "estoy bien de la espalda" leaves the back out."""
    _, u = query_from_text(kb.chart, "me duelen las dos rodillas")
    assert u.terms[0].side == "both"
    _, u = query_from_text(kb.chart, "dolor en la rodilla izq")
    assert u.side == "left"
    q, u = query_from_text(
        kb.chart, "me duele el hombro al levantar los brazos por encima de la cabeza"
    )
    found = {k for t in u.terms for k in t.kinds}
    assert "vertex" not in found and "overhead" in q.aggravators
    _, u = query_from_text(kb.chart, "estoy bien de la espalda pero me duele el cuello")
    found = {k for t in u.terms for k in t.kinds}
    assert "upper-lumbar" not in found and "upper-posterior-neck" in found
