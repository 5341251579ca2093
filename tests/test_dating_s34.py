"""Dating and follow-ups, session 34: a court step set for a day after words naming it ("is scheduled for a bond
hearing Thursday") is a day to come, not the act's (timex._SCHEDULED_FOR_GAP). Hand-made sentences in the shape of
local news."""
from __future__ import annotations

from datetime import date

from eventwire import timex


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


