"""Dedupe, session 28 (issue 19): reconciled tolls of a shooting whose one victim died, told by two outlets that
split evenly. Cases written as the pipeline codes them (made-up stories, news-style headlines)."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Incident


def member(article: str, published: str, title: str, **kw: int) -> dedupe.Member:
    return dedupe.Member(Incident(id=f"{article}:0", article_id=article, date="2016-03-28", date_precision="day",
                                  country="US", **kw), published=published, headline=dedupe.headline_entries(title))


def test_two_outlets_of_one_death_split_evenly_count_no_wounded():
    """One story of a boy who shot himself and died was read as one killed and one wounded (its 'shot' and its
    'died'), the other as one killed: one victim, as GVA counts him (one killed, none injured)."""
    both = member("a", "2016-03-28", "Boy, 4, dies after shooting himself at home", killed=1, wounded=1)
    dead = member("b", "2016-03-29", "Police: boy died of self-inflicted gunshot wound", killed=1)
    record = dedupe.reconcile("i", [both, dead])
    assert (record["killed_best"], record["wounded_best"]) == (1, 0)
    # in either order of publication, as long as the death is told no earlier than the wound
    later = member("c", "2016-03-28", "Boy, 4, dies after shooting himself at home", killed=1)
    assert dedupe.reconcile("i", [both, later])["wounded_best"] == 0


def test_an_even_split_with_a_survivors_story_keeps_the_wounded():
    """A story of someone shot and no death (a survivor) besides one source of a death and a wound and one of the
    death alone: two people, one killed and one wounded (tests/test_dedupe_s23.py keeps this case too)."""
    shot = member("a", "2016-03-28", "Man shot on east side", wounded=1)
    both = member("b", "2016-03-28", "Police investigate overnight shooting", killed=1, wounded=1)
    dead = member("c", "2016-03-29", "Man dies after east side shooting", killed=1)
    assert dedupe.reconcile("i", [shot, both, dead])["wounded_best"] == 1
    # a headline telling a death and someone hurt tells two people apart, however the sources split
    two = member("d", "2016-03-28", "1 killed, 1 injured in east side shooting", killed=1, wounded=1)
    assert dedupe.reconcile("i", [two, dead])["wounded_best"] == 1
