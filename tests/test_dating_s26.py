"""Dating, session 26: a day the story says a court date, an autopsy or a funeral is set for ("is scheduled for March
14", "due back in court May 21", "will be arraigned Monday", "His next court date is Monday") is a day still to come,
never the act's (timex._SCHEDULED): read back as a past day it dated the act by last year's date or last week's
weekday. Hand-made texts in the shape of GVA articles, coded for real."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire import timex
from eventwire.options import Options
from eventwire.pipeline import code_article
from eventwire.records import Article


@pytest.mark.parametrize(
    "text, published, day",
    [
        ("Her bail hearing is scheduled for March 14.", "2014-03-03", "2014-03-14"),
        ("He is due back in court May 21.", "2015-04-30", "2015-05-21"),
        ("The two charged women are due in court again Thursday morning.", "2015-04-15", "2015-04-16"),
        ("The teenage suspect is due in the county's juvenile justice center on Friday for a hearing.",
         "2016-12-13", "2016-12-16"),
        ("She is set to appear at a bond hearing Thursday.", "2015-10-01", "2015-10-01"),
        ("His memorial service is set for Saturday at 2 p.m.", "2015-04-15", "2015-04-18"),
        ("Sentencing for Ray Dolan is scheduled for January 6.", "2016-11-04", "2017-01-06"),
        ("A wake will be held Friday in Mississippi.", "2015-02-12", "2015-02-13"),
        ("He will be arraigned on Monday.", "2017-01-28", "2017-01-30"),
        ("Both men are to appear before a magistrate Friday.", "2014-03-05", "2014-03-07"),
        ("His next court date is April 14.", "2015-03-30", "2015-04-14"),
        ("The trial is to resume Thursday morning.", "2016-07-06", "2016-07-07"),
    ],
)
def test_a_scheduled_day_is_still_to_come(text, published, day):
    [time] = timex.find(text, date.fromisoformat(published))
    assert (time.date, time.future) == (day, True)


@pytest.mark.parametrize(
    "text, published, day",
    [
        ("He was shot Thursday.", "2015-04-15", "2015-04-09"),
        ("Bond was set Friday at $75,000.", "2014-09-20", "2014-09-19"),  # set, not set for: a step taken
        ("The hearing was set for last Friday.", "2014-05-14", "2014-05-09"),
        ("The trial is scheduled for March of 2015.", "2014-03-28", "2015-03-01"),  # its year told
        ("The shooting was due to a dispute that began on Monday.", "2014-05-14", "2014-05-12"),
        ("The boy, who is expected to pull through, was shot Sunday.", "2017-01-17", "2017-01-15"),  # another clause's day
        ("Officers were trying to reach the next of kin Saturday.", "2015-02-07", "2015-02-07"),
    ],
)
def test_other_days_are_read_as_before(text, published, day):
    [time] = timex.find(text, date.fromisoformat(published))
    assert time.date == day


OPTIONS = Options.load(use_env=False)


def _dates(text: str, published: str) -> list[tuple[str | None, str | None]]:
    incidents = code_article(Article(id="d", title="", text=text, published=published), OPTIONS).incidents
    return [(i.date, i.date_precision) for i in incidents]


def test_a_court_date_ahead_does_not_make_the_shooting_history():
    # read back, "May 28" was the year before's, and the story an old act's: no incident
    text = ("A man accused of shooting his neighbor in Dayton is due back in court on May 28.\n\n"
            "The neighbor was wounded in the leg, police said.")
    assert _dates(text, "2014-05-14") == [("2014-05-14", "week")]


def test_weeks_ago_is_the_day_that_many_weeks_back():
    # a Thursday's page: the day two weeks back, in the week it falls in (its Monday stood for it)
    [time] = timex.find("The man died after he was shot two weeks ago while walking his dog.", date(2015, 4, 30))
    assert (time.date, time.precision, time.earliest, time.latest) == ("2015-04-16", "week", "2015-04-13", "2015-04-19")


def test_usa_today_is_a_newspaper():
    assert timex.find("A review by USA Today reporters showed", date(2016, 10, 20)) == []
    assert [t.date for t in timex.find("He died today.", date(2016, 10, 20))] == ["2016-10-20"]
