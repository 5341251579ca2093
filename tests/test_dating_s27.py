"""Dating, session 27: "the night before", "the day before", "the previous day" count back from the day the sentence
told before them ("died early Sunday", shot "the night before"), not from the article's day
(timex.DAY_BEFORE); "the day before the attack" names no day. Hand-made sentences in the shape of GVA articles,
resolved and coded for real."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire import timex
from eventwire.options import Options
from eventwire.pipeline import code_article
from eventwire.records import Article


@pytest.mark.parametrize(
    "text, published, phrase, day",
    [
        # a Monday's page: Sunday morning's night before is Saturday, not the Sunday before the page
        ("The girl, 15, died early Sunday; she had been shot on Grand Street at about 9:10 p.m. the night before, "
         "detectives said.", "2015-04-20", "the night before", "2015-04-18"),
        ("Neighbors gathered Dec. 29, 2013, to remember the two men killed in a shooting the night before.",
         "2013-12-30", "the night before", "2013-12-28"),
        ("Police were out in force on Thursday after five people were shot the day before.", "2015-05-21",
         "the day before", "2015-05-20"),
        ("Officers said on Tuesday that the man had been shot the previous evening.", "2016-03-10",
         "the previous evening", "2016-03-07"),
    ],
)
def test_the_day_before_counts_back_from_the_day_told_before_it(text, published, phrase, day):
    [time] = [t for t in timex.find(text, date.fromisoformat(published)) if t.text == phrase]
    assert (time.date, time.precision) == (day, "day")


def test_the_day_before_alone_is_the_day_before_the_article():
    [time] = timex.find("The girl was shot the day before in her front yard.", date(2016, 3, 21))
    assert time.date == "2016-03-20"


@pytest.mark.parametrize(
    "text",
    [
        "He stayed at the shop the day before the shooting.",
        "She had seen him at a party the night before he was killed.",
        "The teen was killed at a street fair held the night before Labor Day.",
        "The family was grieving the day before Thanksgiving.",
        "He had slept over at the apartment the night before.",  # a night with no day told before it
    ],
)
def test_the_day_before_an_event_names_no_day(text):
    assert [t.text for t in timex.find(text, date(2016, 7, 6)) if "before" in t.text] == []


OPTIONS = Options.load(use_env=False)


def _dates(text: str, published: str) -> list[str | None]:
    return [i.date for i in code_article(Article(id="d", title="", text=text, published=published), OPTIONS).incidents]


def test_a_death_next_morning_is_dated_by_the_shooting_the_night_before():
    # a Monday's page: the boy was shot Saturday night and died Sunday morning; the act is Saturday's
    text = ("Police on Monday charged a woman with murder in the killing of a 15-year-old girl in Paterson.\n\n"
            "The girl died early Sunday after she was shot on Grand Street the night before, detectives said.")
    assert _dates(text, "2015-04-20") == ["2015-04-18"]


def test_a_vigil_the_day_after_dates_the_shooting_the_night_before():
    text = ("Neighbors gathered Dec. 29, 2013, to remember two men killed in a shooting the night before at a nightclub "
            "in Montgomery, Ala.\n\nSix other people were wounded, police said.")
    assert _dates(text, "2013-12-30") == ["2013-12-28"]
