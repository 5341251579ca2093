"""Session 28's dates (issue 20 items 2 and 4): an act told only by its week is dated by the week's middle day, and
a year-less date told with its weekday takes the year whose calendar puts it on that weekday. Sentences written for
the tests in the shape of local news, parsed for real by spaCy."""
from __future__ import annotations

from datetime import date

from eventwire import timex
from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


def test_an_act_of_last_week_is_dated_by_the_weeks_middle():
    """ "last week" in Tuesday's paper (11 February 2014) is the week of 3-9 February: dated its Thursday, the 6th,
    not its Monday; the window still holds the whole week."""
    text = ("A 17-year-old boy died after he was shot last week inside a home on Elm Street in Puyallup, police "
            "said.\n\nInvestigators have named no suspect.")
    (incident,) = code_text(text, "2014-02-11", OPTIONS).incidents
    assert (incident.date_precision, incident.date_earliest, incident.date_latest) == ("week", "2014-02-03",
                                                                                      "2014-02-09")
    assert incident.date == "2014-02-06"


def test_an_act_over_the_weekend_is_dated_by_its_sunday():
    """ "over the weekend" in Monday's paper (21 March 2016): Saturday the 19th and Sunday the 20th, dated Sunday."""
    text = "A man was shot and wounded over the weekend outside a bar on Main Street in Dayton, police said."
    (incident,) = code_text(text, "2016-03-21", OPTIONS).incidents
    assert (incident.date_earliest, incident.date_latest, incident.date) == ("2016-03-19", "2016-03-20",
                                                                            "2016-03-20")


def test_a_day_of_the_act_and_an_undated_report_keep_their_days():
    """Only a week told moves: a weekday stays its own day, and a story with no time stays on the article's day."""
    shot = "A man was shot and wounded {} outside a bar on Main Street in Dayton, police said."
    (told,) = code_text(shot.format("Saturday"), "2016-03-21", OPTIONS).incidents
    assert (told.date, told.date_precision) == ("2016-03-19", "day")
    (undated,) = code_text(shot.format("").replace("  ", " "), "2016-03-21", OPTIONS).incidents
    assert (undated.date, undated.date_precision) == ("2016-03-21", "week")


def test_a_year_less_date_with_its_weekday_takes_the_year_of_that_weekday():
    """ "a Mass of Christian burial on Wednesday, July 22" on a page of Thursday 16 July 2015 is the coming
    Wednesday (22 July 2015, a day still to come), not 22 July 2014, a Tuesday."""
    (burial,) = timex.find("Mourners will gather for a Mass of Christian burial on Wednesday, July 22, at Sacred "
                           "Heart Church.", date(2015, 7, 16))
    assert (burial.text, burial.date, burial.future) == ("July 22", "2015-07-22", True)
    (hearing,) = timex.find("She is due to appear before a judge Saturday, April 9, in county court.", date(2016, 4, 4))
    assert (hearing.date, hearing.future) == ("2016-04-09", True)


def test_a_weekday_that_fits_no_near_year_leaves_the_date_alone():
    """A weekday that is the writer's slip ("Wednesday, November 11" on a page of 23 November 2016: the 11th was a
    Friday; the Wednesday was a year before) and one that already fits keep the date's own reading."""
    (slip,) = timex.find("The boy was shot Wednesday, November 11 in his home.", date(2016, 11, 23))
    assert (slip.date, slip.future) == ("2016-11-11", False)
    (fits,) = timex.find("The boy was shot on Saturday, May 17 in his home.", date(2014, 5, 20))
    assert slip is not fits and fits.date == "2014-05-17"


def test_a_news_word_the_day_does_not_hang_from_leaves_the_act_its_day():
    """ "last month" narrowed to the day told further down, though the sentence names a press release: the day hangs
    from "happened", not from "release" (detect._step_day)."""
    text = ("Prosecutors plan to file charges over gunfire that hurt three men in the center of Reno last month.\n\n"
            "A police press release says the shooting happened at about 1:40 a.m. on October 17 in a lot "
            "beside a diner on Ninth Street.")
    (incident,) = code_text(text, "2016-11-09", OPTIONS).incidents
    assert (incident.date, incident.date_precision) == ("2016-10-17", "day")


def test_a_day_that_hangs_from_a_news_word_stays_the_steps():
    """A day told of the arrest ("was arrested on Oct. 28") is no day of the act of last month."""
    text = ("Prosecutors plan to file charges over gunfire that hurt three men in the center of Reno last month.\n\n"
            "A press release says a suspect was arrested on October 28 at a bus stop near a pawn shop on "
            "Ninth Street.")
    (incident,) = code_text(text, "2016-11-09", OPTIONS).incidents
    assert incident.date_precision == "month" and incident.date != "2016-10-28"
