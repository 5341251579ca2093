"""The incident's date on real local news, session 23 (issue 20 items 2 and 4): a follow-up story dated by a court
step about the act ("accused of fatally shooting ... was back in court Thursday"), by a telling ("the agency said
in a written statement Tuesday"), or by a news day beside the act's year ("shot four people in 2013 was sentenced ...
Tuesday") takes the day the story tells of the act, not the follow-up's; an act of another era the story recalls
dates nothing. Hand-made texts in the shape of GVA articles, parsed for real by spaCy."""
from __future__ import annotations

import pytest

from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


def first_date(text: str, published: str) -> tuple[str | None, str]:
    incidents = code_text(text, published, OPTIONS).incidents
    assert incidents
    return incidents[0].date, incidents[0].date_precision


@pytest.mark.parametrize(
    "text, published, day",
    [
        # a court step about the act, no follow-up word: "back in court"
        ("Boy charged in cousin's death faces judge\n\nA 15-year-old boy accused of fatally shooting his young "
         "cousin was back in court Thursday morning.\n\nThe teen is charged with shooting and killing the "
         "12-year-old the night of Nov. 20 at their home on Pine Street.", "2016-12-02", "2016-11-20"),
        # the news's day beside the act's year: the act's day the story tells
        ("Gunman sentenced in Riverside shooting spree\n\nThe man who police say shot three people in Riverside in "
         "2013 was sentenced to 60 years in prison Tuesday.\n\nOn June 4, 2013, Carter shot a 52-year-old mail "
         "carrier in the parking lot of a pharmacy on Main Street.", "2014-10-29", "2013-06-04"),
        # a telling's day, the words between hiding it from the report times: "said in a written statement Tuesday"
        ("Shooting by sergeant ruled accidental\n\nA police sergeant accidentally shot a 30-year-old man in the leg "
         "during a traffic stop, police said.\n\nThe shooting happened early Jan. 9 on Oak Street while officers "
         "searched a car.\n\n\"The sergeant's pistol went off by mistake,\" the agency said "
         "in a written statement Tuesday.", "2017-02-28", "2017-01-09"),
    ],
)
def test_a_follow_up_takes_the_acts_day(text, published, day):
    assert first_date(text, published) == (day, "day")
