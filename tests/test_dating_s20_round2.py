"""Session 20 round 2 (detection requests from the tolls engineer): an animal counted after "one of the" is no
casualty ("injuring one of the family dogs"), and "dead end street" is no death. Hand-made texts in the shape of GVA
articles, parsed for real by spaCy."""
from __future__ import annotations

from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


def test_one_of_the_family_dogs_is_no_wounded():
    text = ("Girl, 6, killed by shotgun blast\n\n"
            "An 11-year-old boy was showing two girls a shotgun he got for Christmas when the gun went off, struck "
            "Victoria, killing her and injuring one of the family dogs, deputies said.")
    incidents = code_text(text, "2017-01-04", OPTIONS).incidents
    assert incidents and incidents[0].killed == 1 and not incidents[0].wounded


def test_a_dead_end_street_is_no_death():
    text = ("Toddler shot in Conway\n\n"
            "A 3-year-old boy was shot in the leg late Tuesday morning at a home on Second Avenue, police said. "
            "Neighbors of the dead end street said their kids play with the toddler who was injured.")
    incidents = code_text(text, "2015-07-14", OPTIONS).incidents
    assert incidents and not incidents[0].killed and incidents[0].wounded == 1
