"""Articles about a shooting that coded no incident (issue 20 item 1, session 19): a page whose text reads as
something else than its headline's act is kept by the article gate for its title alone and coded from it
(pipeline.TITLE_GATE_THRESHOLD), and an article whose acts the act filter all drops keeps its best act when that
scores at least pipeline.LONE_ACT_THRESHOLD under a headline telling no step after the act. Real pages of the GVA
file (lines 1543 and 4395), real models and spaCy."""
from __future__ import annotations

from dataclasses import replace

from eventwire.options import default_options
from eventwire.pipeline import code_articles, gate, lone_act, title_gate
from eventwire.records import Article

#: a box of travel features where the story was (GVA line 1543): the page reads as travel to the article gate, and
#: its "St. Patrick's Day" is no day of the act
TRAVEL_BOX = ("Best Destinations For A Proper St. Patrick's DayA look at some of the world's best destinations to "
              "celebrate a traditional St. Patrick's Day\n\n5 Must-Pack Items For Finicky Spring TravelFive suggested "
              "items for finicky travelers to bring along on their next spring vacation\n\nHow To Properly Clean And "
              "Store LuggageA few tips to help keep your luggage looking as good as new\n\nHow To Quell Wanderlust "
              "Between TripsFive tips to help cope with the strong desire to get away from it all in advance of your "
              "next big trip")

#: GVA line 4395: the story's one act ("the deadly gunshot" a father blames on a juvenile) scores 0.69 by the act filter
CLEVELAND = (
    "Please enable Javascript to watch this video\n\n"
    "CLEVELAND-- A grieving father spoke out about the death of his missing teenage son.\n\n"
    "Alexander Mullins, 16, was last seen on Nov. 9 at Washington Park High School. His body was discovered in an "
    "abandoned house on East 54th Street on Sunday.\n\n"
    "Henry Mullins calls what happened, \"Sad for the city, sad for the neighborhood.\" Mullins said his son was, "
    "\"Loved and appreciated by his family.\"\n\n"
    "His father said he believes a juvenile is likely to blame for the deadly gunshot and his message to that person "
    "is simple: \"Good luck.\"\n\n"
    "Henry Mullins said he's a roofer, not an investigator. He said he's waiting for police to come up with answers "
    "to all the questions about his son's death.\n\n"
    "More stories on Alexander Mullins")
TITLE = "Dad calls death of Cleveland 16-year-old 'sad for the city'"
URL = "http://fox8.com/2016/11/22/dad-calls-death-of-cleveland-16-year-old-sad-for-the-city/"


def _article(title: str, text: str, published: str, url: str) -> Article:
    return Article(id="p", text=text, title=title, published=published, url=url)


def test_a_headline_over_a_page_the_gate_reads_as_travel_is_coded_from_the_headline():
    article = _article("Five Shot During Party At Kankakee Banquet Hall", TRAVEL_BOX, "2015-11-29",
                       "http://chicago.cbslocal.com/2015/11/29/five-shot-during-party-at-kankakee-banquet-hall/")
    assert gate([article], default_options()) == [False]  # the page reads as travel
    assert title_gate([article], default_options()) == [True]
    (coded,) = list(code_articles([article]))
    (incident,) = coded.incidents
    assert incident.wounded == 5 and incident.admin1 == "Illinois"
    assert incident.date == "2015-11-29"  # not the travel box's St. Patrick's Day


def test_an_articles_one_act_under_the_filters_threshold_is_kept():
    (coded,) = list(code_articles([_article(TITLE, CLEVELAND, "2016-11-22", URL)]))
    (incident,) = coded.incidents
    assert incident.admin1 == "Ohio" and incident.location == "Cleveland"


def test_the_lone_act_needs_its_score_a_violent_type_and_a_headline_telling_no_step_after_it():
    article = _article(TITLE, CLEVELAND, "2016-11-22", URL)
    (coded,) = list(code_articles([article]))
    incidents = list(coded.incidents) * 2
    assert lone_act(incidents, [0.66, 0.69], article) == [incidents[1]]
    assert lone_act(incidents, [None, 0.63], article) == []
    assert lone_act(incidents, [None, None], article) == []  # dropped as mentions: never kept
    arrested = _article("Teen arrested in death of Cleveland 16-year-old", CLEVELAND, "2016-11-22", URL)
    assert lone_act(incidents, [0.66, 0.69], arrested) == []
    gathered = [replace(incidents[0], event_type="Protests", sub_event_type="Peaceful protest")]
    assert lone_act(gathered, [0.69], article) == []
