"""Articles that coded no incident, or one act as two (issue 20 item 1, session 21), on real local news (GVA lines
outside the held-out 301-450; real models and spaCy, no mocks).

- A strategic development told beside a shooting of the same day and place is a step of that act, not news of its
  own: "Police say robbery may be a motive" was a second incident (Looting/property destruction) of a shooting story
  (consolidate.STEP_TYPES).
- Round 2: a piece kept apart only because "another" counts a person whose sentence tells the lead's own day and
  place joins the shooting (consolidate SAME_SCENE).
- An article whose every act the act filter would drop keeps its surest one when the gate is fairly sure of the
  article and the act scores just under the filter's line (pipeline.LAST_ACT_ARTICLE / LAST_ACT_THRESHOLD)."""
from __future__ import annotations

from seedutil import gva_article, gva_text

from eventwire.pipeline import code_article, code_text
from eventwire.records import Article


def test_a_robbery_told_as_a_shootings_motive_is_no_incident_of_its_own():
    # GVA line 4211 (2016-11-04)
    incidents = code_text(gva_text(4211, 'INDIANAPOLIS, Ind.– Police', 'story is developing.'), published="2016-11-04").incidents
    assert len(incidents) == 1
    (shooting,) = incidents
    assert shooting.event_type == "Violence against civilians"
    assert (shooting.admin1, shooting.location, shooting.wounded) == ("Indiana", "Indianapolis", 1)


def test_an_article_whose_acts_the_filter_drops_keeps_its_surest():
    # GVA line 1410 (2015-11-23)
    article = Article(id="gva-1410", title=gva_article(1410)["title"],
                      text=gva_text(1410, until='the Tyshawn Lee case.'),
                      published="2015-11-23")
    incidents = code_article(article).incidents
    assert len(incidents) == 1
    assert (incidents[0].admin1, incidents[0].location, incidents[0].killed) == ("Illinois", "Chicago", 1)


def test_another_victim_of_the_leads_day_and_place_is_no_second_incident():
    # GVA line 2742 (2016-05-19): "another woman" of a sentence dated "Late Sunday evening" in Memphis, the day and the
    # city of the lead's shooting, is one more victim of that shooting (consolidate SAME_SCENE)
    article = Article(id="gva-2742", title=gva_article(2742)["title"],
                      text=gva_text(2742), published="2016-05-19")
    incidents = code_article(article).incidents
    assert len(incidents) == 1
    assert (incidents[0].admin1, incidents[0].location, incidents[0].date) == ("Tennessee", "Memphis", "2016-05-15")
