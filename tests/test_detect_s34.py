"""Detection, session 34. A day told of news about an act (an arrest, a court step: detect._act_days) in a sentence
joined to an incident after its lead is not the act's day: it no longer sets apart the act the story goes on to tell
on its own, earlier day, and that earlier day dates the incident (detect.by_act_day). A court step told after the act
on a day of its own still stays out of it. The sentences are written for these tests."""
from __future__ import annotations

from eventwire.options import default_options
from eventwire.pipeline import code_articles, detected
from eventwire.records import Article


def _article(text: str, published: str = "2016-05-11") -> Article:
    return Article(id="s34", text=text, title=None, published=published)


def _drafts(text: str, published: str = "2016-05-11") -> list[list[str]]:
    (work,) = list(detected([_article(text, published)], default_options()))
    return [[s.text.strip() for s in d.sentences] for d in work.drafts]


_ARREST_FIRST = (
    "Deputies arrested a 30-year-old man in connection with a fatal shooting at a Riverside motel. "
    "Dwayne Pike, of Fresno, was taken into custody Monday on a murder charge. "
    "Detectives say Pike fired several rounds through a window shortly after 11 p.m. on May 3, killing a guest, 40."
)


def test_the_arrest_day_does_not_split_the_act_it_follows():
    (draft,) = _drafts(_ARREST_FIRST)
    assert any("fired several rounds" in s for s in draft)


def test_the_act_keeps_its_own_day_under_the_arrest():
    (coded,) = list(code_articles([_article(_ARREST_FIRST)], default_options()))
    (incident,) = coded.incidents
    assert incident.date == "2016-05-03"
    assert incident.killed == 1


def test_a_court_step_after_the_act_on_its_own_day_stays_out():
    text = ("A man was shot dead outside a pool hall on Cedar Street on Friday night, police said. "
            "On Tuesday, deputies took Owen Marsh, 22, into custody and he was charged with murder.")
    assert _drafts(text) == [["A man was shot dead outside a pool hall on Cedar Street on Friday night, police said."]]


def test_a_day_the_arrest_names_for_its_act_still_sets_another_act_apart():
    text = ("Police arrested a man Monday in Saturday's killing of a store clerk on Main Street. "
            "On Sunday night, a teenager was shot and wounded outside a school on Oak Avenue.")
    assert len(_drafts(text)) == 2
