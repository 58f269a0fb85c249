"""Every scoring factor, declared once: its weight and the words used to explain it.

The ranking (score.py), the one-line reasons shown to users and docs/algorithms/finder.md all
read these declarations, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Factor:
    name: str
    weight: float
    reason: str  # a phrase with {zones} or {items}
    doc: str


ESSENTIAL = Factor(
    "essential",
    1.0,
    "its main pain zone covers {zones}",
    "A marked zone inside the trigger point's essential zone counts in full.",
)
SPILLOVER = Factor(
    "spillover",
    0.5,
    "its pain can spill over to {zones}",
    "A marked zone inside the spillover zone counts half.",
)
NEARBY = Factor(
    "nearby",
    0.15,
    "it refers pain close to {zones}",
    "A marked zone in the same coarse region as an essential zone counts a little: "
    "drawings are imprecise.",
)
LOCAL = Factor(
    "local",
    0.35,
    "its trigger point lies at {zones}",
    "A marked zone where the trigger point itself lies counts this much (as a zone bordering "
    "the essential zone does), unless its pattern reaches it anyway: a trigger point is tender "
    'where it lies and people often point at the knot ("the top of my shoulder" for the '
    'upper trapezius, "the neck" for the splenius capitis, whose pain goes to the top of the '
    "head).",
)
ADJACENT = Factor(
    "adjacent",
    0.35,
    "it refers pain close to {zones}",
    "A marked zone that borders an essential zone on the figures counts this much (half of it "
    "for a zone bordering the spillover zone): people point and describe imprecisely, so pain "
    '"at the front of the shoulder" is a near miss for a pattern on the outer upper arm '
    "(bodychart/adjacency.py).",
)
PLACE = Factor(
    "place",
    0.7,
    "",
    'A place named in words ("the back of the knee") may cover several zones: it counts '
    "this fraction by its best-explained zone and the rest by the share of it explained, so a "
    "muscle that explains every place named outranks muscles that each explain one.",
)
BREADTH = Factor(
    "breadth",
    1.5,
    "",
    "With several places marked or named, the score is multiplied by the share of them the "
    "pattern reaches (essential or spillover) raised to this power: one muscle that explains "
    "every place outranks muscles that each explain one.",
)
PATTERN_SIZE = Factor(
    "pattern-size",
    0.2,
    "",
    "If the essential zone is only partly marked, the score drops by at most "
    "this fraction: people under-report, so a larger pattern costs little.",
)
CONTEXT = Factor(
    "context",
    0.2,
    "{items} fits what the literature describes for it",
    "Each aggravating activity, onset or sensation (numbness, tingling) that the muscle's "
    "indications or causes mention adds this fraction (two at most).",
)
CONTEXT_MAX = 2
STORY = Factor(
    "story",
    0.3,
    "{items} fits what the literature describes for it",
    "Every word of a description that the muscle's own entry also uses (summary, indications, "
    "causes, trigger-point descriptions; English and Spanish) is evidence, weighted by the log of "
    "how few entries use it; the score is multiplied by 1 + this weight x the summed evidence "
    '(at most STORY_MAX): "calf cramps that wake me up" fits the gastrocnemius entry best.',
)
STORY_MAX = 16.0  # about four rare words: a long story cannot outweigh the places named
RARE = Factor(
    "rare",
    0.8,
    "",
    "A trigger point whose pattern the literature calls rare is multiplied by this.",
)
GUIDE = Factor(
    "guide",
    0.3,
    "it is among the most common sources of pain there",
    "A muscle that Travell & Simons' pain guide for a named place lists is lifted by up to "
    "this fraction: the first listed in full, the last by a little (averaged over the places).",
)
COMBINED = Factor(
    "combined",
    0.85,
    "",
    "A muscle's trigger points together (each zone credited by the best of them) score this "
    "fraction: one muscle whose trigger points reach every place named outranks muscles that "
    "each explain one, but its single best trigger point wins when it explains as much.",
)
FIRST_PLACE = Factor(
    "first-place",
    2.0,
    "",
    "In a description in words, the place named first weighs this many times as much as each "
    'later one: people name where it hurts most first ("pain at the elbow that spreads to the '
    'wrist"). Measured on the independent and held-out evaluation sets, it ranks better.',
)
KNOT = Factor(
    "knot",
    0.1,
    "",
    "A muscle whose pattern covers the place that weighs most (the place named first, or every "
    "place of a drawing) and whose trigger point also lies there is lifted by this fraction: the "
    "knot is tender where it lies, so of the muscles that refer to the middle of the buttock the "
    "piriformis and gluteus maximus, which lie there, come before the low-back muscles that only "
    "refer there. Measured on the studied and the measured-only evaluation sets, it ranks better.",
)
LIMIT = Factor(
    "limit",
    0.7,
    "",
    'A pattern that reaches where the person says the pain does not go ("it stops above the '
    'knee", "it skips the elbow", "nunca pasa de la rodilla") is multiplied by this: '
    "piriformis pain rarely passes the knee, gluteus minimus pain runs on down the calf.",
)
ALIKE = Factor(
    "alike",
    0.97,
    "{items} in the same group also fit",
    "Members of one group (the four suboccipital muscles, the scalenes) whose scores are within "
    "this fraction of the group's best are shown in its row, not as rows of their own: a "
    "description cannot tell them apart, and five different suggestions help more than three "
    "names for one pattern.",
)
ALIKE_PATTERN = Factor(
    "alike-pattern",
    0.6,
    "{items} in the same group also fit",
    "For the groups whose members share one pattern, which Travell & Simons describe together "
    "(the suboccipital muscles, the posterior cervical muscles, the scalenes, the short lateral "
    "rotators, the rhomboids, the thoracolumbar paraspinals, the pelvic floor, iliopsoas, the "
    "long toe flexors and extensors, the fibularis muscles), a member within this fraction of "
    "the best shares its row: a description rarely tells them apart, and a list with three rows "
    "of one pattern hides other plausible muscles.",
)
# Prior for how often the literature finds each muscle behind the pain.
PRIOR = {"very-common": 1.05, "common": 1.02, "occasional": 1.0, "uncommon": 0.97}
SIDE_SHARE_EXPONENT = 0.5  # a match on one side of a two-sided drawing: x share ** 0.5

ZONE_FACTORS = (ESSENTIAL, SPILLOVER, NEARBY)
ALL_FACTORS = (
    *ZONE_FACTORS,
    ADJACENT,
    LOCAL,
    PLACE,
    BREADTH,
    PATTERN_SIZE,
    CONTEXT,
    STORY,
    GUIDE,
    RARE,
    COMBINED,
    FIRST_PLACE,
    KNOT,
    LIMIT,
    ALIKE,
    ALIKE_PATTERN,
)

# The highest score a trigger point can reach: every place explained by its essential zone, the
# most common muscle, first in the pain guide, with the most context.
MAX_SCORE = (
    max(PRIOR.values())
    * (1 + GUIDE.weight)
    * (1 + CONTEXT.weight * CONTEXT_MAX)
    * (1 + STORY.weight * STORY_MAX)
    * (1 + KNOT.weight)
)
