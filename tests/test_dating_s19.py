"""The incident's date on real local news, session 19 (issue 20 items 2 and 4): a week, a month or a year narrowed to
the day the story tells further down; a follow-up's act dated by the day told beside the act; a weekday before the
date it names read as that date. Hand-made texts in the shape of GVA articles, parsed for real by spaCy."""
from __future__ import annotations

from datetime import date

from eventwire import timex
from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


def test_last_week_is_narrowed_to_the_day_the_story_tells():
    """ "shot and killed last week" (the week of 3 August in a paper of 12 August) and, further down, "The shooting
    happened about 11 p.m. Aug. 7": the act's day, not the week's first day."""
    text = ("A man shot and killed last week in north Fresno has been identified by the coroner's office.\n\n"
            "Marcus Green, 24, died at the scene.\n\n"
            "The shooting happened about 11 p.m. Aug. 7 in the 4000 block of North Blackstone Avenue, police said.")
    incidents = code_text(text, "2015-08-12", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2015-08-07", "day")


def test_a_court_day_inside_the_week_does_not_narrow_it():
    """ "went before a judge last Friday" tells news about the act, not the act: the week stays the incident's date."""
    text = ("A 14-year-old girl was shot and killed last week inside an apartment on Ninth Avenue in Tacoma.\n\n"
            "Detectives believe the gun went off by accident, though the teen who fired it was arrested and went "
            "before a judge last Friday.")
    incidents = code_text(text, "2014-02-11", OPTIONS).incidents
    assert incidents and incidents[0].date_precision == "week" and incidents[0].date != "2014-02-07"


def test_earlier_this_month_is_narrowed_to_its_day():
    """ "killed earlier this month" and "was found in a car ... on Nov. 3": the 3rd, not the 1st of the month."""
    text = ("Police have identified the woman who was shot and killed earlier this month in Elkhart.\n\n"
            "Tanya Brooks, 31, was found in a car on Johnson Street on Nov. 3.\n\n"
            "She was pronounced dead at the scene.")
    incidents = code_text(text, "2016-11-15", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2016-11-03", "day")


def test_a_plea_story_takes_the_day_the_police_found_the_victims():
    """A plea "in court Tuesday", and police who "went to Avenue H on April 21" and found people shot five months
    before: the act's day, not the plea's."""
    text = ("A Temple man charged with killing two men and wounding three others entered a plea of not guilty in court "
            "Tuesday.\n\n"
            "An arrest affidavit says Temple police went to Avenue H on April 21 and found that several people had "
            "been shot.")
    incidents = code_text(text, "2015-09-23", OPTIONS).incidents
    assert incidents and incidents[0].date == "2015-04-21"


def test_a_weekday_and_its_part_of_the_day_before_a_date_are_that_date():
    """ "Wednesday afternoon, July 9, 2014" in a story of 2016: the date, not the Wednesday before the article."""
    times = timex.find("Seven people were shot Wednesday afternoon, July 9, 2014, in Spring.", date(2016, 8, 26))
    assert [(t.text, t.date) for t in times] == [("July 9, 2014", "2014-07-09")]
    times = timex.find("Seven people were shot Wednesday afternoon in Spring.", date(2016, 8, 26))
    assert [(t.text, t.date) for t in times] == [("Wednesday afternoon", "2016-08-24")]


def test_an_undated_follow_up_takes_the_day_its_act_word_holds():
    """An arrest story of July with no day of its own for the ambush; two men "charged last month in the Braddock
    massacre on March 9": a day the act word holds dates the act, though the sentence tells a charge."""
    text = ("A man police believe was the intended target, and who survived a backyard ambush that left five adults "
            "dead in Braddock, is now in custody.\n\n"
            "Investigators said he had skipped a court date in a separate case.\n\n"
            "Two other men were charged last month in the Braddock massacre on March 9.")
    incidents = code_text(text, "2016-07-05", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2016-03-09", "day")
