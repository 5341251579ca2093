"""Session 32's dates: a holiday told as a night runs past midnight as "Saturday night" does. New Year's Eve's
celebration and its gunfire run into the first of January, and an act told "on New Year's Eve" may have been on
either day: the incident's window holds both, its date stays the 31st. "Christmas night" is such a night too; a
holiday told as a day ("on Christmas Eve", "on Thanksgiving") keeps a one-day window. Sentences written for the
tests."""
from __future__ import annotations

from datetime import date

from eventwire import timex
from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


def _window(text: str, published: str) -> tuple[str | None, str | None, str | None]:
    (incident,) = code_text(text, published=published, options=OPTIONS).incidents
    return incident.date, incident.date_earliest, incident.date_latest


def test_new_years_eve_reaches_into_the_new_year():
    """An act told on New Year's Eve is dated the 31st, its window up to the 1st."""
    text = ("A 19-year-old man was shot in the leg on New Year's Eve outside a house party on Alder Lane in Brookfield, "
            "police said.\n\nThe man was taken to a hospital and is expected to recover.")
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
