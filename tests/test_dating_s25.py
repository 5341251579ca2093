"""Dating, session 25: "may" after a number is the modal verb when a verb or adverb follows it ("shooting of 5 may be
tied to gangs"), not the fifth of May (timex._MODAL_MAY); a day of May stays one ("on 5 May in Lima"). A weekday told
alone that names the day after the article's date, held by no act word, tells a page dated a day behind its text, not
the week before (dating.TOMORROWS_WEEKDAY_BACK): such an incident is dated by its next time, else the article's day.
Hand-made texts in the shape of GVA articles, coded for real."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire import timex
from eventwire.options import Options
from eventwire.pipeline import code_article
from eventwire.records import Article

REFERENCE = date(2015, 11, 19)


@pytest.mark.parametrize(
    "text",
    [
        "Deputies: Eastside Modesto stabbing of 4 may be a feud",
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


OPTIONS = Options.load(use_env=False)


def _dates(text: str, published: str) -> list[tuple[str | None, str | None, str | None]]:
    incidents = code_article(Article(id="d", title="", text=text, published=published), OPTIONS).incidents
    return [(i.date, i.date_earliest, i.date_latest) for i in incidents]


def test_a_weekday_after_the_pages_date_is_no_week_old_day():
    # a Wednesday's page whose text was written on the Thursday after
    text = ("Four men were shot in the 800 block of 19th Street in West Palm Beach, police said Thursday.\n\n"
            "One man died at the scene and another died at the hospital.")
    assert _dates(text, "2015-08-26") == [("2015-08-26", "2015-08-20", "2015-08-26")]


def test_a_weekday_after_the_pages_date_gives_way_to_the_next_time():
    text = ("Police said Thursday that four men were shot in the 800 block of 19th Street in West Palm Beach.\n\n"
            "Officers were called to the block around 1:45 p.m. Wednesday, police said.")
    assert [d[0] for d in _dates(text, "2015-08-26")] == ["2015-08-26"]


def test_last_weeks_weekday_stays_a_week_back():
    text = ("Four men were shot in the 800 block of 19th Street in West Palm Beach, police said last Thursday.\n\n"
            "One man died at the scene and another died at the hospital.")
    assert [d[0] for d in _dates(text, "2015-08-26")] == ["2015-08-20"]
