"""Session 31's dates: a count of units back that the writer left vague ("a few months ago", "several weeks ago", "a
couple of days ago") is read as a window, so that an act told that far back is history, not the week's news (issue 20
item 2). A follow-up story's old act keeps its own day or month, not the article's week: "the <date> shooting death"
names the act's day whatever the parser hung the date from; "It happened on <date>" tells the story's act's day
whatever else its sentence says; a story of one act that tells only the week or month of it ("was shot last month")
is dated by that; a court step's day gives way to the month of the act it is about. Sentences written for the
tests."""
from __future__ import annotations

from datetime import date

from eventwire import detect, timex
from eventwire.options import Options
from eventwire.pipeline import code_text, detected
from eventwire.records import Article

OPTIONS = Options.load(use_env=False)
#: a Tuesday
PUBLISHED = "2016-05-24"


def test_a_few_units_ago():
    """'a few months ago', 'several weeks ago', 'a couple of days ago': a vague count of units back, read as a
    window, not left unread."""
    ref = date(2016, 5, 24)
    (months,) = timex.find("a few months ago", ref)
    assert (months.precision, months.earliest, months.latest) == ("month", "2016-01-01", "2016-03-31")
    (weeks,) = timex.find("several weeks ago", ref)
    assert weeks.precision == "week" and weeks.earliest == "2016-04-25" and weeks.latest == "2016-05-15"
    (days,) = timex.find("a couple of days ago", ref)
    assert (days.precision, days.date) == ("day", "2016-05-22")
    # as before: a count in figures or words
    (three,) = timex.find("three weeks ago", ref)
    assert (three.precision, three.date) == ("week", "2016-05-03")


def test_an_old_act_told_a_few_months_ago_is_no_news():
    """An act the text places 'a few months ago' is history: its dead are not counted into the week's incident."""
    text = ("A woman was wounded Sunday night outside a bowling alley in Fenwick, police said.\n\n"
            "In Harlow, a 24-year-old man shot and killed four people at a car wash a few months ago.")
    (incident,) = code_text(text, PUBLISHED, OPTIONS).incidents
    assert (incident.date, incident.killed, incident.wounded) == ("2016-05-22", None, 1)


def _only(text: str):
    (incident,) = code_text(text, PUBLISHED, OPTIONS).incidents
    return incident


def _act_times(text: str) -> list[str]:
    (work,) = detected([Article(id="s31", text=text, published=PUBLISHED)], OPTIONS)
    (sentence,) = detect.analyse_sentences(work.doc, work.article, OPTIONS.detect.background_days)
    return [t.text for t in sentence.act_times]


def test_a_date_between_an_article_and_the_act_word_is_the_acts():
    """'the <date> shooting death', 'the <date> stabbing death': the date names the act, though the act word
    qualifies another noun and the parser hangs the date from the sentence's verb."""
    assert _act_times("Olden had been wanted on a warrant for accessory to second degree murder after the May 2, "
                      "2016 shooting death of 19 year old Dorian Wexley Jr.") == ["May 2, 2016"]
    assert _act_times("Prosecutors dropped the charge in the March 30 stabbing death of Lorna Vick.") == ["March 30"]


def test_it_happened_on_a_date_dates_the_story():
    """'It happened on <date>' with a word of follow-up news later in the same sentence ('got hold of') still dates
    the story's act, however old."""
    text = ("A grand jury has charged a Brenton Falls mother over the gunshot death of her 4-year-old daughter.\n\n"
            "It happened on April 2 after the girl's cousin got hold of a loaded pistol left on a dresser.\n\n"
            "The cousin pulled the trigger and the bullet struck the girl in the chest, killing her.")
    incident = _only(text)
    assert incident.date == "2016-04-02"


def test_a_court_steps_day_gives_way_to_the_acts_month():
    """A court step's day beside the month of the act it is about ('accused of fatally shooting a classmate in
    March'): the act keeps its month, not the step's day."""
    text = ("A psychologist was appointed Tuesday to evaluate a Dunmore teenager accused of fatally shooting a "
            "classmate in March.\n\n"
            "The boy, 15, is being held without bail in the county jail.")
    incident = _only(text)
    assert incident.date_earliest >= "2016-03-01" and incident.date_latest <= "2016-03-31"
