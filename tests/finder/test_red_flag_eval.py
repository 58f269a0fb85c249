"""Red flags heard on descriptions written by helpers who never saw the phrase lists
(bench/red_flag_eval.py): the studied sets must stay heard (95% at least, false alarms 5% at
most, or the floor a set was left at), and the held-out sets, measured only, must not fall below
their floors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import load_bench


@pytest.fixture(scope="module")
def bench() -> Any:
    return load_bench("red_flag_eval")


@pytest.mark.parametrize(
    "name",
    [
        "studied (UK, IE, AU, NZ, ES pages)",
        "studied 2 (Asian, African, Central American pages)",
        "studied 3 (patients' forum posts and stories)",
        "studied 4 (more patients' stories)",
        "studied 5 (symptom checkers, first aid, pharmacies)",
        "studied 6 (patients' accounts in the press and blogs)",
        "studied 7 (physiotherapy clinics, half controls)",
        "studied 8 (people asking online)",
        "studied 9 (patient leaflets, discharge advice)",
        "studied 10 (the press, mostly Spanish)",
        "studied 11 (Spanish pages on ordinary aches, 60 controls)",
        "studied 12 (pages for athletes, parents, carers, workers)",
        "studied 13 (therapists' screening pages, intake notes)",
        "studied 14 (answers to people's questions, hurried messages)",
        "studied 15 (carers, pregnancy, easy-read, Spanglish, rural workers)",
        "studied 16 (pages in other languages, written as a second language)",
        "studied 17 (people who look after others at work)",
        "studied 18 (conditions mistaken for muscle pain, the sign explained away)",
        "studied 19 (older people, long-term conditions, a relative's voice)",
        "studied 20 (younger people: workers, parents, students, gym-goers)",
        "studied 21 (booking messages to therapists, the sign among muscle talk)",
        "studied 22 (regional and non-native English and Spanish)",
        "studied 23 (voice messages transcribed by a phone)",
        "studied 24 (very short inputs, keywords and fragments)",
        "studied 25 (Spanish idioms of older speakers)",
        "studied 26 (women's and men's health)",
        "studied 27 (workplace and sports injury reports)",
        "studied 28 (long rambling and chat messages, the sign buried)",
        "studied 29 (Latin American Spanish, US Spanglish, North American English)",
        "studied 30 (questions typed into a search box or a chatbot)",
        "studied 32 (English from around the world, Spanish from Spain's regions)",
        "studied 33 (the sign told as a change from usual, or in time order)",
    ],
)
def test_the_studied_sets_are_heard_without_false_alarms(bench: Any, name: str) -> None:
    report = bench.evaluate(bench.SETS[name])
    assert report["all"]["flags"] >= 40 and report["all"]["controls"] >= 25
    assert report["all"]["heard"] >= 0.95, report["wrong"]
    assert report["all"]["false_alarms"] <= 0.05, report["wrong"]


def test_signs_told_by_what_one_cannot_do_are_mostly_heard(bench: Any) -> None:
    """The thirty-first set tells each sign through what the person cannot do or a comparison
    ("like I'm sat on a fat wallet", "couldn't fold myself into the car"): 57% heard on arrival,
    91% once studied; the rest (a hangover "like someone's hammering on my skull" with no fever
    named, a faint and then clumsiness) need more than phrases."""
    report = bench.evaluate(
        bench.SETS["studied 31 (the sign told by what one cannot do, or by a comparison)"]
    )
    assert report["all"]["heard"] >= 0.90, report["wrong"]
    assert report["all"]["false_alarms"] <= 0.05, report["wrong"]


@pytest.mark.parametrize(
    ("name", "floor", "alarms"),
    [
        # place and feeling in different sentences, the key detail last: 72% on arrival
        ("studied 34 (the sign spread over several sentences)", 0.93, 0.05),
        # "had to crawl up the stairs", "only know I'm weeing from the sound": 50% on arrival
        ("studied 35 (the sign told by what daily life no longer allows)", 0.80, 0.05),
        # the sign fourth in a list of ordinary aches: 79% on arrival
        ("studied 36 (the sign among many ordinary complaints)", 0.88, 0.05),
        # "q", "w/o", "SOB", "temp 103F", "my sciatic is on both sides now": 78% on arrival; its
        # two false alarms (a baby's scrotum that swells when he cries, a knee swollen days
        # after its operation) are left: both a clinician would rather hear about
        ("studied 37 (medical words half-understood, abbreviations, text speak)", 0.95, 0.07),
        # "a woolly hat made of pain", "my side belongs to someone else": 59% on arrival; its
        # false alarms (a calf muscle torn at squash, a chest strained at the gym) are left
        ("studied 38 (sensations and other body systems, no pain words)", 0.76, 0.08),
        # a coach, a teacher, a care assistant, a therapist relaying a client: 73% on arrival
        ("studied 39 (someone else's voice: coaches, teachers, carers, parents)", 0.94, 0.05),
        # (third session) "steel hoops tightening round me", "my foot kept sticking to the
        # pavement", "like an elephant": 43% on arrival (29 of 67)
        ("studied 40 (the sign told without a sign word: an image, what others see)", 0.83, 0.08),
        # a heart attack told as indigestion with a cold sweat, a faint with chest pain, a clot
        # told as panting in a chair after a flight: 70% on arrival
        (
            "studied 41 (with dizziness, faintness, breathlessness, tiredness or indigestion)",
            0.95,
            0.08,
        ),
        # "not like my usual flare", the new sign put down to arthritis or fibromyalgia: 74% on
        # arrival (52 of 70)
        ("studied 42 (a new sign in someone who already lives with pain)", 0.95, 0.05),
        # parents, coaches and teenagers ("won't stand on her leg", "me iba a explotar la
        # cabeza"): 87% on arrival (60 of 69)
        ("studied 43 (children and teenagers)", 0.98, 0.05),
    ],
)
def test_the_newest_studied_sets_keep_what_was_learnt(
    bench: Any, name: str, floor: float, alarms: float
) -> None:
    """The thirty-fourth to forty-first sets (2 December 2026, second and third sessions),
    studied once: what they still miss is mostly told without a word for the sign ("a big fuzzy
    ball of pain spreading outwards", "the cat had parked itself on my chest")."""
    report = bench.evaluate(bench.SETS[name])
    assert report["all"]["flags"] >= 60 and report["all"]["controls"] >= 25
    assert report["all"]["heard"] >= floor, report["wrong"]
    assert report["all"]["false_alarms"] <= alarms, report["wrong"]


def test_signs_told_by_what_was_done_about_them_are_mostly_heard(bench: Any) -> None:
    """Set 44 (27 cases left once those written from memory were taken out): the sign told by
    what the person did about it or by an image ("like the cat is sat on her chest", "sudar a
    chorros", "paro a descansar y se me quita", "inflada como globo"): 11 of 23 heard on arrival,
    19 once studied; its one false alarm (heartburn every night on lying down) is gone."""
    report = bench.evaluate(bench.SETS["studied 44 (what the person did about it, images)"])
    assert report["all"]["flags"] >= 20
    assert report["all"]["heard"] >= 0.8, report["wrong"]
    assert report["all"]["false_alarms"] == 0, report["wrong"]


@pytest.mark.parametrize(
    ("name", "floor", "alarms"),
    [
        # 1 December 2026, US, Canadian, Latin American pages: 76% heard and 17% false alarms
        # when written, before the phrases its studied twin showed missing were added
        ("held out (US, CA, Latin American pages)", 0.85, 0.05),
        # later that day, hospital leaflets and doctors' answers, after six studied sets: 74% / 17%
        ("held out 2 (hospital leaflets, doctors' answers)", 0.74, 0.17),
        # end of that day, pharmacists', nurses' and carers' pages, after nine: 80% / 3%
        ("held out 3 (pharmacists, nurses, carers)", 0.80, 0.04),
        # that night, pages of many countries, after fourteen: 81% / 7%
        ("held out 4 (any page, five countries and more)", 0.81, 0.07),
        # 2 December 2026, any page in every voice, after twenty-two: 64% / 0%
        ("held out 5 (any page, every voice)", 0.64, 0.04),
        # the same, after twenty-seven: 66% / 3% (69% once words were paired every way)
        ("held out 6 (any page, every voice, again)", 0.66, 0.04),
        # the same (second session), after thirty-three: 73% / 7%
        ("held out 7 (any page, every voice, a third time)", 0.73, 0.07),
        # the same, after thirty-five: 79% (55 of 70) / 0%
        ("held out 8 (any page, every voice, a fourth time)", 0.78, 0.04),
        # the same, after thirty-seven: 73% (51 of 70) / 0%
        ("held out 9 (any page, every voice, a fifth time)", 0.72, 0.04),
        # 2 December 2026, third session, after thirty-nine: 79% (55 of 70) / 3%
        ("held out 10 (any page, every voice, a sixth time)", 0.78, 0.04),
        # the same, after forty-one: 77% (54 of 70) / 0%
        ("held out 11 (any page, every voice, a seventh time)", 0.77, 0.04),
    ],
)
def test_the_held_out_sets_keep_their_measure(
    bench: Any, name: str, floor: float, alarms: float
) -> None:
    """Totals only: their cases stay unread (no failure message quotes them). Each floor is what
    the set measured on arrival, or later when the arrival figure was already passed; the studied
    sets written with the seventh to ninth lost the cases that shared one of their pages."""
    report = bench.evaluate(bench.SETS[name])
    assert report["all"]["flags"] >= 60 and report["all"]["controls"] >= 25
    assert report["all"]["heard"] >= floor
    assert report["all"]["false_alarms"] <= alarms


def test_everyday_pain_that_only_sounds_alarming_rarely_warns(bench: Any) -> None:
    """A hundred ordinary aches told with words a careless reader takes for a sign (chest sore
    after press-ups, numb fingers after a long ride, a leg swollen by a bee sting, weight lost by
    dieting), written from public pages by a helper who never saw the lists: measured only, so
    the figure is what a person with an ordinary ache meets. 16 of 100 warned on arrival, 12
    once its studied twin (below) was read, 10 after the second pair, 8 after the fourth studied
    set; the second set (other situations: pregnancy, a dentist's numbness, a knock to the thigh)
    12 on arrival, 10 once its twin was read."""
    for name in (
        "held out controls (everyday pain that only sounds alarming)",
        "held out controls 2 (everyday pain that only sounds alarming, other situations)",
        # the third (older people, long-term conditions): 8 of 100 on arrival
        "held out controls 3 (older people, long-term conditions)",
    ):
        report = bench.evaluate(bench.SETS[name])
        assert report["all"]["controls"] >= 95 and report["all"]["flags"] == 0
        assert report["all"]["false_alarms"] <= 0.10


def test_the_studied_everyday_controls_stay_quiet(bench: Any) -> None:
    """The studied twins: the first (70 cases once those sharing a page with the held-out set were
    taken out), 18 warned on arrival (a numb crotch after a long ride that came back, an arm dead
    from lying on it, a thermometer reading of 36.5, a wasp sting on the calf, a hangover), 2
    now; the second (100), 11 on arrival (a lip numb after a filling, a thigh that took a knee, a
    frozen shoulder that will not lift), 1 now; the third (94, older people and long-term
    conditions), 11 on arrival (a groin strain with the scrotum said normal, feet swollen after a
    long flight, weight that "hasn't budged", "left arm pain can be the heart"), none now; the
    fourth (100, every voice), 9 on arrival (weight lost counting calories, a bee sting and a red
    calf told apart, a toe stubbed on the "bed leg", Raynaud's named, legs like jelly after leg
    day), none now."""
    for name in (
        "studied controls 1 (everyday pain that only sounds alarming)",
        "studied controls 2 (everyday pain that only sounds alarming, other situations)",
        "studied controls 3 (older people, long-term conditions)",
        "studied controls 4 (everyday aches in every voice)",
        # hard controls (80): 8 warned on arrival (a pop with a clear X-ray, brain freeze, a
        # fever over for days, a knock that barely hurts minutes later), 3 now
        "studied controls 5 (hard: warning words with a plain cause told)",
    ):
        report = bench.evaluate(bench.SETS[name])
        assert report["all"]["controls"] >= 65
        assert report["all"]["false_alarms"] <= 0.05, report["wrong"]


def test_questions_about_massage_with_the_sign_in_passing_are_heard(bench: Any) -> None:
    """Set 45 (99 cases): someone asks whether to have a massage, foam-roll, stretch or use heat
    and mentions the sign in passing ("can I still come in for my sports massage? my calf has
    been swollen since the flight"): 68 of 70 heard and 2 false alarms on arrival, all heard and
    none now (the room that spun, a finger bent crooked; a chest stab one can point at with a
    finger, a calf said completely normal)."""
    name = "studied 45 (asking whether to massage, foam-roll or stretch, the sign in passing)"
    report = bench.evaluate(bench.SETS[name])
    assert report["all"]["flags"] >= 65 and report["all"]["controls"] >= 25
    assert report["all"]["heard"] >= 0.97, report["wrong"]
    assert report["all"]["false_alarms"] <= 0.04, report["wrong"]


def test_the_thirteenth_held_out_set_keeps_its_measure(bench: Any) -> None:
    """Held-out 13 (100 cases, any page, every voice), measured only: 77% heard and 13% false
    alarms on arrival (4 of 30 controls, the most of any held-out set), 3 of 30 once the fourth
    studied set of everyday controls was read. Totals only."""
    report = bench.evaluate(bench.SETS["held out 13 (any page, every voice, a ninth time)"])
    assert report["all"]["flags"] >= 65 and report["all"]["controls"] >= 25
    assert report["all"]["heard"] >= 0.75
    assert report["all"]["false_alarms"] <= 0.10  # 3 of 30 once controls 4 was studied


def test_the_fourteenth_held_out_set_keeps_its_measure(bench: Any) -> None:
    """Held-out 14 (60 signs, 40 hard controls: everyday aches told with alarming words), written
    at the end of the fifth session of 2 December 2026, measured only: 70% heard and 9 of 40
    false alarms on arrival (11 of 40 on that session's starting code). Totals only."""
    report = bench.evaluate(bench.SETS["held out 14 (any page, every voice, hard controls)"])
    assert report["all"]["flags"] >= 55 and report["all"]["controls"] >= 35
    assert report["all"]["heard"] >= 0.68
    assert report["all"]["false_alarms"] <= 0.23


def test_the_smaller_eighth_set_keeps_its_measure(bench: Any) -> None:
    """The twelfth held-out set stopped at 48 cases (37 signs, most of them a heart's, and 11
    controls: few unused pages were left): 95% heard and 1 false alarm on arrival. Totals only."""
    report = bench.evaluate(
        bench.SETS["held out 12 (any page, every voice, an eighth time; 48 cases)"]
    )
    assert report["all"]["flags"] >= 35 and report["all"]["controls"] >= 10
    assert report["all"]["heard"] >= 0.94
    assert report["all"]["false_alarms"] <= 0.10
