"""Dedupe, session 32 (issue 19): a later day's headline that counts fewer wounded revises the highest headline
count. Shootings made up for these tests (towns, counts and headlines of our own), reconciled as the store reconciles
an incident's reports."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Incident


def member(article: str, published: str, title: str, **kw: int) -> dedupe.Member:
    return dedupe.Member(Incident(id=f"{article}:0", article_id=article, date="2016-05-14", date_precision="day",
                                  country="US", **kw), published=published, headline=dedupe.headline_entries(title))


def wounded(*members: dedupe.Member) -> int | None:
    return dedupe.reconcile("i", list(members))["wounded_best"]


FIRST = ("a", "2016-05-14", "Seven hurt in drive-by outside Lakeview hall")
UPDATE = ("b", "2016-05-15", "UPDATE: Six shot outside Lakeview hall after wedding")


def test_a_later_days_headline_revises_the_wounded_down():
    """The night's first story counts seven hurt; the next day's update, six shot and no one dead: six wounded."""
    assert wounded(member(*FIRST, wounded=7), member(*UPDATE, wounded=6)) == 6
    # in whatever order the reports come
    assert wounded(member(*UPDATE, wounded=6), member(*FIRST, wounded=7)) == 6
    # two outlets of one night that count the wounded apart: the highest headline count stands, as before; and two
    # headlines agreeing on seven outweigh a later one's six
    same_day = ("b", "2016-05-14", UPDATE[2])
    assert wounded(member(*FIRST, wounded=7), member(*same_day, wounded=6)) == 7
    agreeing = member("c", "2016-05-14", "7 wounded at Lakeview wedding hall shooting", wounded=7)
    assert wounded(member(*FIRST, wounded=7), agreeing, member(*UPDATE, wounded=6)) == 7
    # one victim's later story (one wounded) is no revision of the count
    one = member("d", "2016-05-16", "Teen hurt in Lakeview hall shooting is home from hospital", wounded=1)
    assert wounded(member(*FIRST, wounded=7), one) == 7

