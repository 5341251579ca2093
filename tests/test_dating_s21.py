"""The incident's date on real local news, session 21 (issue 20 items 2 and 4): a night told by its evening's day
("Saturday night", "late Friday", "last night") holds the next day in its window, since the act may have been past
midnight, which GVA dates by the day it was; a day told to the minute beside a word of telling ("On Monday around
9:45 p.m., Salas' family says") is the act's. Hand-made texts in the shape of GVA articles, parsed for real by
spaCy."""
from __future__ import annotations

import pytest

from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


@pytest.mark.parametrize(
    "text, published, window",
    [
        # Monday's paper: Saturday night's act may have been early Sunday
        ("Woman killed in Deltona shooting\n\nA 30-year-old woman was shot dead late Saturday night outside a "
         "house on Providence Boulevard in Deltona, deputies said.", "2016-04-18", ("2016-04-16", "2016-04-16", "2016-04-17")),
        ("Two hurt in Trenton shooting\n\nTwo teens were hurt when shots were fired Friday night on Chambers "
         "Street in Trenton, police said.", "2013-07-14", ("2013-07-12", "2013-07-12", "2013-07-13")),
        ("Man shot in Hilo\n\nA man was shot last night in Pahoa, police said.", "2016-05-06",
         ("2016-05-05", "2016-05-05", "2016-05-06")),
        # the article's own night: never past the article's day
        ("Man shot in Hilo\n\nA man was shot Friday night in Pahoa, police said.", "2016-05-06",
         ("2016-05-06", "2016-05-06", "2016-05-06")),
        # no night told: the day alone
        ("Man shot in Hilo\n\nA man was shot Wednesday afternoon in Pahoa, police said.", "2016-05-06",
         ("2016-05-04", "2016-05-04", "2016-05-04")),
    ],
)
def test_a_nights_window_holds_the_next_day(text, published, window):
    incidents = code_text(text, published, OPTIONS).incidents
    assert incidents
    inc = incidents[0]
    assert (inc.date, inc.date_earliest, inc.date_latest, inc.date_precision) == (*window, "day")


@pytest.mark.parametrize(
    "text, published, day",
    [
        # the day hangs off "says", but is told to the minute: the act's, not the telling's
        ("Boy killed by a gun gone off in Goodyear\n\nGoodyear police are looking into the death of 15-year-old "
         "Mateo Salas, who was shot in the chest.\n\nOn Monday around 9:45 p.m., Salas' family says his cousin "
         "was cleaning his shotgun when it slipped and went off.", "2015-08-28", "2015-08-24"),
    ],
)
def test_a_day_told_to_the_minute_beside_says_is_the_acts(text, published, day):
    incidents = code_text(text, published, OPTIONS).incidents
    assert incidents
    assert (incidents[0].date, incidents[0].date_precision) == (day, "day")


@pytest.mark.parametrize(
    "text, published, day",
    [
        # the death's day counts back to the act's
        ("Bronx teen dies of his wounds\n\nA 16-year-old Bronx boy, hit in the back while he fled a shooter, has "
         "died, police said Friday.\n\nDarius Cole died on Thursday, three days after gunfire hit him on "
         "Morris Avenue.", "2017-02-24", "2017-02-20"),
        ("Man charged in Chicago diner shooting\n\nTerrell Banks is charged with three counts of murder. "
         "Officers took him into custody late Tuesday night, five days after he allegedly opened fire in a "
         "diner on South Cottage Grove Avenue.", "2017-04-05", "2017-03-30"),
    ],
)
def test_n_days_after_the_act_counts_back_to_its_day(text, published, day):
    incidents = code_text(text, published, OPTIONS).incidents
    assert incidents
    assert (incidents[0].date, incidents[0].date_precision) == (day, "day")


def test_a_day_after_another_act_is_not_this_acts():
    """ "a day after another boy shot himself" tells another act's day: the sentence's own day stays."""
    text = ("Boy shot in Orlando\n\nA 6-year-old boy was shot Wednesday, a day after another boy shot himself at a "
            "home nearby, police said.")
    incidents = code_text(text, "2016-07-28", OPTIONS).incidents
    assert incidents
    assert (incidents[0].date, incidents[0].date_precision) == ("2016-07-27", "day")
