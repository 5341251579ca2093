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


def test_an_undated_act_in_a_passage_of_another_era_is_not_the_articles_news():
    """Issue 20 item 2: an essay's act told with no date of its own after sentences naming the 1960s took the
    article's week. The passage's decade makes it history; the week's own killing stays news."""
    text = ("A holiday invented by a radical\n\n"
            "The holiday was invented in 1966 by a black nationalist, founder of a group that rivalled the Black "
            "Panthers. During the madness of the '60s, the FBI encouraged the most extreme groups.\n\n"
            "Despite modern perceptions that blend all the activists of the '60s, the Black Panthers did not hate "
            "whites. Those were the precepts of his group. Its members were proto-fascists, walking around in "
            "dashikis, gunning down Black Panthers.\n\n"
            "The man who assassinated two New York City police officers last week went by another name.")
    incidents = code_text(text, "2014-12-25", OPTIONS).incidents
    assert incidents and all(i.date != "2014-12-15" or "gunning" not in str(i.evidence) for i in incidents)
    assert any(i.date_precision == "week" and "assassinated" in str(i.evidence) for i in incidents)
