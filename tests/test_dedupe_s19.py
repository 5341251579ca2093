"""Session 19 (issue 19): reports dated weeks apart in one town need more shared words than reports of one day."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Incident

#: two shootings of one town three weeks apart, the second at the same bar's street: the street and the bar's name
#: are shared (3-4 of weight), no day is named and the articles were not published together
FIRST = ("Man killed outside Westfield bar",
         "A 31-year-old man was shot and killed early Sunday outside Zorbaz Tavern in the 3400 block of Kessler "
         "Boulevard, Indianapolis police said.")
LATER = ("Two wounded in shooting on Kessler Boulevard",
         "Two men were wounded late Saturday in a parking lot near Zorbaz on Kessler Boulevard, police said. "
         "Officers said the men, 19 and 22, drove themselves to a hospital.")


def report(report_id: str, day: str, killed: int | None, wounded: int | None) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day",
                    country="US", admin1="Indiana", location="Indianapolis", latitude=39.768, longitude=-86.158,
                    geo_precision=2, event_type="Violence against civilians", target_types=("Private Citizens & Property",),
                    attack_types=("Armed Assault",), killed=killed, wounded=wounded)


def keys(title: str, text: str) -> tuple[str, ...]:
    return dedupe.text_keys(title, text)


def compare(later_text: str = LATER[1], published: tuple[str, str] = ("2016-03-06", "2016-03-27")):
    a = report("a:0", "2016-03-06", 1, None)
    b = report("b:0", "2016-03-26", None, 2)
    return dedupe.compare(a, b, None, (keys(*FIRST), keys(LATER[0], later_text)), published)


def test_shared_street_and_bar_weeks_apart_are_two_incidents():
    shared = dedupe.shared_keys(keys(*FIRST), keys(*LATER))[0]
    # what the rule is about: TEXT_STRONG of words (which once joined them 20 days apart), not TEXT_STRONG_FAR
    assert 3.0 <= shared < 4.0
    c = compare()
    assert dedupe.DATES in c.codes


def test_naming_the_first_ones_day_still_joins_them():
    c = compare(LATER[1] + " The man charged had been sought since the March 6 killing at the tavern.")
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE


def test_published_together_still_joins_them():
    c = compare(published=("2016-03-27", "2016-03-27"))
    assert dedupe.DATES not in c.codes


# -- round 2: a report whose words name no one, at the other's point of one town ---------------------------------
#: a brief naming no one and the full story of one shooting, both placed at the city's centroid (a coarse place)
BRIEF = ("Man killed in overnight shooting", "A man died after he was shot overnight, police said.")
STORY = ("Man, 41, dies in overnight shooting on Quenby Lane",
         "Terrell Osborne, 41, was shot in the 8800 block of Quenby Lane near a Northeast Side clinic early "
         "Sunday and died at the scene, San Antonio police said.")


def city_report(report_id: str, day: str, precision: str, killed: int | None, wounded: int | None) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision=precision,
                    country="US", admin1="Texas", location="San Antonio", latitude=29.42412, longitude=-98.49363,
                    geo_precision=2, event_type="Violence against civilians",
                    target_types=("Private Citizens & Property",), attack_types=("Armed Assault",), killed=killed,
                    wounded=wounded)


def compare_brief(brief_id: str = "a:0", brief_precision: str = "week", killed: tuple[int, int] = (1, 1),
                  story_text: str = STORY[1]):
    a = city_report(brief_id, "2016-06-19", brief_precision, killed[0], None)
    b = city_report("b:0", "2016-06-19", "day", killed[1], None)
    return dedupe.compare(a, b, None, (keys(*BRIEF), keys(STORY[0], story_text)))


def test_a_brief_naming_no_one_joins_the_story_of_its_day_and_toll():
    assert sum(dedupe.key_weight(k) for k in keys(*BRIEF) if not k.startswith("#")) < dedupe.KEYLESS_MASS
    c = compare_brief()
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE


def test_a_brief_with_another_toll_is_another_shooting():
    assert dedupe.NO_ANCHOR in compare_brief(killed=(2, 1)).codes


def test_a_brief_with_another_age_is_another_shooting():
    a = city_report("a:0", "2016-06-19", "week", 1, None)
    b = city_report("b:0", "2016-06-19", "day", 1, None)
    c = dedupe.compare(a, b, None, (keys(BRIEF[0], "A man, 19, died after he was shot overnight."), keys(*STORY)))
    assert dedupe.NO_ANCHOR in c.codes


def test_two_weeks_windows_at_a_centroid_stay_apart():
    a = city_report("a:0", "2016-06-19", "week", 1, None)
    b = city_report("b:0", "2016-06-19", "week", 1, None)
    assert dedupe.NO_ANCHOR in dedupe.compare(a, b, None, (keys(*BRIEF), keys(*STORY))).codes


def test_a_later_report_of_an_article_naming_no_one_is_no_anchor():
    # an article's third report is often another shooting its story recalls
    assert dedupe.NO_ANCHOR in compare_brief(brief_id="a:2").codes
