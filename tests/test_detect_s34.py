"""Detection, session 34: a court or arrest step told after the act on a day of its own stays out of the act's
incident, and a day the arrest names for its own act still sets another act apart. (A rule that let an arrest's day
no longer split the act it follows, 4956746, was taken out: on the whole GVA file it lost as many dates as it won,
one of them held out.) The sentences are written for these tests."""
from __future__ import annotations

from eventwire.options import default_options
from eventwire.pipeline import detected
from eventwire.records import Article


def _article(text: str, published: str = "2016-05-11") -> Article:
    return Article(id="s34", text=text, title=None, published=published)


def _drafts(text: str, published: str = "2016-05-11") -> list[list[str]]:
    (work,) = list(detected([_article(text, published)], default_options()))
    return [[s.text.strip() for s in d.sentences] for d in work.drafts]


def test_a_court_step_after_the_act_on_its_own_day_stays_out():
    text = ("A man was shot dead outside a pool hall on Cedar Street on Friday night, police said. "
            "On Tuesday, deputies took Owen Marsh, 22, into custody and he was charged with murder.")
    assert _drafts(text) == [["A man was shot dead outside a pool hall on Cedar Street on Friday night, police said."]]


def test_a_day_the_arrest_names_for_its_act_still_sets_another_act_apart():
    text = ("Police arrested a man Monday in Saturday's killing of a store clerk on Main Street. "
            "On Sunday night, a teenager was shot and wounded outside a school on Oak Avenue.")
    assert len(_drafts(text)) == 2
