"""Plain descriptions of the 14 techniques, written for presslens users."""

from __future__ import annotations

#: label -> (short name, description)
DESCRIPTIONS: dict[str, tuple[str, str]] = {
    "Loaded_Language": (
        "Loaded language",
        (
            "Words picked for the feeling they stir rather than for what they report, such as "
            "'slaughter' for a vote lost or 'heroic' for a routine decision."
        ),
    ),
    "Name_Calling,Labeling": (
        "Name calling, labelling",
        (
            "Tagging a person or group with a label the audience already loves or hates, so the "
            "label does the arguing."
        ),
    ),
    "Repetition": (
        "Repetition",
        (
            "Saying the same phrase or claim again and again until it sounds settled by sheer "
            "familiarity."
        ),
    ),
    "Exaggeration,Minimisation": (
        "Exaggeration, minimisation",
        (
            "Making something look far bigger, worse or better than it is, or waving away "
            "something that matters as trivial."
        ),
    ),
    "Doubt": (
        "Doubt",
        (
            "Undermining trust in a person or institution by raising suspicion without showing "
            "evidence for it."
        ),
    ),
    "Appeal_to_fear-prejudice": (
        "Appeal to fear or prejudice",
        (
            "Winning support by making readers afraid of an outcome or by playing on hostility "
            "they already feel toward a group."
        ),
    ),
    "Flag-Waving": (
        "Flag waving",
        (
            "Justifying a position by national, group or party pride: backing it is presented as "
            "what loyal members do."
        ),
    ),
    "Causal_Oversimplification": (
        "Causal oversimplification",
        "Pinning an outcome with many causes on one cause, often a convenient culprit.",
    ),
    "Slogans": (
        "Slogans",
        (
            "A short, catchy phrase that packs a stance into a label or rallying cry, often with "
            "a stereotype built in."
        ),
    ),
    "Appeal_to_Authority": (
        "Appeal to authority",
        (
            "Treating a claim as true because someone important or expert said it, with no other "
            "support offered."
        ),
    ),
    "Black-and-White_Fallacy": (
        "Black-and-white fallacy",
        (
            "Presenting two options as the only ones possible when others exist; includes "
            "dictating one choice as the only acceptable one."
        ),
    ),
    "Thought-terminating_Cliches": (
        "Thought-terminating cliché",
        (
            "A stock phrase that closes the discussion and discourages further thought, such as "
            "'it is what it is'."
        ),
    ),
    "Whataboutism,Straw_Men,Red_Herring": (
        "Whataboutism, straw man, red herring",
        (
            "Dodging a point: accusing the other side of hypocrisy instead of answering, "
            "attacking a distorted version of their view, or steering to an unrelated topic."
        ),
    ),
    "Bandwagon,Reductio_ad_hitlerum": (
        "Bandwagon, reductio ad Hitlerum",
        (
            "Urging readers to join because everyone else already has, or rejecting an idea "
            "because a despised group is said to hold it."
        ),
    ),
}
