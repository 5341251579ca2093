"""Recall and extra incidents (issue 20 item 1, session 23), on real local news (GVA lines outside the held-out
301-450; real models and spaCy, no mocks).

- A page whose text gives detection no act at all (a sign-up box, a weather widget) is retried with its headline even
  when the headline tells a police step after the act, an arrest or a charge (pipeline.FOLLOW_UP_RETRY), not a court's
  (pipeline.court_step): the headline is then the page's only report of the act. Before, such a headline was never
  retried, and the page coded nothing.
- "also" after a passive auxiliary ("Two women were also shot", "A 16-year-old was also shot")
  counts one more person hit by the act, not one more act (consolidate._passive_before): the piece joins the act.
"""
from __future__ import annotations

from seedutil import gva_article, gva_page, gva_text

from eventwire import consolidate, pipeline
from eventwire.options import default_options
from eventwire.pipeline import code_article
from eventwire.records import Article

ARREST_LINE = 2717  # GVA line whose headline tells an arrest after the act (read from the shared data)


def test_a_page_with_no_act_in_its_text_is_coded_from_a_follow_up_headline():
    # GVA line 2717 (2016-05-13): the page's text is the outlet's sign-in box
    page = gva_page(ARREST_LINE)
    incidents = code_article(page).incidents
    assert len(incidents) == 1
    shooting = incidents[0]
    assert (shooting.admin1, shooting.location, shooting.wounded) == ("Tennessee", "Memphis", 1)
    assert shooting.date_earliest is not None and shooting.date_earliest <= "2016-05-12" <= (shooting.date_latest or "")


def test_a_follow_up_headline_is_retried_only_where_the_text_told_no_act():
    arrest_title = gva_article(ARREST_LINE)["title"]
    page = Article(id="t", title=arrest_title, text=gva_text(ARREST_LINE), published="2016-05-13")
    options = default_options()
    # the act filter's retry (an article whose acts it dropped all) keeps follow-up headlines out
    assert pipeline.headline_retry(page, options) is None
    retried = pipeline.headline_retry(page, options, steps=True)
    assert retried is not None and retried.text.startswith(arrest_title)
    assert pipeline.court_step("Oregon father pleads not guilty in accidental shooting of son")
    assert pipeline.court_step("Ohio man who accidentally shot toddler won't serve prison time")
    assert not pipeline.court_step(arrest_title)
    assert not pipeline.court_step("Police: woman arrested after shooting man, 30, in leg")
    assert not pipeline.court_step("Man shot in Pleasant Valley, suspect charged")


def test_also_after_a_passive_auxiliary_counts_one_more_person_hit():
    # GVA line 5066 (2017-01-22)
    incidents = code_article(Article(id="gva-5066", title=gva_article(5066)["title"],
                                     text=gva_text(5066, 'MEMPHIS, Tenn. — Police'), published="2017-01-22")).incidents
    assert len(incidents) == 1
    shooting = incidents[0]
    assert (shooting.admin1, shooting.location, shooting.date) == ("Tennessee", "Memphis", "2017-01-21")
    assert (shooting.killed, shooting.wounded) == (1, 2)


def _passive(sentence: str, act: str) -> bool:
    return consolidate._passive_before(sentence, sentence.index("also"), sentence.index(act))


def test_also_is_passive_only_before_a_participle():
    assert _passive("Two women were also shot in the robbery, officers said.", "shot")
    assert _passive("A pair of bystanders were also injured by stray bullets.", "injured")
    assert not _passive("The driver was also shooting at passing trucks on the highway", "shooting")
    assert not _passive("The robbers also shot a clerk.", "shot")
