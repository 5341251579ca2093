"""Acts of shooting told without 'shoot' (issue 20 item 1, session 19 round 2): a person "hit by a stray bullet" or
"grazed by a bullet", a gun that "went off" or "discharged", a wound one gave oneself ("wounds self with rifle") are
strong act phrases of data/triggers.tsv, which the prefilter's scan holds too. Real GVA pages (lines 5311, 5328,
1537), real models and spaCy; sport's hits and races' starting guns stay no incident. "A fifth victim had also
been hit by gunfire" is one more victim, not one more act (consolidate, GVA line 1837)."""
from __future__ import annotations

from eventwire import prefilter
from eventwire.pipeline import code_articles
from eventwire.records import Article

#: GVA line 5311
DOUGHNUT = (
    "Police are looking for a man who fled a Coconut Creek Dunkin’ Donuts after his firearm went off and injured "
    "another customer Saturday morning.\n\nA 55-year-old woman was taken to the hospital for treatment of minor "
    "injuries after the 8:30 a.m. incident at the doughnut shop, 6502 N. State Road 7.\n\nIt appears that the gun "
    "went off by accident when it fell from under the man’s clothing, said Sgt. Brandi DelVecchio, Coconut Creek "
    "police spokeswoman. The incident is still being investigated, she said.\n\nPolice want to speak with the man. "
    "He is described in his 30s, about 5-foot-11 and 170 pounds. He was last seen leaving the parking lot, heading "
    "north in a white, four-door Mazda.\n\nAnyone with information is asked to call Coconut Creek police Detective "
    "Clint Corey at 954-973-6700.")

#: GVA line 5328: a paywall where the story was
PAYWALL = (
    "We hope you've enjoyed your preview of ArkansasOnline.com.\n\nYou've now read the maximum number of stories "
    "available without a subscription.\n\nSubscribe now for complete and uninterrupted access to the best local, "
    "state and national news.\n\nAlready have an account?")

#: GVA line 1537, its first paragraph
HUNTING = (
    "A 13-year-old Oconee County boy underwent surgery in a metropolitan Atlanta hospital late Saturday afternoon for "
    "injuries he sustained after accidentally wounding himself with a .30-06-caliber bolt-action rifle while hunting "
    "off Rocky Branch Road in Oconee County earlier in the day, according to the Oconee County Sheriff’s Office.")

#: GVA line 1837: "a fifth victim had also been hit by gunfire" is one more victim of the act, not one more act
#: (consolidate._also_acted, consolidate._VICTIM_HIT)
CLUB = (
    'Five men were wounded early today in a shooting at Club 21 in Belle Glade, leaving two in critical '
    'condition.\n\nThe shootings took place at 1533 NW Ave. L, about 1.5 miles west of the Belle Glade '
    'Municipal Airport.\n\nEmergency crews arriving on the scene at 2:32 a.m. found four of the shooting '
    'victims. One was flown by Trauma Hawk helicopter to Delray Medical Center.\n\nAn investigation by the '
    'Palm Beach County Sheriff’s Office revealed a fifth victim had also been hit by gunfire.\n\nOf the '
    'five men, two are in critical but stable condition. The other three have non-life threatening '
    'injuries.\n\nNames of the victims have not been released, and sheriff’s officials are continuing to '
    'investigate today.\n\nAnyone with information about the shooting is urged to call Crime Stoppers at '
    '1-800-458-TIPS (8477).\n\nEarly reports said one person had died in the shooting, but that proved to '
    'be incorrect, Palm Beach County Fire Rescue said.')

SPORT = (
    "The starting gun went off at 9 a.m. Saturday and more than 2,000 runners set off down Main Street in "
    "Springfield. In the afternoon game, the Tigers' leadoff hitter was hit by a pitch in the first inning and the "
    "shortstop was struck by a ball in the fourth. The home side won 5-3.")


def _coded(title: str, text: str, published: str, url: str):
    (coded,) = list(code_articles([Article(id="p", text=text, title=title, published=published, url=url)]))
    return coded.incidents


def test_a_gun_that_went_off_and_injured_a_customer_is_a_shooting():
    (incident,) = _coded("Gun misfires in doughnut shop, hitting woman; man sought", DOUGHNUT, "2017-02-11",
                         "http://www.sun-sentinel.com/local/broward/fl-sb-coconut-creek-gun-goes-off-20170211-story.html")
    assert incident.admin1 == "Florida" and incident.location == "Coconut Creek"
    assert incident.date == "2017-02-11" and incident.wounded == 1


def test_a_headline_telling_a_toe_grazed_by_a_bullet_passes_the_scan_and_is_coded():
    title = "13-year-old's toe grazed by bullet at Little Rock strip mall"
    assert prefilter.passes(title, PAYWALL)
    (incident,) = _coded(title, PAYWALL, "2017-02-08",
                         "http://www.arkansasonline.com/news/2017/feb/08/13-year-old-s-toe-grazed-by-bullet-stri/")
    assert incident.admin1 == "Arkansas" and incident.location == "Little Rock"


def test_a_boy_wounding_himself_with_a_rifle_is_a_shooting():
    (incident,) = _coded("Oconee County teen wounds self with rifle while hunting", HUNTING, "2015-11-28",
                         "http://onlineathens.com/mobile/2015-11-28/oconee-teen-surgery-after-wounding-himself")
    assert incident.admin1 == "Georgia" and incident.date == "2015-11-28"


def test_a_starting_gun_and_a_batter_hit_by_a_pitch_are_no_incident():
    assert not _coded("Springfield race and ball game draw crowds", SPORT, "2016-05-01", "http://example.com/sport")


def test_a_victim_also_hit_by_gunfire_is_one_more_victim_of_the_act_not_one_more_act():
    (incident,) = _coded("Five wounded in shooting at Belle Glade night club", CLUB, "2013-03-17",
                         "http://www.palmbeachpost.com/news/news/crime-law/one-dead-three-others-wounded-in-shooting/")
    assert incident.admin1 == "Florida" and incident.wounded == 5
