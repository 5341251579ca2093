"""Recall and extra incidents (issue 20 item 1, session 28), on real local news (GVA lines outside the held-out
301-450; real models and spaCy, no mocks).

- A piece the rules gave no event type and no toll, told beside a violent act at its place and a day from it, is a
  piece of that act (consolidate._untyped), not an incident of its own typed later as a riot.
"""
from __future__ import annotations

from seedutil import gva_article

from eventwire.pipeline import code_article
from eventwire.records import Article


def _page(line: int) -> Article:
    """GVA line `line` as the evaluation codes it (title, text, address, publication date)."""
    row = gva_article(line)
    return Article(id=f"gva-{line}", title=row["title"], text=row["text"], url=row["url"], published=row["date"])


def test_an_untyped_piece_at_the_act_s_scene_joins_the_act():
    # GVA line 2703 (2016-05-11): a child who accidentally shot herself in Detroit; "Detroit police were called to
    # the 19700 block of Oakfield around midnight Wednesday" got no type from the rules and was an incident of its
    # own (typed a riot, no toll, dated Wednesday)
    incidents = code_article(_page(2703)).incidents
    assert len(incidents) == 1
    assert (incidents[0].location, incidents[0].date, incidents[0].killed) == ("Detroit", "2016-05-10", 1)
