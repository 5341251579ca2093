"""The incident's date on real local news, session 22 (issue 20 item 2): a sentence that tells two days, none of
them an act word's, tells the act's day first in time and what followed it later ("died Saturday of a gunshot
wound suffered on Friday"); a capture or a spell in custody is news about the act, whose day is the one the story
tells of the act ("He was captured on Thursday. The shooting happened on Oct. 1"). Hand-made texts in the shape of
GVA articles, parsed for real by spaCy."""
from __future__ import annotations

import pytest

from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


def assert_dated(text, published, day):
    """The text's first incident is dated to the day `day`."""
    incidents = code_text(text, published, OPTIONS).incidents
    assert incidents
    assert (incidents[0].date, incidents[0].date_precision) == (day, "day")


@pytest.mark.parametrize(
    "text, published, day",
    [
        # the death's day and the wound's: the wound's
        ("Girl, 4, dies of gunshot wound\n\nLOUISVILLE, KY - Police said a 4-year-old girl died Saturday of an "
         "apparently self-inflicted gunshot wound suffered on Friday.\n\nShe was taken to a hospital in Louisville.",
         "2015-03-15", "2015-03-13"),
        # the arrest's day and the act's, both told as news: the act's
        ("Second person charged in Cedar Rapids shooting death\n\nA second person is charged in the shooting death "
         "of a 15-year-old Cedar Rapids boy.\n\nCedar Rapids police say he was arrested Monday at the Linn County "
         "jail in connection with the shooting death of 15-year-old Senquez Jackson at a home in southeast Cedar "
         "Rapids on March 18.", "2016-04-12", "2016-03-18"),
    ],
)
def test_of_two_days_a_sentence_tells_the_earlier_is_the_acts(text, published, day):
    assert_dated(text, published, day)


@pytest.mark.parametrize(
    "text, published, day",
    [
        ("Man arrested in Baltimore triple shooting\n\nA man was taken into custody on Tuesday in the 300 block of "
         "Hospital Drive in Baltimore.\n\nPolice said Moore shot three males, ages 17, 18 and 19, on Jan. 27 in the "
         "3400 block of 5th Street.", "2017-03-08", "2017-01-27"),
    ],
)
def test_custody_dates_no_act(text, published, day):
    assert_dated(text, published, day)
