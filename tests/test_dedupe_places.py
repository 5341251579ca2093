"""Shared words that name a place say where, not which incident (issue 19, session 15): cases read from the GVA tune
half, written as the reports the pipeline coded. A merge of reports days apart, or one that outweighs the
geocoder, needs shared words that are no place (a person, a street, a business) or an age; reports of other days
that each name people and share none are two events unless they give the same toll."""
from __future__ import annotations

import pytest

from eventwire import dedupe
from eventwire.dedupe import cluster_incidents
from eventwire.records import Incident


def _report(report_id: str, day: str, location: str, admin1: str | None, lat: float, lon: float,
            precision: int = 1, date_precision: str = "day", **kw) -> Incident:
    base: dict = {"id": report_id, "article_id": report_id.partition(":")[0], "date": day,
                  "date_precision": date_precision, "country": "US", "admin1": admin1, "location": location,
                  "latitude": lat, "longitude": lon, "geo_precision": precision,
                  "event_type": "Violence against civilians", "target_types": ["Private Citizens & Property"],
                  "attack_types": ["Armed Assault"]}
    base.update(kw)
    return Incident(**base)


#: GVA 676376 and 697377: two West Garfield Park shootings 26 days apart; the stories share the neighbourhood only
GARFIELD_A = dedupe.text_keys("7 shot in West Garfield Park",
                              "Police said seven people were hit by gunfire late Friday in West Garfield Park, on "
                              "the city's West Side.")
GARFIELD_B = dedupe.text_keys("4 shot in West Garfield Park",
                              "Four were hurt when shots rang out Wednesday in West Garfield Park, officers said.")


def test_a_neighbourhood_and_a_county_are_place_keys_a_street_and_a_name_are_not():
    a = _report("a:0", "2016-10-14", "Chicago", "Illinois", 41.88, -87.73)
    b = _report("b:0", "2016-11-09", "West Garfield Park", "Illinois", 41.88, -87.73)
    keys = ["west garfield", "garfield park", "garfield", "crenshaw street", "crenshaw", "rashad milner", "#age 16"]
    assert dedupe._place_keys(a, b, keys) == {"west garfield", "garfield park", "garfield"}
    pa = _report("c:0", "2016-12-01", "Arnold", "Pennsylvania", 40.58, -79.77)
    assert dedupe._place_keys(pa, pa, ["westmoreland county", "westmoreland", "selena ruth"]) == {
        "westmoreland county", "westmoreland"}


def test_reports_weeks_apart_sharing_only_a_neighbourhood_are_two_incidents():
    a = _report("a:0", "2016-10-14", "Chicago", "Illinois", 41.8781, -87.6298, wounded=7)
    b = _report("b:0", "2016-11-09", "West Garfield Park", "Illinois", 41.8807, -87.7287, wounded=5)
    assert {"garfield park", "west garfield"} <= set(GARFIELD_A) & set(GARFIELD_B)
    c = dedupe.compare(a, b, keys=(GARFIELD_A, GARFIELD_B))
    assert dedupe.DATES in c.codes, c
    assert len(cluster_incidents([a, b], keys={"a:0": GARFIELD_A, "b:0": GARFIELD_B})) == 2


def test_a_shared_county_does_not_outweigh_the_geocoder_a_day_apart():
    """GVA 695239 / 525767: an Arnold shooting's court story and a Mt. Pleasant one a day apart, 52 km apart, sharing
    'Westmoreland County'."""
    keys_a = dedupe.text_keys("Judge keeps murder charge in Arnold shooting that killed teen girl",
                              "A Westmoreland County judge let the murder charge against Tavion Rusk stand.")
    keys_b = dedupe.text_keys("Mt. Pleasant teen accused in killing takes plea deal",
                              "A Westmoreland County teen admitted a lesser charge Friday, prosecutors said.")
    a = _report("a:0", "2016-12-01", "Arnold", "Pennsylvania", 40.5809, -79.7667, wounded=2)
    b = _report("b:0", "2016-12-02", "Mount Pleasant", "Pennsylvania", 40.1487, -79.5412, killed=1)
    c = dedupe.compare(a, b, keys=(keys_a, keys_b))
    assert dedupe.DISTANCE in c.codes, c
    # sharing the girl's name as well, the words outweigh the geocoder
    keys_b2 = dedupe.text_keys("Mt. Pleasant teen accused in killing takes plea deal",
                               "A Westmoreland County teen admitted a lesser charge Friday over the killing of Selena "
                               "Ruth Marlow.")
    keys_a2 = dedupe.text_keys("Judge keeps murder charge in Arnold shooting that killed teen girl",
                               "A Westmoreland County judge let the murder charge stand over the killing of Selena "
                               "Ruth Marlow.")
    assert not dedupe.compare(a, b, keys=(keys_a2, keys_b2)).conflicts


def test_one_days_reports_sharing_the_town_still_outweigh_the_geocoder():
    """GVA 587735: the story of a Hartford shooting placed on a Brook Street of Indiana; the other outlet's
    story is placed in Hartford, Connecticut, the same day."""
    keys_a = dedupe.text_keys("Four Hurt By Gunfire In Hartford",
                              "Gunfire on Brook Street in Hartford left four people hurt, officers said.")
    keys_b = dedupe.text_keys("Officers Probe Gunfire in Hartford",
                              "Officers are looking into gunfire on Brook Street that left four people hurt.")
    a = _report("a:0", "2016-06-25", "Hartford", "Connecticut", 41.7637, -72.6851, wounded=4)
    b = _report("b:0", "2016-06-25", "Brook", "Indiana", 40.8664, -87.3648, wounded=4)
    assert len(cluster_incidents([a, b], keys={"a:0": keys_a, "b:0": keys_b})) == 1


FORT_WORTH_A = dedupe.text_keys("Detectives Seek Gunman Who Killed 17-Year-Old in Fort Worth",
                                "Marquell Dunn, 17, was found shot before dawn Sunday, officers said.")
FORT_WORTH_B = dedupe.text_keys("Friends handling a pistol in north Fort Worth end in 16-year-old's death",
                                "Treyvon Hale, 16, was hit as friends passed a handgun around, officers said.")


@pytest.mark.parametrize("killed_b, wounded, joins", [(None, None, False), (1, 0, False), (1, 6, True)])
def test_reports_of_other_days_that_name_no_one_the_same_are_two_events_unless_their_toll_is_one(killed_b, wounded,
                                                                                                 joins):
    """GVA 662903 / 666472: two Fort Worth teens shot dead in one week, each story naming its own victim and street;
    placed in one city, overlapping dates and one kind of attack added up to a merge. The same toll on both, of two or
    more people (dedupe.SAME_TOLL_PEOPLE), is evidence that is no name, as in two outlets' headlines each telling one
    dead and six hurt in one district's shooting (GVA 480646); the one dead of most shootings
    is not (session 16: these two stories, each one killed, were one incident)."""
    a = _report("a:0", "2016-09-25", "Fort Worth", "Texas", 32.7254, -97.3208, killed=1, wounded=wounded)
    b = _report("b:0", "2016-09-27", "Fort Worth", "Texas", 32.7254, -97.3208, date_precision="week",
                killed=killed_b, wounded=wounded)
    assert dedupe._named_share((FORT_WORTH_A, FORT_WORTH_B)) < dedupe.TEXT_NONE
    got = cluster_incidents([a, b], keys={"a:0": FORT_WORTH_A, "b:0": FORT_WORTH_B})
    assert len(got) == (1 if joins else 2)


def test_a_year_long_window_is_no_day_apart_for_the_geocoder_to_be_outweighed():
    """GVA 525767 / 559237: a Pennsylvania story dated only to its year (a plea over a gun sold before a boy's
    killing in Mt. Pleasant) and a Florida arrest story sharing a first name, 724 km apart (one place coarse): its
    window holds the other's day, which is no sign that they tell of one day. Dated to a day each, a shared name
    outweighs the geocoder as before."""
    keys_a = dedupe.text_keys("Man who sold gun used in boy's killing takes plea", "Kenrick, 18, sold the gun, "
                              "officers said.")
    keys_b = dedupe.text_keys("Fifth man sought in string of shootings caught", "Kenrick, 18, was caught Saturday.")
    a = _report("a:0", "2016", "Westmoreland", "Pennsylvania", 40.31, -79.47, precision=2, date_precision="year")
    b = _report("b:0", "2016-05-14", "Sebring", "Florida", 27.49, -81.44, precision=2)
    assert dedupe._word_share((keys_a, keys_b)) >= dedupe.TEXT_SAME_DAY
    keys = {"a:0": keys_a, "b:0": keys_b}
    assert len(cluster_incidents([a, b], keys=keys)) == 2
    a_day = a.replace(date="2016-05-14", date_precision="day")
    assert len(cluster_incidents([a_day, b], keys=keys)) == 1


def test_a_national_chains_name_is_no_key():
    """GVA 775531 / 783102: a Chicago and an Ohio shooting three days apart whose stories both named a Dunkin Donuts
    (data/dedupe_common_words.txt)."""
    keys = dedupe.text_keys("Four victims named in Howland shooting",
                            "The shooting happened near a Dunkin Donuts on Route 46, police said.")
    assert not any("dunkin" in k or "donuts" in k for k in keys), keys


#: GVA 441724: the Marksville police shooting of a 6-year-old (November 2015) and the trial of an officer in March 2017
MARKSVILLE_SHOT = dedupe.text_keys(
    "Two marshals jailed after 6-year-old shot dead in Marksville",
    "Two Marksville marshals, Dalton Pruitt and Lionel Barrow Jr., were jailed over the gunfire that killed "
    "Caleb Weems, 6, and hurt his father Wade Tolley.")
MARKSVILLE_TRIAL = dedupe.text_keys(
    "Jurors hear of Dalton Pruitt's past before Marksville shooting",
    "The trial of Dalton Pruitt, charged along with Lionel Barrow Jr. in the death of Caleb Weems, 6, in Marksville "
    "went on Tuesday. Wade Tolley was hurt.")


@pytest.mark.parametrize("trial_keys, joins", [
    (MARKSVILLE_TRIAL, True),
    # the town and the boy's first name alone: another story of the town
    (dedupe.text_keys("Marksville shooting trial goes on", "The trial over the death of Caleb, 6, in Marksville "
                      "went on Tuesday."), False),
])
def test_a_trial_over_a_year_on_naming_the_victims_and_the_accused_joins_the_shooting(trial_keys, joins):
    shot = _report("a:0", "2015-11-03", "Marksville", "Louisiana", 31.1279, -92.0662, killed=1, wounded=1)
    trial = _report("b:0", "2017-03-14", "Marksville", "Louisiana", 31.1279, -92.0662, killed=1)
    got = cluster_incidents([shot, trial], keys={"a:0": MARKSVILLE_SHOT, "b:0": trial_keys})
    assert len(got) == (1 if joins else 2)


DAYTON_A = dedupe.text_keys("Man accused in deadly shooting appears before judge",
                            "A Dayton man faced a judge Tuesday, said a Montgomery County prosecutor.")
DAYTON_B = dedupe.text_keys("Coroner names the dead from two late-night shootings",
                            "The Montgomery County coroner named the people killed in two Dayton shootings.")


@pytest.mark.parametrize("day_b, joins", [("2016-10-28", False), ("2016-10-25", True)])
def test_a_shared_county_and_city_pin_down_one_days_event_not_another_days(day_b, joins):
    """Two shootings of a county three days apart, their stories sharing 'Montgomery County' and 'Dayton', placed 11
    km apart: places, which pin down the event of one day but not reports of other days (as GVA 785636 / 787780, two
    Louisville shootings three days apart sharing 'Bardstown' and 'LMPD')."""
    a = _report("a:0", "2016-10-25", "Dayton", "Ohio", 39.7589, -84.1916, killed=1)
    b = _report("b:0", day_b, "Trotwood", "Ohio", 39.7973, -84.3113, killed=2)
    assert set(dedupe._place_keys(a, b, dedupe.shared_keys(DAYTON_A, DAYTON_B)[1])) >= {"montgomery county", "dayton"}
    assert len(cluster_incidents([a, b], keys={"a:0": DAYTON_A, "b:0": DAYTON_B})) == (1 if joins else 2)


#: GVA 595048: the arrest in Pittsburgh's Fourth of July Downtown shooting and the teen's hearing 32 days later,
#: each dated to its own day, naming the accused and little else the first reports did
ARREST_TITLE = "Teen held in Fourth of July gunfire Downtown; bail pulled"
ARREST_TEXT = ("Dashon Robinson, 16, of Garfield was taken into custody Monday over the Fourth of July gunfire that "
               "hurt four people Downtown, officers said.")
HEARING_TITLE = "Pittsburgh teen charged in Fourth of July gunfire Downtown will be tried"
HEARING_TEXT = "Dashon Robinson, 16, of Garfield will be tried as an adult, a judge decided Friday."


@pytest.mark.parametrize("told, joins", [(True, True), (False, False)])
def test_an_arrest_and_a_hearing_weeks_apart_naming_the_accused_in_their_own_sentences_are_one_incident(told, joins):
    """A person's full name shared by two reports (in the sentences either was coded from) allows
    dedupe.text_sure_max_days between them; the name only in an article's opening (a story recalling another
    shooting) does not."""
    keys_a = dedupe.text_keys(ARREST_TITLE, ARREST_TEXT)
    keys_b = dedupe.text_keys(HEARING_TITLE, HEARING_TEXT)
    a = _report("a:0", "2016-09-19", "Pittsburgh", "Pennsylvania", 40.4406, -79.9959, wounded=4,
                summary=ARREST_TEXT if told else "Four people were wounded Downtown.")
    b = _report("b:0", "2016-10-21", "Pittsburgh", "Pennsylvania", 40.4406, -79.9959, wounded=4,
                summary=HEARING_TEXT if told else "The teen will stand trial as an adult.")
    assert "dashon robinson" in set(keys_a) & set(keys_b)
    assert len(cluster_incidents([a, b], keys={"a:0": keys_a, "b:0": keys_b})) == (1 if joins else 2)


def test_a_shared_pair_of_common_capitalised_words_is_no_persons_name():
    """'Cops And Robbers' in two Chicago stories of children shot a year apart names no one (GVA 525486 / 795797)."""
    a = _report("a:0", "2016-03-26", "Chicago", "Illinois", 41.88, -87.63, summary="Playing Cops Robbers, he was shot.")
    assert not dedupe._person_named(["cops robbers"], set(), a, a)
    assert dedupe._person_named(["dashon robinson"], set(), _report("b:0", "2016-09-19", "Pittsburgh", "Pennsylvania",
                                40.44, -79.99, summary="Dashon Robinson was arrested."), a)


#: GVA 662903 / 666472: two Fort Worth shootings of teenagers five days apart, both placed at the city's point; the
#: second story's window (the week) holds the first's day, and they share the place, the toll and every type
FW_STORY_A = ("Fort Worth Officers Look Into Killing Of 17-Year-Old",
                "FORT WORTH - Fort Worth officers are looking into the death of a 17-year-old found after a "
                "shots-fired call before dawn Sunday. Officers went to the 2900 block of Hollis Lane in South "
                "Fort Worth. The Tarrant County medical examiner named him as 17-year-old Marquell Dunn.")
FW_STORY_B = ("Friends handling a pistol in north Fort Worth end in 16-year-old's death",
                "A 16-year-old boy was shot dead in north Fort Worth while friends were fooling with a gun, officers "
                "said.")


@pytest.mark.parametrize("b_text, joins", [
    (FW_STORY_B, False),
    # the same story naming the victim the first one names: one incident
    ((FW_STORY_B[0], FW_STORY_B[1] + " Officers named the victim as Marquell Dunn."), True),
])
def test_a_citys_point_and_the_kind_of_attack_do_not_pin_down_reports_of_other_days(b_text, joins):
    keys_a, keys_b = dedupe.text_keys(*FW_STORY_A), dedupe.text_keys(*b_text)
    a = _report("a:0", "2016-09-25", "Fort Worth", "Texas", 32.7254, -97.3208, killed=1)
    b = _report("b:0", "2016-09-28", "Fort Worth", "Texas", 32.7254, -97.3208, date_precision="week", killed=1)
    c = dedupe.compare(a, b, keys=(keys_a, keys_b))
    assert (not c.conflicts and c.score >= dedupe.MERGE_SCORE) is joins, c
    assert len(cluster_incidents([a, b], keys={"a:0": keys_a, "b:0": keys_b})) == (1 if joins else 2)


#: GVA 554436: two outlets' stories of a two-year-old who shot herself in Smyrna, Tennessee, both published May 7 2016;
#: one outlet's town was geocoded to Smyrna, Georgia (330 km away)
SMYRNA_TN = _report("s1:0", "2016-05-07", "Smyrna", "Tennessee", 35.983, -86.519, wounded=1)
SMYRNA_GA = _report("s2:0", "2016-05-07", "Smyrna", "Georgia", 33.884, -84.514, wounded=1)
SMYRNA_KEYS = {"s1:0": dedupe.text_keys("Toddler in Smyrna shoots herself by accident",
                                        "A girl aged two shot herself by accident Saturday, officers said."),
               "s2:0": dedupe.text_keys("Smyrna Toddler Shoots Herself With Found Gun",
                                        "Officers said the girl came across a pistol in a bedroom.")}


@pytest.mark.parametrize("published, other, together", [
    ({"s1:0": "2016-05-07", "s2:0": "2016-05-07"}, SMYRNA_GA, True),
    # published a week apart: two towns' shootings
    ({"s1:0": "2016-05-07", "s2:0": "2016-05-14"}, SMYRNA_GA, False),
    # another toll: two shootings
    ({"s1:0": "2016-05-07", "s2:0": "2016-05-07"}, SMYRNA_GA.replace(wounded=None, killed=1), False),
])
def test_one_towns_name_placed_in_two_states_is_one_place_for_reports_published_together(published, other,
                                                                                         together):
    made = cluster_incidents([SMYRNA_TN, other], published=published, keys=SMYRNA_KEYS)
    assert (len(made) == 1) is together
