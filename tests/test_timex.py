"""Relative dates resolve against the article date with the right precision."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire.pipeline import code_text
from eventwire.timex import find

SUNDAY = date(2022, 12, 18)


@pytest.mark.parametrize(
    "text, day, precision, earliest, latest",
    [
        ("militants said Sunday they", "2022-12-18", "day", "2022-12-18", "2022-12-18"),
        ("three wounded, Wednesday, by a bomb", "2022-12-14", "day", "2022-12-14", "2022-12-14"),
        ("an attack last month on", "2022-11-01", "month", "2022-11-01", "2022-11-30"),
        ("until December of last year", "2021-12-01", "month", "2021-12-01", "2021-12-31"),
        ("on the 3rd", "2022-12-03", "day", "2022-12-03", "2022-12-03"),
        ("on the 20th", "2022-11-20", "day", "2022-11-20", "2022-11-20"),
        ("yesterday", "2022-12-17", "day", "2022-12-17", "2022-12-17"),
        ("2 days ago", "2022-12-16", "day", "2022-12-16", "2022-12-16"),
        ("on 28 December", "2021-12-28", "day", "2021-12-28", "2021-12-28"),
        ("12 JAN 90", "1990-01-12", "day", "1990-01-12", "1990-01-12"),
        ("last week", "2022-12-05", "week", "2022-12-05", "2022-12-11"),
        ("in October of 2014", "2014-10-01", "month", "2014-10-01", "2014-10-31"),
        ("protests began last December", "2021-12-01", "month", "2021-12-01", "2021-12-31"),
        ("as he did last June", "2022-06-01", "month", "2022-06-01", "2022-06-30"),
        ("in December", "2022-12-01", "month", "2022-12-01", "2022-12-31"),
    ],
)
def test_resolution(text, day, precision, earliest, latest):
    (found,) = find(text, SUNDAY)
    assert (found.date, found.precision, found.earliest, found.latest) == (day, precision, earliest, latest)


def test_weekday_followed_by_comma_is_not_a_month():
    # dateparser reads "Wednesday, by a" as January; the weekday rule must not
    (found,) = find("killed, Wednesday, by a bomb", SUNDAY)
    assert found.date == "2022-12-14"


def test_incident_date_prefers_the_event_over_the_report():
    (inc,) = code_text("Gunmen killed five policemen in Kandahar late on Thursday, officials said on Friday.", "2019-06-15").incidents
    assert inc.date == "2019-06-13"


def test_undated_report_gets_week_precision():
    (inc,) = code_text("Gunmen killed five policemen at a checkpoint in Kandahar.", "2019-06-15").incidents
    assert (inc.date_precision, inc.date_earliest, inc.date_latest) == ("week", "2019-06-09", "2019-06-15")


@pytest.mark.parametrize(
    "text, day",
    [
        # the clock puts the act past midnight: the article's day (GVA's day 44 times to 1 on its articles)
        ("A bartender was shot dead overnight at a tavern in Homewood. Police said that around 1:25 a.m. a man "
         "walked in and opened fire.", "2014-03-01"),
        ("Gunfire erupted overnight in the Strip District. Officers were called at 2 am to the 1600 block.", "2014-03-01"),
        # in the evening: the day before stays
        ("A bartender was shot dead overnight at a tavern in Homewood. Police said that around 11:30 p.m. a man "
         "walked in and opened fire.", "2014-02-28"),
        # no clock and no weekday of the day before named: the article's day (timex.EVENING_FIRST)
        ("A man was killed in a shooting overnight at a bar in Homewood.", "2014-03-01"),
        # ... the day before named: it stays
        ("A man was killed in a shooting overnight at a bar in Homewood that opened Friday.", "2014-02-28"),
    ],
)
def test_overnight_read_by_the_clock(text, day):
    (incident,) = code_text(text, "2014-03-01").incidents
    assert (incident.date, incident.date_earliest, incident.date_latest) == (day, "2014-02-28", "2014-03-01")
