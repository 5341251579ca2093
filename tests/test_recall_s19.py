"""Articles about a shooting that coded no incident (issue 20 item 1, session 19): a page whose text reads as
something else than its headline's act is kept by the article gate for its title alone and coded from it
(pipeline.TITLE_GATE_THRESHOLD). An article whose acts the act filter all drops codes none: keeping its best act
anyway (a 'lone act' at 0.65, tried in session 19) invented a shark attack on a web page the relevance models had not
trained on (bench/web_out_of_fold.py). Real pages of the GVA file (line 1543), real models and spaCy."""
from __future__ import annotations

from seedutil import gva_article, gva_text

from eventwire.options import default_options
from eventwire.pipeline import code_articles, gate, title_gate
from eventwire.records import Article


def _article(title: str, text: str, published: str, url: str) -> Article:
    return Article(id="p", text=text, title=title, published=published, url=url)


def test_a_headline_over_a_page_the_gate_reads_as_travel_is_coded_from_the_headline():
    # a box of travel features where the story was (GVA line 1543): the page reads as travel to the article gate, and
    # its "St. Patrick's Day" is no day of the act
    article = _article(gva_article(1543)["title"], gva_text(1543), "2015-11-29",
                       "http://chicago.cbslocal.com/2015/11/29/five-shot-during-party-at-kankakee-banquet-hall/")
    assert gate([article], default_options()) == [False]  # the page reads as travel
    assert title_gate([article], default_options()) == [True]
    (coded,) = list(code_articles([article]))
    (incident,) = coded.incidents
    assert incident.wounded == 5 and incident.admin1 == "Illinois"
    assert incident.date == "2015-11-29"  # not the travel box's St. Patrick's Day
