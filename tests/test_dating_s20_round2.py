"""Session 20 round 2 (detection requests from the tolls engineer): an animal counted after "one of the" is no
casualty ("injuring one of the family dogs"), and "dead end street" is no death. Hand-made texts in the shape of GVA
articles, parsed for real by spaCy."""
from __future__ import annotations

from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


def test_one_of_the_family_dogs_is_no_wounded():
    text = ("Girl, 7, killed by rifle shot\n\n"
            "A 12-year-old boy was showing his cousins a rifle he was given for his birthday when it fired, hitting "
            "Amelia, killing her and also wounding one of the family dogs, deputies said.")
    incidents = code_text(text, "2017-01-04", OPTIONS).incidents
    assert incidents and incidents[0].killed == 1 and not incidents[0].wounded


def test_a_dead_end_street_is_no_death():
    text = ("Toddler shot in Searcy\n\n"
            "A 2-year-old girl was shot in the foot early Thursday afternoon at a house on Third Street, police said. "
            "People living on the dead end street said their children often played with the hurt toddler.")
    incidents = code_text(text, "2015-07-14", OPTIONS).incidents
    assert incidents and not incidents[0].killed and incidents[0].wounded == 1


def test_an_undated_act_in_a_passage_of_another_era_is_not_the_articles_news():
    """Issue 20 item 2: an essay's act told with no date of its own after sentences naming the 1960s took the
    article's week. The passage's decade makes it history; the week's own killing stays news."""
    text = ("A festival made up by an extremist\n\n"
            "The festival was made up in 1967 by a separatist writer, leader of a circle that feuded with the Black "
            "Panthers. Amid the turmoil of the '60s, federal agents stoked the fiercest factions.\n\n"
            "Whatever readers now assume about the radicals of the '60s, the two circles differed sharply. "
            "His followers were street toughs, roaming in uniforms, gunning down Black Panthers.\n\n"
            "The gunman who assassinated two city police officers last week used another name.")
    incidents = code_text(text, "2014-12-25", OPTIONS).incidents
    assert incidents and all(i.date != "2014-12-15" or "gunning" not in str(i.evidence) for i in incidents)
    assert any(i.date_precision == "week" and "assassinated" in str(i.evidence) for i in incidents)
