"""Tolls are never read from a running total (issue 15 item 1, detect.tally_spans): a spate of gunfire "that has left
28 people shot and 10 people dead across the city since Friday" counts many shootings, not the one the article tells.
Text written for this test in the shape of GVA line 2001 (`../shared/data/gva/articles.jsonl`); none of it copied."""
from __future__ import annotations

from eventwire.pipeline import code_article
from eventwire.records import Article

TALLY = ("Half a year into her post as the city's police commissioner, Renata Osei said today that her officers were "
         "ready for a spate of gunfire that has left 28 people shot and 10 people dead across the city since Friday.")
ACT = ("A man was shot dead and four more people were wounded late Saturday in the 1200 block of Elmwood Road, police "
       "said.")


def _tolls(text: str) -> list[tuple[int | None, int | None]]:
    incidents = code_article(Article(id="t", text=text, published="2013-06-26")).incidents
    return [(i.killed, i.wounded) for i in incidents]


def test_a_running_total_gives_no_toll():
    for killed, wounded in _tolls(TALLY):
        assert killed != 10 and wounded not in (18, 28)


def test_the_act_beside_a_running_total_keeps_its_own_toll():
    tolls = _tolls(TALLY + "\n\n" + ACT)
    assert (1, 4) in tolls
    assert all(k != 10 and w not in (18, 28) for k, w in tolls)
