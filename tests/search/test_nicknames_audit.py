"""Nicknames, abbreviations, eponyms and older names of muscles (data/nicknames.yaml) find the
muscle they mean, and ordinary words are not taken for one."""

from __future__ import annotations

import pytest

from tpatlas.kb import KnowledgeBase
from tpatlas.search import SearchIndex, build_index
from tpatlas.search.reading import read_question


@pytest.fixture(scope="module")
def index(kb: KnowledgeBase) -> SearchIndex:
    return build_index(kb)


def top3(index: SearchIndex, q: str, lang: str) -> list[str]:
    return [r.id for r in index.search(q, limit=3, lang=lang)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # gym slang, and the parts of the traps and delts as lifters name them
        ("hams", "hamstrings"),
        ("wings", "latissimus-dorsi"),
        ("boulder shoulders", "deltoid"),
        ("sixpack", "rectus-abdominis"),
        ("upper trap", "upper-trapezius"),
        ("upper trap trigger point", "upper-trapezius"),
        ("mid traps", "middle-trapezius"),
        ("mid trap", "middle-trapezius"),
        ("lower trap pain", "lower-trapezius"),
        ("rear delts", "posterior-deltoid"),
        ("side delts", "middle-deltoid"),
        ("lateral delt", "middle-deltoid"),
        ("medial delt", "middle-deltoid"),
        ("anterior delt", "anterior-deltoid"),
        ("front delts", "anterior-deltoid"),
        ("Popeye muscle", "biceps-brachii"),
        ("popeye sign", "biceps-brachii"),
        # clinic shorthand
        ("subscap", "subscapularis"),
        ("rec fem", "rectus-femoris"),
        ("g med", "gluteus-medius"),
        ("the gemelli", "superior-gemellus"),
        ("peronei", "fibularis-muscles"),
        ("gastrocsoleus", "soleus"),
        ("deep neck flexors", "longus-colli"),
        ("kegel muscles", "pelvic-floor"),
        ("kegel", "pelvic-floor"),
        ("kegel exercises", "pelvic-floor"),
        ("pc muscle", "levator-ani"),
        # abbreviations of physiotherapy, imaging and hand surgery
        ("TrA", "transversus-abdominis"),
        ("DNF", "longus-colli"),
        ("PFM", "pelvic-floor"),
        ("PFMs", "pelvic-floor"),
        ("EAS", "external-anal-sphincter"),
        ("SSP", "supraspinatus"),
        ("ISP", "infraspinatus"),
        ("SSC", "subscapularis"),
        ("LPM", "lateral-pterygoid"),
        ("MPM", "medial-pterygoid"),
        ("BFLH", "biceps-femoris"),
        ("ECR", "extensor-carpi-radialis-longus"),
        ("ADQ", "abductor-digiti-minimi-hand"),
        # older anatomical names
        ("complexus", "semispinalis-capitis"),
        ("crureus", "vastus-intermedius"),
        ("vastus internus", "vastus-medialis"),
        ("scalenus anticus", "anterior-scalene"),
        ("scalenus anticus syndrome", "anterior-scalene"),
        ("sacrospinalis", "thoracolumbar-paraspinals"),
        ("flexor accessorius", "quadratus-plantae"),
        ("bulbocavernosus", "bulbospongiosus"),
        ("ischiococcygeus", "coccygeus"),
        ("cucullaris", "trapezius"),
        ("epicranius", "occipitofrontalis"),
        ("extensor digitorum communis", "extensor-digitorum"),
        ("flexor digitorum sublimis", "flexor-digitorum-superficialis"),
        ("longissimus dorsi", "longissimus-thoracis"),
        # eponyms
        ("Sibson's muscle", "scalenus-minimus"),
        ("Horner's muscle", "orbicularis-oculi"),
        ("tensor tarsi", "orbicularis-oculi"),
        ("muscle of Riolan", "orbicularis-oculi"),
        ("riolan muscle", "orbicularis-oculi"),
        ("Gantzer's muscle", "flexor-pollicis-longus"),
        ("gantzer muscle", "flexor-pollicis-longus"),
        ("mobile wad", "brachioradialis"),
        ("mobile wad of Henry", "extensor-carpi-radialis-longus"),
        ("wad of Henry", "brachioradialis"),
    ],
)
def test_an_english_nickname_finds_its_muscle(
    index: SearchIndex, query: str, expected: str
) -> None:
    assert expected in top3(index, query, "en")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("gran dorsal", "latissimus-dorsi"),
        ("punto gatillo del gran dorsal", "latissimus-dorsi"),
        ("géminos", "superior-gemellus"),
        ("aductor mediano", "adductor-longus"),
        ("primer aductor", "adductor-longus"),
        ("tercer aductor", "adductor-magnus"),
        ("carne cuadrada de silvio", "quadratus-plantae"),
        ("accesorio del flexor largo", "quadratus-plantae"),
        ("flexor accesorio", "quadratus-plantae"),
        ("oblicuo mayor de la cabeza", "obliquus-capitis-inferior"),
        ("oblicuo menor de la cabeza", "obliquus-capitis-superior"),
        ("bulbocavernoso", "bulbospongiosus"),
        ("isquiococcígeo", "coccygeus"),
        ("flexor largo común de los dedos", "flexor-digitorum-longus"),
        ("flexor común profundo de los dedos", "flexor-digitorum-profundus"),
        ("músculos de kegel", "pelvic-floor"),
        ("ejercicios de kegel", "pelvic-floor"),
        ("elevador del ano", "levator-ani"),  # a name, not "elevation"
    ],
)
def test_a_spanish_nickname_or_older_name_finds_its_muscle(
    index: SearchIndex, query: str, expected: str
) -> None:
    assert expected in top3(index, query, "es")


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("back pain", "en"),
        ("arm", "en"),
        ("hip pain", "en"),
        ("shoulder pain", "en"),
        ("ham", "en"),
        ("boulder", "en"),
        ("mobile", "en"),
        ("horner syndrome", "en"),
        ("obturator nerve", "en"),
        ("wings of the sphenoid", "en"),
        ("dolor de espalda", "es"),
        ("nervio accesorio", "es"),
        ("menor", "es"),
    ],
)
def test_ordinary_words_are_not_read_as_a_nickname(
    kb: KnowledgeBase, query: str, lang: str
) -> None:
    assert read_question(kb, query, lang).nicknamed == ()


@pytest.mark.parametrize(
    ("query", "lang", "first"),
    [
        ("tp", "en", "tibialis-posterior"),  # the short key the file already had
        ("accessory nerve", "en", "trapezius"),  # not "flexor accessorius"
        ("nervio accesorio", "es", "trapezius"),  # not "accesorio del flexor largo"
        ("oblicuo mayor", "es", "external-oblique"),  # not "oblicuo mayor de la cabeza"
        ("oblicuo menor", "es", "internal-oblique"),
        ("gemelos", "es", "gastrocnemius"),  # the calf, not the géminos of the hip
    ],
)
def test_a_longer_nickname_does_not_take_a_shorter_name(
    index: SearchIndex, query: str, lang: str, first: str
) -> None:
    assert top3(index, query, lang)[0] == first


def test_wings_of_a_bone_are_not_the_lats(index: SearchIndex) -> None:
    assert top3(index, "wings of the sphenoid", "en")[0] != "latissimus-dorsi"


@pytest.mark.parametrize(
    ("query", "lang", "first"),
    [
        ("ECRB tendinopathy", "en", "extensor-carpi-radialis-brevis"),
        ("QL spasm", "en", "quadratus-lumborum"),
        ("tight suboccs", "en", "suboccipital-muscles"),
        ("contractura del ECRL", "es", "extensor-carpi-radialis-longus"),
        ("bingo wings", "en", "triceps-brachii"),
        ("love handles", "en", "external-oblique"),
        ("deep 6", "en", "short-lateral-rotators"),
    ],
)
def test_a_nickname_with_what_is_wrong_with_it_still_names_the_muscle(
    index: SearchIndex, query: str, lang: str, first: str
) -> None:
    """What is wrong with a muscle said after its nickname ("ECRB tendinopathy", "QL spasm") does
    not hide the muscle behind conditions that share the word."""
    assert top3(index, query, lang)[0] == first
