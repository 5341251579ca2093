"""A weak act verb told of a person by its object (issue 20 item 1, session 19 round 2): "shooter who wounded
9-year-old girl", "teen wounds self" (detect.TriggerHit.victim_object), and a headline's present-tense act before a
reflexive pronoun, which spaCy tags a plural noun ("3-year-old kills herself": no bare plural of a topic). Real GVA
pages (lines 3096, 4036: the story's page holds bullet points or video captions), real models and spaCy."""
from __future__ import annotations

from seedutil import gva_text

from eventwire.pipeline import code_articles
from eventwire.records import Article

def _coded(title: str, text: str, published: str, url: str):
    (coded,) = list(code_articles([Article(id="p", text=text, title=title, published=published, url=url)]))
    return coded.incidents


def test_a_headline_kills_herself_is_an_act_not_a_plural_noun():
    # GVA line 3096: the story's page holds three bullet points
    incidents = _coded("Girl, 3, kills herself with pistol found at Lemoore home", gva_text(3096), "2016-07-06",
                       "http://www.fresnobee.com/news/local/crime/article88099967.html")
    assert incidents and incidents[0].admin1 == "California"


def test_a_shooter_who_wounded_a_girl_told_by_her_age_is_an_act():
    incidents = _coded("Officers hunt shooter who wounded 9-year-old girl inside Fresno home", gva_text(4036),
                       "2016-10-17", "http://www.fresnobee.com/news/local/crime/article108745622.html")
    assert incidents and incidents[0].admin1 == "California"
