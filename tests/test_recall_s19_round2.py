"""Acts of shooting told without 'shoot' (issue 20 item 1, session 19 round 2): a person "hit by a stray bullet" or
"grazed by a bullet", a gun that "went off" or "discharged", a wound one gave oneself ("wounds self with rifle") are
strong act phrases of data/triggers.tsv, which the prefilter's scan holds too. Real GVA pages (lines 5311, 5328,
1537), real models and spaCy; sport's hits and races' starting guns stay no incident. A further victim who "had also been struck by
gunfire" is one more victim, not one more act (consolidate, GVA line 1837)."""
from __future__ import annotations

from seedutil import gva_text

from eventwire import prefilter
from eventwire.pipeline import code_articles
from eventwire.records import Article


SPORT = (
    "The starting gun went off at 9 a.m. Saturday and more than 2,000 runners set off down Main Street in "
    "Springfield. In the afternoon game, the Tigers' leadoff hitter was hit by a pitch in the first inning and the "
    "shortstop was struck by a ball in the fourth. The home side won 5-3.")


def _coded(title: str, text: str, published: str, url: str):
    (coded,) = list(code_articles([Article(id="p", text=text, title=title, published=published, url=url)]))
    return coded.incidents


def test_a_gun_that_went_off_and_injured_a_customer_is_a_shooting():
    # GVA line 5311
    (incident,) = _coded("Pistol goes off inside bakery and wounds a customer; police seek owner",
                         gva_text(5311, until='Corey at 954-973-6700.'), "2017-02-11",
                         "http://www.sun-sentinel.com/local/broward/fl-sb-coconut-creek-gun-goes-off-20170211-story.html")
    assert incident.admin1 == "Florida" and incident.location == "Coconut Creek"
    assert incident.date == "2017-02-11" and incident.wounded == 1


def test_a_headline_telling_a_toe_grazed_by_a_bullet_passes_the_scan_and_is_coded():
    title = "Girl, 13, grazed by bullet in foot outside Little Rock shops"
    # GVA line 5328: a paywall where the story was
    assert prefilter.passes(title, gva_text(5328))
    (incident,) = _coded(title, gva_text(5328), "2017-02-08",
                         "http://www.arkansasonline.com/news/2017/feb/08/13-year-old-s-toe-grazed-by-bullet-stri/")
    assert incident.admin1 == "Arkansas" and incident.location == "Little Rock"


def test_a_boy_wounding_himself_with_a_rifle_is_a_shooting():
    # GVA line 1537, its first paragraph
    (incident,) = _coded("Youth in Oconee County wounds self with rifle on deer hunt",
                         gva_text(1537, until='County Sheriff’s Office.'), "2015-11-28",
                         "http://onlineathens.com/mobile/2015-11-28/oconee-teen-surgery-after-wounding-himself")
    assert incident.admin1 == "Georgia" and incident.date == "2015-11-28"


def test_a_starting_gun_and_a_batter_hit_by_a_pitch_are_no_incident():
    assert not _coded("Springfield race and ball game draw crowds", SPORT, "2016-05-01", "http://example.com/sport")


def test_a_victim_also_hit_by_gunfire_is_one_more_victim_of_the_act_not_one_more_act():
    # GVA line 1837: a further victim told as "also" struck by gunfire is one more victim of the act, not one more act
    # (consolidate._also_acted, consolidate._VICTIM_HIT)
    (incident,) = _coded("Gunfire at Belle Glade club leaves five men wounded", gva_text(1837, 'Five men were wounded'), "2013-03-17",
                         "http://www.palmbeachpost.com/news/news/crime-law/one-dead-three-others-wounded-in-shooting/")
    assert incident.admin1 == "Florida" and incident.wounded == 5
