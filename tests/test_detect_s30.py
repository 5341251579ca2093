"""Detection, session 30: a verb of taking ground ("capture", "recapture": data/triggers.tsv, Battles) told in the past
tense is a clash that happened only where its doer is armed (detect._past_clash, _armed_doer): rebels who captured a
post fought for it; two brothers who captured an alligator, or deputies who captured a runaway bull, did not. The
sentences are written for these tests."""
from __future__ import annotations

from eventwire.options import default_options
from eventwire.pipeline import detected
from eventwire.records import Article


def _drafts(text: str) -> list[str]:
    article = Article(id="c", text=text, published="2017-03-09", url="https://news.example.org/c")
    (work,) = list(detected([article], default_options()))
    return [d.main.text.strip() for d in work.drafts]


def test_a_catch_is_no_clash():
    assert _drafts("Two brothers captured a 12-foot alligator in a pond near Lake Halsey on Saturday.") == []
    assert _drafts("Deputies captured the runaway bull on a county road early Sunday.") == []


def test_ground_taken_by_armed_men_is_still_a_clash():
    assert len(_drafts("Insurgents captured two border posts near the river town on Saturday.")) == 1
    assert len(_drafts("Government troops recaptured the hilltop village on Friday.")) == 1
