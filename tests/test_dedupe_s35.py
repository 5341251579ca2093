"""Dedupe, session 35 (issue 19): the name keys of a report stop at a sentence's end, whatever the next sentence's
first word; a report placed only in its province is in the area of a town there; two accidental shootings of one
area and week are one. Shootings and people made up for these tests (names, towns and streets of our own)."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Article, Incident


def test_a_rare_word_opening_a_sentence_is_not_run_on_to_the_last_sentence():
    """A rare surname opening a sentence after a street's or a town's name is a key of its own: before, the run of
    capitalised words went on across the full stop and made a two-word key ('lane adeyemi', 'harrowgate adeyemi')
    that names no one and that another story of the same person, told in other words, never shares."""
    keys = dedupe.text_keys(None, "A man was wounded late Friday on Quarry Lane. Adeyemi was driven to a hospital by "
                                  "a friend. Officers searched Harrowgate! Adeyemi's brother spoke.")
    assert "adeyemi" in keys and "quarry lane" in keys
    assert not [k for k in keys if k.endswith(" adeyemi")]
    # a full stop after a middle initial, a short abbreviation ('St.', 'Mt.') or a title written short ends no
    # sentence: the name goes on
    keys = dedupe.text_keys(None, "Tobias Q. Okafor, 31, died in St. Tammany Parish, deputies said.")
    assert "tobias okafor" in keys and "st tammany" in keys


def _report(report_id: str, place: tuple[str, float, float, int], killed: int, wounded: int) -> Incident:
    day = "2016-03-12"
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day",
                    date_earliest=day, date_latest=day, country="US", admin1="Nebraska", location=place[0],
                    latitude=place[1], longitude=place[2], geo_precision=place[3], event_type="Violence against civilians",
                    attack_types=["Armed Assault"], killed=killed, wounded=wounded)


#: a small town of the province, placed at its point; and the province itself, placed at its centroid (coarse), some
#: 250 km away
TOWN = ("Broken Bow", 41.40, -99.64, 1)
FAR_PROVINCE = ("Nebraska", 40.80, -96.70, 3)


def test_a_report_placed_only_in_its_province_is_in_the_area_of_a_town_there():
    """One outlet's story names no town the geocoder finds ('a Nebraska feed store') and is placed at the province's
    centroid; another's is placed in the town. The centroid's distance to the town is no distance between two
    shootings: with one day and one toll of five people they are one shooting (_area_toll), where before the
    distance was a coarse place differing (W_PLACE_DIFFERS) and nothing anchored them. Another toll keeps them
    apart."""
    town, province = _report("a:0", TOWN, 3, 2), _report("b:0", FAR_PROVINCE, 3, 2)
    c = dedupe.compare(town, province, keys=(("#age 41",), ("#age 41",)), sources=("herald", "kolntv"))
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE
    other = _report("c:0", FAR_PROVINCE, 1, 0)
    c = dedupe.compare(town, other, keys=(("#age 41",), ("#age 41",)), sources=("herald", "kolntv"))
    assert c.conflicts or c.score < dedupe.MERGE_SCORE


def _accident(report_id: str, place: tuple[str, float, float], day: str, lo: str, killed: int | None,
              wounded: int | None) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day",
                    date_earliest=lo, date_latest=day, country="US", admin1="Oklahoma", location=place[0],
                    latitude=place[1], longitude=place[2], geo_precision=1, event_type="Violence against civilians",
                    accident=True, killed=killed, wounded=wounded)


#: a town and its county seat, some 12 km apart
SHAWNEE = ("Shawnee", 35.33, -96.93)
TECUMSEH = ("Tecumseh", 35.26, -96.94)


def test_two_accidental_shootings_of_one_area_and_week_are_one():
    """A boy who found a relative's pistol is told wounded in the town by one station and dead in the county seat by
    the other a day later, neither naming him nor giving his age: two accidental shootings of one area and week,
    their tolls a revised one, are one shooting (_area_accident), where before nothing anchored them. Ages that
    differ keep them apart."""
    hurt = _accident("a:0", SHAWNEE, "2016-10-08", "2016-10-08", None, 1)
    died = _accident("b:0", TECUMSEH, "2016-10-09", "2016-10-03", 1, 0)
    c = dedupe.compare(hurt, died, keys=((), ()), published=("2016-10-08", "2016-10-09"), sources=("koco", "news9"))
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE
    c = dedupe.compare(hurt, died, keys=(("#age 4",), ("#age 11",)), published=("2016-10-08", "2016-10-09"),
                       sources=("koco", "news9"))
    assert c.conflicts or c.score < dedupe.MERGE_SCORE


#: Rockford, Illinois, and a suburb of it: name, latitude, longitude
ROCKFORD = ("Rockford", 42.27, -89.09)
MACHESNEY_PARK = ("Machesney Park", 42.35, -89.04)


def _rockford(report_id: str, day: str, summary: str, town: tuple[str, float, float] = ROCKFORD) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day",
                    date_earliest=day, date_latest=day, country="US", admin1="Illinois", location=town[0],
                    latitude=town[1], longitude=town[2], geo_precision=1,
                    event_type="Violence against civilians", attack_types=["Armed Assault"], summary=summary,
                    killed=1)


#: an arrest story, coded from its sentence telling the killing (dated to the killing's day), and another outlet's
#: story seven weeks on with no step word in its headline, both naming the dead man in their leads
ARREST = ("Second man arrested in Maple Row bar killing",
          "Dario Quintanilla was shot dead outside a bar on Maple Row on March 4. Officers arrested a second man on "
          "Monday, a police spokeswoman said.")
BENEFIT = ("Family of slain bartender plans a benefit night",
           "Dario Quintanilla's sisters will hold a benefit night for his two children on Saturday, seven weeks after "
           "he was killed outside the bar where he worked.")


def test_a_step_story_dated_to_its_act_joins_a_later_page_naming_the_same_person():
    """The arrest story's headline tells a later step, but its report is dated to the killing it recalls, so the other
    outlet's page (placed in a suburb, where the family lives) is the later of the two: the step story and the page
    share the dead man's full name in their leads and join as a step of one story (_step_followed), where before
    only the later-dated report's headline was read for a step and the two were refused as weeks apart."""
    act = _rockford("a:0", "2016-03-04", "Dario Quintanilla was shot dead outside a bar on Maple Row on March 4.")
    later = _rockford("b:0", "2016-04-22", "he was killed outside the bar where he worked.", MACHESNEY_PARK)
    keys = (dedupe.report_keys(Article(id="a", title=ARREST[0], text=ARREST[1], source="rrstar"), act),
            dedupe.report_keys(Article(id="b", title=BENEFIT[0], text=BENEFIT[1], source="wrex"), later))
    assert dedupe.STEP_KEY in keys[0] and dedupe.STEP_KEY not in keys[1]
    c = dedupe.compare(act, later, keys=keys, published=("2016-03-08", "2016-04-22"), sources=("rrstar", "wrex"))
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE
