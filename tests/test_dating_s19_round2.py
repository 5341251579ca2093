"""The incident's date on real local news, session 19 round 2 (issue 20 items 2 and 4): an act day the parser hangs
off a gerund after a court step, a bracketed dateline of station or press-office copy, and a found body dating the
act of a charge story. Hand-made texts in the shape of GVA and web articles, parsed for real by spaCy."""
from __future__ import annotations

from datetime import date

from seedutil import web_text

from eventwire import detect
from eventwire.options import Options
from eventwire.pipeline import code_text
from eventwire.records import Article

OPTIONS = Options.load(use_env=False)


def test_a_sentencing_story_takes_the_day_of_the_killing():
    """ "sentenced Thursday ... for killing Dylan Price on March 4, 2013": the date hangs off "killing", a verb under
    "for"; the walk up the parse stopped at the sentencing, and the act took no day at all."""
    text = ("Merced man gets 25 to life in gang killing.\n\n"
            "Carlos Ruiz, 19, was sentenced Thursday to 25 years to life behind bars for killing 20-year-old "
            "Dylan Price on March 4, 2013.")
    incidents = code_text(text, "2014-04-04", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2013-03-04", "day")


def test_a_bracketed_dateline_before_the_file_date_is_the_day_times_are_read_against():
    """Press-office copy re-posted long after: "SAVANNAH, GA (August 2, 2015): ... early this morning"."""
    text = ("Bystanders Hurt In Shooting\n\n"
            "SAVANNAH, GA (August 2, 2015): A quarrel between two men near Forsyth Park turned into a shooting that "
            "hurt four bystanders early this morning.")
    assert detect.article_date(Article(id="x", text=text, published="2017-01-05")) == date(2015, 8, 2)
    incidents = code_text(text, "2017-01-05", OPTIONS).incidents
    assert incidents and incidents[0].date == "2015-08-02"


def test_a_bracketed_dateline_weeks_after_the_file_date_is_an_update():
    text = "Update\n\nJAY COUNTY, Ind. (May 11, 2016) - A boy was shot by his friend Wednesday."
    assert detect.article_date(Article(id="x", text=text, published="2016-04-20")) == date(2016, 4, 20)
    assert detect.article_date(Article(id="x", text=text, published="2016-05-10")) == date(2016, 5, 11)


def test_a_bracketed_dateline_on_the_file_day_of_another_year_is_a_slip():
    """ "INDIANAPOLIS, Ind. (Jan. 18, 2015)" on a page of 18 January 2016: the new year's slip, not an old story."""
    text = "INDIANAPOLIS, Ind. (Jan. 18, 2015) - A person was shot on the east side Monday morning."
    assert detect.article_date(Article(id="x", text=text, published="2016-01-18")) == date(2016, 1, 18)


def test_a_charge_story_takes_the_day_the_body_was_found():
    """A woman charged with her mother's murder, due in court today (web page 204's text); "The body of Sita Jaggesar
    ... was discovered around 3 pm on Tuesday": the death's day dates the act, not the court day."""
    text = web_text('204', until='on her return from attending school.')
    incidents = code_text(text, "2022-04-28", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2022-04-26", "day")
