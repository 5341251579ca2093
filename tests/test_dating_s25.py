"""Dating, session 25: "may" after a number is the modal verb when a verb or adverb follows it ("shooting of 5 may be
tied to gangs"), not the fifth of May (timex._MODAL_MAY); a day of May stays one ("on 5 May in Lima")."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire import timex

REFERENCE = date(2015, 11, 19)


@pytest.mark.parametrize(
    "text",
    [
        "Police: Southwest Fresno shooting of 5 may be tied to gangs",
        "Officers said the 3 may have fled on foot",
        "Investigators think the 2 may not be related",
    ],
)
def test_a_number_before_the_modal_may_is_no_date(text):
    assert timex.find(text, REFERENCE) == []


@pytest.mark.parametrize(
    "text, day",
    [
        ("Soldiers attacked the village on 5 May in the north.", "2015-05-05"),
        ("The 5 May attack killed three.", "2015-05-05"),
        ("KILLED ON 12 MAY 90 IN LIMA", "1990-05-12"),
        ("The shooting on 5 May, 2014, left two dead.", "2014-05-05"),
    ],
)
def test_a_day_of_may_stays_a_date(text, day):
    assert [t.date for t in timex.find(text, REFERENCE)] == [day]
