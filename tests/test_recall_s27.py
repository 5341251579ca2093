"""Recall and extra incidents (issue 20 item 1, session 27), on real local news (GVA lines outside the held-out
301-450; real models and spaCy, no mocks).

- A piece that joined its act as a follow-up (an arrest told days later) does not keep a later piece dated by the
  act itself out of the group (GVA 4513: "he shot 14-year-old ... last Monday night, November 28").
- A follow-up told up to 30 days after the act (consolidate.FOLLOW_UP_DAYS), the age at which an act is background:
  arrests and deaths told two or three weeks on were each an extra incident dated by the news.
"""
from __future__ import annotations

from seedutil import gva_article

from eventwire.pipeline import code_article
from eventwire.records import Article


def _page(line: int) -> Article:
    """GVA line `line` as the evaluation codes it (title, text, address, publication date)."""
    row = gva_article(line)
    return Article(id=f"gva-{line}", title=row["title"], text=row["text"], url=row["url"], published=row["date"])


def test_a_piece_dated_by_the_act_joins_it_past_the_arrest_that_followed():
    # GVA line 4513 (2016-12-06): an arrest told Tuesday in last week's murder of a teenager in Mayfair; the sentence
    # dating the shooting itself ("last Monday night, November 28") was an incident of its own
    incidents = code_article(_page(4513)).incidents
    assert len(incidents) == 1
    assert (incidents[0].location, incidents[0].date, incidents[0].killed) == ("Philadelphia", "2016-11-28", 1)


def test_a_follow_up_told_weeks_after_the_act_joins_it():
    # GVA line 4204 (2016-11-29): two suspects arrested in a Little Rock shooting of five; one of the men died on
    # Nov. 20, 18 days after it, told as an incident of its own
    incidents = code_article(_page(4204)).incidents
    assert len(incidents) == 1
    assert (incidents[0].location, incidents[0].date) == ("Little Rock", "2016-11-02")
