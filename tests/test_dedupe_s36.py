"""Dedupe, session 36 (issue 19): two outlets' stories of one shooting of three or more people, dated to one day
in one area with one toll, one under a headline giving that toll, are one shooting though they name no one the
same. Shootings, people, streets and outlets made up for these tests."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Incident

#: a city and a suburb of it some 10 km away (name, latitude, longitude)
CITY = ("Rockford", 42.27, -89.09)
SUBURB = ("Loves Park", 42.32, -89.06)

#: one outlet's story names the dead and the street; the other's names the suspect, a detective and a neighbour
VICTIMS = ("Three men were killed and two women wounded early Saturday outside a house on Quillon Terrace. Police "
           "named the dead as Desmond Okorafor, 24, Rafael Tunstall, 31, and Ivo Brannagh, 28. Neighbour Odile "
           "Farquharson heard a dozen shots.")
SUSPECT = ("Detectives arrested Lazarus Whitcombe, 35, on Sunday after a shooting at a party left three people dead "
           "and two hurt. Sergeant Marisol Quennell said Whitcombe had argued with a guest at the Bellwether Lounge "
           "across Kestrel Avenue.")


def _report(report_id: str, place: tuple[str, float, float], killed: int, wounded: int, day: str) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day",
                    date_earliest=day, date_latest=day, country="US", admin1="Illinois", location=place[0],
                    latitude=place[1], longitude=place[2], geo_precision=1, event_type="Violence against civilians",
                    attack_types=["Armed Assault"], killed=killed, wounded=wounded)


def _compare(a: Incident, b: Incident, titles: tuple[str, str]) -> dedupe.Comparison:
    keys = (dedupe.text_keys(titles[0], VICTIMS), dedupe.text_keys(titles[1], SUSPECT))
    headlines = (dedupe.headline_entries(titles[0]), dedupe.headline_entries(titles[1]))
    return dedupe.compare(a, b, keys=keys, published=(a.date, b.date), headlines=headlines,
                          sources=("gazette", "wxtv"))


def test_stories_naming_other_people_are_one_shooting_of_one_day_area_and_toll_under_its_headline():
    """Each story names its own people (the dead and a neighbour; the suspect and a detective), so before they
    conflicted as 'both name people and places, none the same' (TEXT_DIFFERS). Dated to one day in a city and its
    suburb, with one toll of five people that one headline gives, they are one shooting (_day_toll_told)."""
    victims = _report("a:0", CITY, 3, 2, "2016-08-13")
    suspect = _report("b:0", SUBURB, 3, 2, "2016-08-13")
    titles = ("3 killed, 2 wounded in shooting outside Rockford home", "Man arrested after deadly party shooting")
    keys = (dedupe.text_keys(titles[0], VICTIMS), dedupe.text_keys(titles[1], SUSPECT))
    assert not dedupe.shared_keys(*keys)[1]
    c = _compare(victims, suspect, titles)
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE


def test_other_tolls_days_or_headlines_keep_stories_naming_other_people_apart():
    """Without the headline giving the toll (a page whose lead report may be another shooting it recalls), with
    another toll, or two days apart, the stories naming other people stay apart (TEXT_DIFFERS)."""
    victims = _report("a:0", CITY, 3, 2, "2016-08-13")
    no_toll = ("Rockford neighbours describe night of gunfire", "Man arrested after deadly party shooting")
    assert dedupe.TEXT_DIFFERS in _compare(victims, _report("b:0", SUBURB, 3, 2, "2016-08-14"), no_toll).codes
    titles = ("3 killed, 2 wounded in shooting outside Rockford home", "Man arrested after deadly party shooting")
    assert dedupe.TEXT_DIFFERS in _compare(victims, _report("b:0", SUBURB, 3, 1, "2016-08-14"), titles).codes
    assert dedupe.TEXT_DIFFERS in _compare(victims, _report("b:0", SUBURB, 3, 2, "2016-08-16"), titles).codes
    # a headline's figure that is not the report's own ('2 killed' over a report of three dead) says nothing
    wrong = ("2 killed in shooting outside Rockford home", "Man arrested after deadly party shooting")
    assert dedupe.TEXT_DIFFERS in _compare(victims, _report("b:0", SUBURB, 3, 2, "2016-08-14"), wrong).codes


#: a county seat and a village of its county some 11 km away (name, latitude, longitude)
SEAT = ("Marlow", 34.65, -97.96)
VILLAGE = ("Rush Springs", 34.78, -97.96)

CHILD = ("A four-year-old girl was wounded Tuesday when she found a loaded pistol in a bedroom of a house on "
         "Wrenfield Lane. Her grandmother, Philippa Ashcombe, drove her to Dunmore Regional.")
FATHER = ("Deputies said Barnaby Thistlewood left the pistol under a pillow at his home off Quenby Road. Sheriff "
          "Cordelia Pennyfeather said he faces a charge of child neglect.")


def _accident(report_id: str, place: tuple[str, float, float], day: str, killed: int | None,
              wounded: int | None) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day",
                    date_earliest=day, date_latest=day, country="US", admin1="Oklahoma", location=place[0],
                    latitude=place[1], longitude=place[2], geo_precision=1, event_type="Violence against civilians",
                    accident=True, killed=killed, wounded=wounded)


def test_two_accidental_shootings_of_one_area_and_week_naming_other_people_are_one():
    """One station names the child, her grandmother and the street, the other the father charged and the sheriff:
    both name people and none the same, which was a conflict (TEXT_DIFFERS). Two accidental shootings of one area
    and week whose tolls agree are one shooting (ACCIDENT_NAMES_DIFFER); not where one is no accident."""
    child = _accident("a:0", SEAT, "2016-05-10", None, 1)
    father = _accident("b:0", VILLAGE, "2016-05-10", None, 1)
    keys = (dedupe.text_keys("Girl, 4, shot with pistol she found", CHILD),
            dedupe.text_keys("Father charged after daughter finds gun", FATHER))
    assert not dedupe.shared_keys(*keys)[1]
    c = dedupe.compare(child, father, keys=keys, published=("2016-05-10", "2016-05-11"), sources=("kswo", "kfor"))
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE
    c = dedupe.compare(child, father.replace(accident=False), keys=keys, published=("2016-05-10", "2016-05-11"),
                       sources=("kswo", "kfor"))
    assert dedupe.TEXT_DIFFERS in c.codes
