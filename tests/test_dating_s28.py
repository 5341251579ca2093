"""Session 28's dates (issue 20 items 2 and 4): an act told only by its week is dated by the week's middle day.
Sentences written for the tests in the shape of local news, parsed for real by spaCy."""
from __future__ import annotations

from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


def test_an_act_of_last_week_is_dated_by_the_weeks_middle():
    """ "last week" in Tuesday's paper (11 February 2014) is the week of 3-9 February: dated its Thursday, the 6th,
    not its Monday; the window still holds the whole week."""
    text = ("A 17-year-old boy died after he was shot last week inside a home on Elm Street in Puyallup, police "
            "said.\n\nDetectives asked anyone with information to call them.")
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
