"""The incident's date on real local news, session 22 (issue 20 item 2): a sentence that tells two days, none of
them an act word's, tells the act's day first in time and what followed it later ("died Saturday of a gunshot
wound suffered on Friday"); a capture or a spell in custody is news about the act, whose day is the one the story
tells of the act ("He was caught on Tuesday. The shooting was on Oct. 4"). Hand-made texts in the shape of
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
        ("Boy, 5, dies of gunshot wound\n\nLEXINGTON, KY - A 5-year-old boy died Saturday of an accidental "
         "gunshot wound he suffered on Friday, police said.\n\nHe was taken to a hospital in Lexington.",
         "2015-03-15", "2015-03-13"),
        # the arrest's day and the act's, both told as news: the act's
        ("Another man charged in Waterloo shooting death\n\nA second man faces charges in the shooting death "
         "of a 16-year-old Waterloo boy.\n\nOfficers say the man was arrested Monday at the Black Hawk County "
         "jail in connection with Tyrell Banks' shooting death at a house in east "
         "Waterloo on March 18.", "2016-04-12", "2016-03-18"),
    ],
)
def test_of_two_days_a_sentence_tells_the_earlier_is_the_acts(text, published, day):
    assert_dated(text, published, day)


@pytest.mark.parametrize(
    "text, published, day",
    [
        ("Suspect held in Newark triple shooting\n\nA man was taken into custody on Tuesday in the 200 block of "
         "Market Street in Newark.\n\nPolice said Harmon shot three teenagers, ages 15, 16 and 18, on Jan. 27 in "
         "the 1100 block of Clinton Avenue.", "2017-03-08", "2017-01-27"),
    ],
)
def test_custody_dates_no_act(text, published, day):
    assert_dated(text, published, day)
