"""The incident's date on real local news, session 20 (issue 20 items 2 and 4): a date before the words that qualify
an act noun ("the Sept. 9 quadruple murder"), a death named by its act ("the Nov. 3 shooting death"), an act's month
over a follow-up's day in one sentence, a time naming an act after a report's words ("Detectives at first said
the Sunday morning shooting"), and a street block that is no year. Hand-made texts in the shape of GVA articles,
parsed for real by spaCy."""
from __future__ import annotations

from datetime import date

from eventwire import timex
from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


def test_a_date_before_an_adjective_of_the_act_noun_is_the_acts():
    """ "in connection with the Sept. 9 quadruple murder": the parser hangs the date off "quadruple", not "murder",
    so it was no act day, and the follow-up took the day of a later sentence's "overnight" before it."""
    text = ("Another arrest in Warren County killings\n\n"
            "A second man was taken into custody after a grand jury indicted him in connection with the Sept. 9 "
            "quadruple murder in rural Warren County.\n\n"
            "He was located in Grundy County overnight after the killings and was held then on a "
            "probation violation charge.")
    incidents = code_text(text, "2013-09-12", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2013-09-09", "day")


def test_the_acts_month_outranks_a_release_day_and_finds_its_day():
    """ "charged in the fatal shooting of a young girl in November, walked out of jail on Wednesday evening": the
    act's month, not the release's Wednesday, dates the incident; "the Nov. 3 shooting death" further down (a death
    named by its act) gives the day."""
    text = ("Deputy freed on bond\n\n"
            "Carl Hensley, the Oakdale reserve deputy charged in the fatal shooting of a young girl in "
            "November, walked out of Allen Parish Jail on Wednesday evening.\n\n"
            "A grand jury in December charged Hensley and Troy Pickett, 29, with second-degree murder for "
            "the Nov. 3 shooting death of 7-year-old Lily Dupre.")
    incidents = code_text(text, "2016-03-08", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2015-11-03", "day")


def test_a_time_naming_the_act_after_said_is_no_report_time():
    """ "Detectives at first said the Sunday morning shooting ...": the words of a report before the time made it the
    day of the saying, and the act took Tuesday, the day of a later sentence."""
    text = ("Urbana shootings unrelated, police now say\n\n"
            "Detectives at first said the Sunday morning shooting at a gathering in a house on Lincoln Avenue, which "
            "killed one woman and wounded two others, might have been tied to a later shooting.\n\n"
            "But on Tuesday detectives said talks with witnesses to the later shooting showed there was "
            "no tie.")
    incidents = code_text(text, "2016-09-27", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2016-09-25", "day")


def test_an_arrest_day_stays_a_follow_ups():
    """The act word "arrested" holds its day, but an arrest is news about the act: "arrested early Tuesday ... after
    he killed a 14-year-old classmate" is not dated Tuesday where the story tells Monday."""
    text = ("Boy held in classmate's shooting death\n\n"
            "Police arrested a 17-year-old early Tuesday on a manslaughter count after he killed a "
            "14-year-old classmate in Watsonville.\n\n"
            "At 7:20 p.m. Monday, officers found the young victim still breathing in a garage with a gunshot "
            "wound to his neck.")
    incidents = code_text(text, "2014-06-17", OPTIONS).incidents
    assert incidents and all(i.date != "2014-06-17" for i in incidents)


def test_a_street_block_number_is_no_year():
    """ "around 4:10 p.m. Saturday in the 2000 block of Oak Avenue": "the 2000" read as a year before a noun, a time
    of the act word "block", and could outrank the Saturday; "in the 2014 shooting" stays a year."""
    found = timex.find("It took place around 4:10 p.m. Saturday in the 2000 block of Oak Avenue. She pleaded guilty "
                       "in the 2014 shooting.", date(2016, 2, 22))
    assert [(t.text, t.precision) for t in found] == [("Saturday", "day"), ("the 2014", "year")]
