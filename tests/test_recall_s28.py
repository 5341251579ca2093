"""Recall and extra incidents (issue 20 item 1, session 28), on real local news (GVA lines outside the held-out
301-450; real models and spaCy, no mocks).

- A piece the rules gave no event type and no toll, told beside a violent act at its place and a day from it, is a
  piece of that act (consolidate._untyped), not an incident of its own typed later as a riot.
- A page the cheap gate reads as general news whose title reports an act in a word of the trigger scan goes to
  MiniLM all the same (relevance.TITLE_LIFT): an aftermath told as a life story is still the report of its act.
- The trigger scan (data/prefilter.txt) holds "homicide" and the body found ("the body of a journalist was found",
  detect._with_found_body), which no trigger word names.
"""
from __future__ import annotations

from seedutil import acled_note, gva_article, gva_page

from eventwire import prefilter, relevance
from eventwire.options import default_options
from eventwire.pipeline import code_article, code_text


def test_an_untyped_piece_at_the_act_s_scene_joins_the_act():
    # GVA line 2703 (2016-05-11): a child who accidentally shot herself in Detroit; the sentence telling officers
    # sent to the house's block near midnight got no type from the rules and was an incident of its own (typed a
    # riot, no toll, dated Wednesday)
    incidents = code_article(gva_page(2703)).incidents
    assert len(incidents) == 1
    assert (incidents[0].location, incidents[0].date, incidents[0].killed) == ("Detroit", "2016-05-10", 1)


def test_a_title_reporting_an_act_lifts_a_page_the_cheap_gate_reads_as_general_news():
    # GVA line 5571 (2017-03-02): a teen's homecoming ten weeks after he was shot by accident on December 18; the
    # cheap gate scored the page 0.004 (a life story) and skipped it, MiniLM scores it 0.95
    incidents = code_article(gva_page(5571)).incidents
    assert [i.date for i in incidents] == ["2016-12-18"]


def test_a_general_title_does_not_lift_a_sure_negative():
    # GVA line 5912: a child off life support after a heart transplant; the cheap model scores its title alone 0.98
    # (a short title reads high whatever it says), but the title holds no word of the trigger scan
    settings = default_options().relevance
    row = gva_article(5912)
    (score,) = relevance.cheap_gate_scores([(row["title"], row["text"])], settings)
    assert score < settings.cheap_article_below


def test_the_trigger_scan_holds_homicide_and_a_body_found():
    assert prefilter.passes("Teen appears in court on homicide charge", "")
    # ACLED 2020 dev, El Salvador, 27 April 2020: a journalist's body found, no trigger word
    note = acled_note("acled_world_2020-04-27_2020-05-03.csv", "SLV998")
    assert prefilter.passes(None, note)
    incidents = code_text(note).incidents
    assert [(i.event_type, i.killed) for i in incidents] == [("Violence against civilians", 1)]
