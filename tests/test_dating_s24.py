"""The incident's date on real local news, session 24 (issue 20 items 2 and 4): an incident dated only by the
article's own day, told of a state or news that day ("remained hospitalized Sunday", "Police were searching Monday
for a gunman"), takes the day the story tells of the act within the week before (detect.before_the_news_day).
Hand-made texts in the shape of GVA articles, parsed for real by spaCy."""
from __future__ import annotations

import pytest

from test_dating_s23 import first_date  # codes a text and gives its first incident's date and precision


@pytest.mark.parametrize(
    "text, published, day",
    [
        # a state on the article's day; the act's day told further down, "it happened"
        ("Girl, 9, in hospital after gunfire in Catonsville\n\nA 9-year-old girl remained hospitalized Sunday "
         "with wounds doctors called minor after her father fired a shotgun at a neighbour, officers said.\n\n"
         "It happened Saturday night at a house on Birch Lane.", "2016-03-27", "2016-03-26"),
        # a search on the article's day; the act's day beside the act in the same sentence
        ("Youth shot dead in Cicero\n\nPolice were searching Monday for a gunman who killed a 16-year-old "
         "on a side street Sunday night in Cicero, officials said.\n\nThe youth died at a nearby "
         "hospital.", "2017-02-20", "2017-02-19"),
    ],
)
def test_the_news_day_gives_way_to_the_acts(text, published, day):
    assert first_date(text, published) == (day, "day")
