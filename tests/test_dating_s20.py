"""The incident's date on real local news, session 20 (issue 20 items 2 and 4): a date before the words that qualify
an act noun ("the Sept. 12 quadruple murder"), a death named by its act ("the Nov. 3 shooting death"), an act's month
over a follow-up's day in one sentence, a time naming an act after a report's words ("Police initially said the
Sunday morning shooting"), and a street block that is no year. Hand-made texts in the shape of GVA articles, parsed for real by spaCy."""
from __future__ import annotations

from datetime import date

from eventwire import timex
from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


def test_a_date_before_an_adjective_of_the_act_noun_is_the_acts():
    """ "in connection with the Sept. 12 quadruple murder": the parser hangs the date off "quadruple", not "murder",
    so it was no act day, and the follow-up took the day of a later sentence's "overnight" before it."""
    text = ("Second suspect arrested in Cumberland County murders\n\n"
            "A second suspect has been arrested after a grand jury indictment in connection with the Sept. 12 "
            "quadruple murder in rural Cumberland County.\n\n"
            "The suspect was found in Rhea County overnight after the murder and was arrested at that time on a "
            "parole violation charge.")
    incidents = code_text(text, "2013-09-12", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2013-09-12", "day")


def test_the_acts_month_outranks_a_release_day_and_finds_its_day():
    """ "indicted in the fatal shooting of a young boy in November, walked out of jail on Wednesday evening": the
    act's month, not the release's Wednesday, dates the incident; "the Nov. 3 shooting death" further down (a death
    named by its act) gives the day."""
    text = ("Officer released from jail\n\n"
            "Derrick Stafford, the Marksville deputy marshal indicted in the fatal shooting of a young boy in "
            "November, walked out of Avoyelles Parish Jail on Wednesday evening.\n\n"
            "Stafford and Norris Greenhouse Jr., 24, were indicted in December on counts of second-degree murder in "
            "the Nov. 3 shooting death of 6-year-old Jeremy Mardis.")
    incidents = code_text(text, "2016-03-08", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2015-11-03", "day")


def test_a_time_naming_the_act_after_said_is_no_report_time():
    """ "Police initially said the Sunday morning shooting ...": the words of a report before the time made it the
    day of the saying, and the act took Tuesday, the day of a later sentence."""
    text = ("Champaign shootings not linked, police say\n\n"
            "Police initially said the Sunday morning shooting at a party at an apartment on Green Street, which "
            "killed one man and wounded three others, may have been linked to a second shooting.\n\n"
            "But on Tuesday police said interviews with witnesses about the second shooting led investigators to "
            "conclude there was no link.")
    incidents = code_text(text, "2016-09-27", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2016-09-25", "day")


def test_an_arrest_day_stays_a_follow_ups():
    """The act word "arrested" holds its day, but an arrest is news about the act: "arrested early Tuesday ... after
    he killed a 15-year-old friend" is not dated Tuesday where the story tells Monday."""
    text = ("Teen arrested in friend's shooting death\n\n"
            "A 16-year-old boy was arrested early Tuesday on suspicion of involuntary manslaughter after he killed a "
            "15-year-old friend in Santa Cruz.\n\n"
            "At 6:45 p.m. Monday, police reported finding the teen victim still alive in a bedroom with a gunshot "
            "wound to his upper chest.")
    incidents = code_text(text, "2014-06-17", OPTIONS).incidents
    assert incidents and all(i.date != "2014-06-17" for i in incidents)


def test_a_street_block_number_is_no_year():
    """ "around 5:25 p.m. Saturday in the 2000 block of Elm Street": "the 2000" read as a year before a noun, a time
    of the act word "block", and could outrank the Saturday; "in the 2014 shooting" stays a year."""
    found = timex.find("It happened around 5:25 p.m. Saturday in the 2000 block of Elm Street. He pleaded guilty in "
                       "the 2014 shooting.", date(2016, 2, 22))
    assert [(t.text, t.precision) for t in found] == [("Saturday", "day"), ("the 2014", "year")]
