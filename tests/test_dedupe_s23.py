"""Session 23 (issue 19): reconciled tolls of a shooting whose one victim died."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Incident


def member(article: str, published: str, title: str, **kw: int) -> dedupe.Member:
    return dedupe.Member(Incident(id=f"{article}:0", article_id=article, date="2016-09-12", date_precision="day",
                                  country="US", **kw), published=published, headline=dedupe.headline_entries(title))


def test_one_victim_told_dead_by_most_sources_is_not_also_wounded():
    """Most stories of one shooting count its one victim dead and no one wounded; one read him as shot and killed
    (killed 1, wounded 1), another, written before he died, as shot: GVA counts one killed, none injured."""
    shot = member("a", "2016-09-12", "Man shot on east side", wounded=1)
    both = member("b", "2016-09-12", "Police investigate overnight shooting", killed=1, wounded=1)
    dead = [member(x, "2016-09-13", "Man dies after east side shooting", killed=1) for x in ("c", "d")]
    record = dedupe.reconcile("i", [shot, both, *dead])
    assert (record["killed_best"], record["wounded_best"]) == (1, 0)
    # one source of the death alone does not outvote the one telling a death and a wounded
    assert dedupe.reconcile("i", [shot, both, dead[0]])["wounded_best"] == 1
    # a story of someone wounded published after the last of the dead tells of another victim
    later = member("f", "2016-09-20", "Second man shot on east side", wounded=1)
    assert dedupe.reconcile("i", [both, *dead, later])["wounded_best"] == 1
    # a headline telling a death and someone hurt tells two people apart
    two = member("e", "2016-09-12", "1 killed, 1 injured in east side shooting", killed=1, wounded=1)
    assert dedupe.reconcile("i", [two, *dead])["wounded_best"] == 1
    # three dead: outlets telling only the dead leave the real wounded out (ONE_VICTIM_KILLED)
    many = [member(x, "2016-09-13", "Three dead in east side shooting", killed=3) for x in ("g", "h")]
    hurt = member("k", "2016-09-12", "Shooting on east side", killed=3, wounded=2)
    assert dedupe.reconcile("i", [hurt, *many])["wounded_best"] == 2
