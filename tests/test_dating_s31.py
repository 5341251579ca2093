"""Session 31's dates: a count of units back that the writer left vague ("a few months ago", "several weeks ago", "a
couple of days ago") is read as a window, so that an act told that far back is history, not the week's news (issue 20
item 2). Sentences written for the tests."""
from __future__ import annotations

from datetime import date

from eventwire import timex
from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)
#: a Tuesday
PUBLISHED = "2016-05-24"


def test_a_few_units_ago():
    """'a few months ago', 'several weeks ago', 'a couple of days ago': a vague count of units back, read as a
    window, not left unread."""
    ref = date(2016, 5, 24)
    (months,) = timex.find("a few months ago", ref)
    assert (months.precision, months.earliest, months.latest) == ("month", "2016-01-01", "2016-03-31")
    (weeks,) = timex.find("several weeks ago", ref)
    assert weeks.precision == "week" and weeks.earliest == "2016-04-25" and weeks.latest == "2016-05-15"
    (days,) = timex.find("a couple of days ago", ref)
    assert (days.precision, days.date) == ("day", "2016-05-22")
    # as before: a count in figures or words
    (three,) = timex.find("three weeks ago", ref)
    assert (three.precision, three.date) == ("week", "2016-05-03")


def test_an_old_act_told_a_few_months_ago_is_no_news():
    """An act the text places 'a few months ago' is history: its dead are not counted into the week's incident."""
    text = ("A woman was wounded Sunday night outside a bowling alley in Fenwick, police said.\n\n"
            "In Harlow, a 24-year-old man shot and killed four people at a car wash a few months ago.")
    (incident,) = code_text(text, PUBLISHED, OPTIONS).incidents
    assert (incident.date, incident.killed, incident.wounded) == ("2016-05-22", None, 1)
