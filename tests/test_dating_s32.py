"""Session 32's dates: a holiday told as a night runs past midnight as "Saturday night" does. New Year's Eve's
celebration and its gunfire run into the first of January, and an act told "on New Year's Eve" may have been on
either day: the incident's window holds both, its date stays the 31st. "Christmas night" is such a night too; a
holiday told as a day ("on Christmas Eve", "on Thanksgiving") keeps a one-day window. Sentences written for the
tests.

A weekday told alone ("Monday night") is the day an earlier date of the incident names with that weekday written
before it ("Monday, May 23"): the page's date, against which the weekday alone was read, came a week or more after
the copy was written."""
from __future__ import annotations

from datetime import date

from eventwire import dating, timex
from eventwire.detect import Draft
from eventwire.options import Options
from eventwire.pipeline import code_text, detected
from eventwire.records import Article

OPTIONS = Options.load(use_env=False)


def _window(text: str, published: str) -> tuple[str | None, str | None, str | None]:
    (incident,) = code_text(text, published=published, options=OPTIONS).incidents
    return incident.date, incident.date_earliest, incident.date_latest


def test_new_years_eve_reaches_into_the_new_year():
    """An act told on New Year's Eve is dated the 31st, its window up to the 1st."""
    text = ("A 19-year-old man was shot in the leg on New Year's Eve outside a house party on Alder Lane in Brookfield, "
            "police said.\n\nThe man was driven to Mercy Hospital and should recover, police said.")
    assert _window(text, "2019-01-03") == ("2018-12-31", "2018-12-31", "2019-01-01")


def test_new_years_eve_without_the_apostrophe_and_with_its_year():
    (time,) = timex.find("New Years Eve 2015", date(2016, 1, 4))
    night = timex.into_the_night(time, date(2016, 1, 4))
    assert (night.date, night.earliest, night.latest) == ("2015-12-31", "2015-12-31", "2016-01-01")
    # as a weekday's night, never past the article's own day
    (told,) = timex.find("on New Year’s Eve", date(2017, 12, 31))
    assert timex.into_the_night(told, date(2017, 12, 31)).latest == "2017-12-31"


def test_christmas_night_and_christmas_eve():
    """A holiday told with "night" is a night; one told as a day is not."""
    ref = date(2016, 12, 28)
    (night,) = timex.find("Christmas night", ref)
    assert timex.into_the_night(night, ref).latest == "2016-12-26"
    (eve,) = timex.find("on Christmas Eve", ref)
    assert timex.into_the_night(eve, ref).latest == "2016-12-24"
    (day,) = timex.find("on Thanksgiving", ref)
    assert timex.into_the_night(day, ref).latest == day.latest


def _joined_date(text: str, published: str) -> dict:
    """The date fields of one incident made of every piece detection found in `text`, joined as consolidation joins
    the pieces of one act."""
    (work,) = detected([Article(id="t", text=text, published=published)], OPTIONS)
    joined = Draft(sentences=tuple(s for d in work.drafts for s in d.sentences),
                   extra=tuple(s for d in work.drafts for s in d.extra))
    return dating.incident_date(joined, date.fromisoformat(published), lambda *_: None)


def test_a_weekday_alone_is_the_day_named_with_it():
    """The lead's "Monday night" read against a page of Wednesday 1 June 2016 was 30 May; the text names the Monday
    as 23 May."""
    text = ("A 27-year-old woman was hit by gunfire from a passing car in Fenwick Monday night.\n\n"
            "Shots rang out at about 10 p.m. Monday, May 23 outside a house on Birch Street, officers said.\n\n"
            "She was treated at a hospital for a wound to her leg.")
    told = _joined_date(text, "2016-06-01")
    assert (told["date"], told["date_earliest"], told["date_latest"]) == ("2016-05-23", "2016-05-23", "2016-05-24")
    # a date named with another weekday ("Friday, May 20") leaves the weekday alone as it was read
    other = ("A 27-year-old woman was hit by gunfire from a passing car in Fenwick Monday night.\n\n"
             "Shots rang out at about 10 p.m. outside a house on Birch Street, where a window was shot out on Friday, "
             "May 20, officers said.\n\n"
             "She was treated at a hospital for a wound to her leg.")
    assert _joined_date(other, "2016-06-01")["date"] == "2016-05-30"
