"""Session 29's dates (issue 20 item 2): an act told "overnight" in an article that names its own weekday, and not
the day before's, is dated the article's day (the night that ended on it). Sentences written for the tests in the
shape of local news, parsed for real by spaCy."""
from __future__ import annotations

from datetime import date

from eventwire import timex
from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)
#: a Sunday
SUNDAY = "2015-08-09"


def _overnight(text: str) -> timex.TimeExpr:
    (found,) = [t for t in timex.find(text, date.fromisoformat(SUNDAY)) if t.text == "overnight"]
    return timex.by_the_clock(found, text)


def test_overnight_in_an_article_naming_its_own_day_is_that_day():
    """ "police said Sunday" in Sunday's paper, no clock and no Saturday: the night that ended on Sunday."""
    text = ("Two brothers were wounded in a shooting overnight outside a bowling alley in Marston. Detectives said "
            "Sunday that both were expected to recover.")
    (incident,) = code_text(text, SUNDAY, OPTIONS).incidents
    assert (incident.date, incident.date_earliest, incident.date_latest) == (SUNDAY, "2015-08-08", SUNDAY)
    assert _overnight(text).date == SUNDAY


def test_overnight_keeps_the_day_before_where_the_article_names_it_or_an_evening_clock():
    """The day before named too ("a party that began Saturday") or a clock of the evening first after "overnight"
    keep the night's first day; an article that names no weekday at all is the article's day."""
    moved = "A woman was shot overnight at a block party in Marston. Police said Sunday she was in stable condition."
    assert _overnight(moved).date == SUNDAY
    both = ("A woman was shot overnight at a block party in Marston that began Saturday. Police said Sunday she was "
            "in stable condition.")
    assert _overnight(both).date == "2015-08-08"
    evening = ("A woman was shot overnight in Marston. Officers arrived at about 10:40 p.m. and found her on the porch, "
               "police said Sunday.")
    assert _overnight(evening).date == "2015-08-08"
    neither = "A woman was shot overnight in Marston; her wounds were not grave, officers told reporters."
    assert _overnight(neither).date == SUNDAY
    # the clock first: "about 1:50 a.m." after "overnight" is the article's day whatever weekdays the article names
    small_hours = ("A woman was shot overnight at a block party in Marston that began Saturday. Officers were called "
                   "at about 1:50 a.m., police said.")
    assert _overnight(small_hours).date == SUNDAY
