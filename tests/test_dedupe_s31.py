"""Dedupe, session 31 (issue 19): reconciled wounded. A source's people shot hold the dead where another source tells
them apart, and a figure two outlets' headlines agree on outweighs one outlet's higher one. Shootings made up for these
tests (towns, counts and headlines of our own), reconciled as the store reconciles an incident's reports."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Incident


def member(article: str, published: str, title: str, **kw: int) -> dedupe.Member:
    return dedupe.Member(Incident(id=f"{article}:0", article_id=article, date="2016-03-05", date_precision="day",
                                  country="US", **kw), published=published, headline=dedupe.headline_entries(title))


def best(*members: dedupe.Member) -> tuple[int | None, int | None]:
    record = dedupe.reconcile("i", list(members))
    return record["killed_best"], record["wounded_best"]


def test_people_shot_hold_the_dead_another_source_tells_apart():
    """The first story counts five people shot at a skating rink and no death; the next day's tells one of them died
    and four are hurt: one killed and four wounded, not five wounded beside the dead man."""
    first = member("a", "2016-03-05", "Five shot in parking lot of Dunmore skating rink", wounded=5)
    later = member("b", "2016-03-06", "Man dies, four recovering after Dunmore rink shooting", killed=1, wounded=4)
    assert best(first, later) == (1, 4)
    # the same when the shot are told only in a body's count, the later outlet writing 'double shooting' as two hurt
    told = member("c", "2016-03-05", "Teen killed on Arbor Street, second teen hurt", killed=1, wounded=1)
    double = member("d", "2016-03-09", "Police arrest suspect in Arbor Street double shooting", wounded=2)
    assert best(told, double) == (1, 1)
    # where no source tells the dead and the rest wounded apart, the people shot are what the sources give
    dead = member("b", "2016-03-06", "Dunmore rink shooting victim dies", killed=1)
    assert best(first, dead)[1] == 5
    # and one article's own second report does not split its first
    one = member("a", "2016-03-05", "Five shot in parking lot of Dunmore skating rink", wounded=5)
    own = dedupe.Member(Incident(id="a:1", article_id="a", date="2016-03-05", date_precision="day", country="US",
                                 killed=1, wounded=4), published="2016-03-05")
    assert best(one, own)[1] == 5


def test_a_figure_two_headlines_agree_on_outweighs_a_higher_one():
    """Three outlets' headlines: two count four hurt, one five (it counted a man grazed elsewhere that night). Two
    agreeing headlines are the figure; one headline alone above the rest is not."""
    a = member("a", "2016-03-05", "4 hurt in Millbrook block party shooting", wounded=4)
    b = member("b", "2016-03-05", "Five shot overnight in Millbrook", wounded=5)
    c = member("c", "2016-03-06", "Four wounded at Millbrook party, police say", wounded=4)
    assert best(a, b, c)[1] == 4
    # two headlines of one article are one source's
    c_same = dedupe.Member(Incident(id="b:1", article_id="b", date="2016-03-05", date_precision="day", country="US",
                                    wounded=5), published="2016-03-05",
                           headline=dedupe.headline_entries("Five shot overnight in Millbrook"))
    assert best(a, b, c_same)[1] == 5
