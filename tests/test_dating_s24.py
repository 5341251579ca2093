"""The incident's date on real local news, session 24 (issue 20 items 2 and 4): an incident dated only by the
article's own day, told of a state or news that day ("remained hospitalized Sunday", "Police were searching Monday
for a suspect"), takes the day the story tells of the act within the week before (detect.before_the_news_day).
Hand-made texts in the shape of GVA articles, parsed for real by spaCy."""
from __future__ import annotations

import pytest

from test_dating_s23 import first_date  # codes a text and gives its first incident's date and precision


@pytest.mark.parametrize(
    "text, published, day",
    [
        # a state on the article's day; the act's day told further down, "it happened"
        ("Boy, 7, hospitalized after shooting in Dundalk\n\nA 7-year-old boy remained hospitalized Sunday with "
         "injuries that were not life-threatening after his mother fired a gun at her husband, police said.\n\n"
         "It happened Saturday evening at a home on Elm Street.", "2016-03-27", "2016-03-26"),
        # a search on the article's day; the act's day beside the act in the same sentence
        ("Teen killed in Melrose Park shooting\n\nPolice were searching Monday for a possible suspect in the "
         "shooting death of a teenage boy Sunday afternoon in Melrose Park, authorities said.\n\nThe boy was "
         "pronounced dead at a hospital.", "2017-02-20", "2017-02-19"),
    ],
)
def test_the_news_day_gives_way_to_the_acts(text, published, day):
    assert first_date(text, published) == (day, "day")
