"""Dating and follow-ups, session 34: a court step set for a day after words naming it ("is scheduled for a bond
hearing Thursday") is a day to come, not the act's (timex._SCHEDULED_FOR_GAP); a later piece told in another town of
the act's county is the act's follow-up, not a second incident (consolidate.FOLLOW_UP_SAME_COUNTY). Hand-made texts in
the shape of local news."""
from __future__ import annotations

from datetime import date

from eventwire import timex
from eventwire.options import Options
from eventwire.pipeline import code_article
from eventwire.records import Article

OPTIONS = Options.load(use_env=False)


def _days(sentence: str, published: date) -> list[tuple[str | None, bool]]:
    return [(t.date, t.future) for t in timex.find(sentence, published)]


def test_a_hearing_scheduled_for_a_weekday_is_a_day_to_come():
    # a Tuesday's page: the hearing is two days ahead, not the Thursday before
    assert _days("Okafor is scheduled for a bond hearing Thursday in Dover.", date(2018, 4, 10)) == [
        ("2018-04-12", True)]
    assert _days("An autopsy is set for the girl on Monday.", date(2018, 4, 10)) == [("2018-04-16", True)]


def test_a_past_day_after_a_plan_and_a_verb_stays_past():
    # "planned for" names what was planned; the gunfire that broke it up is a day gone by
    assert _days("A cookout planned for the lot was broken up by gunfire Sunday.", date(2018, 4, 10)) == [
        ("2018-04-08", False)]



def _coded(text: str, published: str) -> list[tuple[str | None, str | None]]:
    incidents = code_article(Article(id="d", title="", text=text, published=published), OPTIONS).incidents
    return [(i.date, i.location) for i in incidents]


_ACT = ("Gunfire killed a college student, 19, on Saturday night at a party at a house on Ridgeway Drive in "
        "Tustin, police said.\n\nOfficers found him in the backyard with a wound to the chest, and he died at the scene.\n\n")


def test_a_follow_up_told_in_another_town_of_the_county_joins_the_act():
    # a Wednesday's page: the uncle spoke on Tuesday in Santa Ana, in Tustin's county; one act, Saturday's
    text = _ACT + ("His uncle, speaking Tuesday outside the family's home in Santa Ana, said the gunfire broke out "
                   "after an argument.\n")
    assert _coded(text, "2019-06-12") == [("2019-06-08", "Tustin")]


def test_a_follow_up_told_in_another_county_stays_apart():
    # the same, told in a town of another county: kept apart, as before
    text = _ACT + ("His uncle, speaking Tuesday outside the family's home in Riverside, said the gunfire broke out "
                   "after an argument.\n")
    assert len(_coded(text, "2019-06-12")) == 2
