"""Everyday words of a story reach the word an entry uses (data/story.yaml): "gaming" is screen
work, "a trucker" drives, "me falsea la rodilla" is a knee buckling; and everyday filler, in
English or Spanish, reaches no entry at all."""

from __future__ import annotations

import pytest

from tpatlas.finder.data import load
from tpatlas.finder.story import COMMON, MIN_LENGTH, evidence, stem, story_words
from tpatlas.finder.words import IGNORED, normalise
from tpatlas.kb import KnowledgeBase

# (story, the word as written, the word an entry uses for the same thing)
EVERYDAY = [
    # screens, desk and hands
    ("my neck aches after hours of gaming", "gaming", "screens"),
    ("scrolling on my phone in bed", "scrolling", "screen"),
    ("typing on my laptop all day", "laptop", "computer"),
    ("since I started work as a typist", "typist", "typing"),
    ("hammering nails all weekend", "hammering", "tools"),
    ("cutting back branches with loppers", "loppers", "shears"),
    ("walking the dog on a leash", "leash", "lead"),
    ("a heavy suitcase up the stairs", "suitcase", "bags"),
    # sports and exercise
    ("since I took up badminton", "badminton", "rackets"),
    ("training for a marathon", "marathon", "running"),
    ("hiking in the hills", "hiking", "walking"),
    ("I do backstroke every morning", "backstroke", "swimming"),
    # an exercise written with a hyphen is one word on both sides ("push-ups" is "pushups")
    ("doing press-ups", "pressups", "pushups"),
    ("pull ups at the gym", "pullups", "chinups"),
    # work, posture and sleep
    ("long shifts as a trucker", "trucker", "driving"),
    ("painting the ceiling", "ceiling", "ceilings"),
    ("carrying my toddler", "toddler", "child"),
    ("slouching at my desk", "slouching", "slumped"),
    ("I slept funny", "slept", "sleep"),
    ("woke up with a stiff neck", "woke", "wakes"),
    ("walking in stilettos", "stilettos", "heels"),
    ("new sneakers", "sneakers", "shoes"),
    # sensations and circumstances
    ("I feel woozy and unsteady", "unsteady", "imbalance"),
    ("a draughty office", "draughty", "drafts"),
    ("since my caesarean", "caesarean", "childbirth"),
    ("jaw pain from gnashing my teeth", "gnashing", "grinding"),
    # Spanish
    ("de tanto teclear en la compu", "teclear", "typing"),
    ("de tanto teclear en la compu", "compu", "computer"),
    ("jugando a los videojuegos", "videojuegos", "screen"),
    ("mirando el celular", "celular", "phone"),
    ("manejando muchas horas", "manejando", "driving"),
    ("cargando al bebé", "bebe", "child"),
    ("me desperté con el cuello rígido", "desperte", "wakes"),
    ("me desperté con el cuello rígido", "rigido", "stiffness"),
    ("dormí bocabajo", "bocabajo", "stomach"),
    ("al hacer flexiones", "flexiones", "pushups"),
    ("me dan retortijones", "retortijones", "cramps"),
    ("me falsea la rodilla", "falsea", "buckling"),
    ("me truena la mandíbula", "truena", "clicking"),
    ("de tanto remar", "remar", "rowing"),
    ("coser a máquina", "coser", "sewing"),
    ("pintando el techo", "techo", "ceilings"),
    ("estar parado todo el día", "parado", "standing"),
    ("escalada en roca", "escalada", "climbing"),
    ("mareado y con desequilibrio", "desequilibrio", "imbalance"),
    ("tengo migraña", "migrana", "headache"),
    ("con tacones altos", "tacones", "heels"),
]


@pytest.mark.parametrize(("text", "said", "entry_word"), EVERYDAY)
def test_an_everyday_word_reaches_the_word_an_entry_uses(
    kb: KnowledgeBase, text: str, said: str, entry_word: str
) -> None:
    assert dict(story_words(text)).get(stem(entry_word)) == said
    assert evidence(kb, ((stem(entry_word), said),)), f"no entry uses {entry_word!r}"


@pytest.mark.parametrize(
    "text",
    [
        "I used to manage, but nothing seems to help and it moves around",
        "it appeared out of nowhere and it continues",
        "it is worse in the evening and I don't know what to do",
        "me pasa a menudo, se me pone peor y es un dolor raro",
        "tengo un dolor a un lado y no sé qué hacer",
        "llevo semanas así, puede que sea normal",
    ],
)
def test_everyday_filler_reaches_no_entry(kb: KnowledgeBase, text: str) -> None:
    assert evidence(kb, story_words(text)) == {}


@pytest.mark.parametrize(
    ("text", "not_meant"),
    [
        ("trabajo en una oficina", "locking"),  # "trabajo" is not "traba"
        ("me levanto por la mañana", "lifting"),  # getting up, not lifting
        ("me zumban los oídos", "dance"),  # ringing ears, not a zumba class
        ("a jolt of pain", "jerk"),
    ],
)
def test_a_word_that_only_looks_like_a_lexicon_word_is_not_read_as_it(
    text: str, not_meant: str
) -> None:
    assert stem(not_meant) not in dict(story_words(text))


def test_every_lexicon_word_stands_for_a_word_the_entries_use(kb: KnowledgeBase) -> None:
    """A value shorter than four letters or in the common list is silently dropped ("sew"
    reaches nothing, "sewing" does)."""
    data = load("story")
    lexicon = {**data["spanish"], **data["lay"]}
    common = COMMON | set(data["common"]) | IGNORED
    assert {k: v for k, v in lexicon.items() if len(v) < MIN_LENGTH or v in common} == {}
    unused = {v for k, v in lexicon.items() if not evidence(kb, ((stem(v), k),))}
    assert unused == set()


@pytest.mark.parametrize(
    ("denied", "affirmed", "word"),
    [
        (
            "me duele la rodilla y no me he dado ningún golpe",
            "me di un golpe en la rodilla",
            "golpe",
        ),
        ("it doesn't hurt when sitting, but gripping is agony", "it hurts when sitting", "sitting"),
        ("knee pain, I did not fall", "knee pain since I fell", "fell"),
    ],
)
def test_words_a_negation_denies_are_no_evidence(denied: str, affirmed: str, word: str) -> None:
    assert word not in {w for _, w in story_words(normalise(denied))}
    assert word in {w for _, w in story_words(normalise(affirmed))}


def test_an_ordinary_word_in_a_muscle_name_is_no_evidence(kb: KnowledgeBase) -> None:
    """ "en medio de la nalga" says where, not "gluteo medio"; "no puedo dormir" keeps dormir."""
    said = story_words(normalise("un dolor justo en medio de la nalga, no puedo dormir"))
    assert "medio" not in {w for _, w in said} and "dormir" in {w for _, w in said}
