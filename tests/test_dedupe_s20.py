"""Session 20 (issue 19): reports of one shooting kept apart by a date window's start, a geocoder's place, or a story
missing behind its headline."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Incident


def keys(title: str, text: str = "") -> tuple[str, ...]:
    return dedupe.text_keys(title, text)


def shooting(report_id: str, day: str, precision: str = "day", location: str | None = "Haw River",
             admin1: str | None = "North Carolina", point: tuple[float, float] | None = (36.09, -79.36),
             killed: int | None = None, wounded: int | None = None) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision=precision,
                    country="US" if location or admin1 else None, admin1=admin1, location=location,
                    latitude=point[0] if point else None, longitude=point[1] if point else None,
                    geo_precision=1 if point else None, event_type="Violence against civilians",
                    target_types=("Private Citizens & Property",), attack_types=("Armed Assault",), killed=killed,
                    wounded=wounded)


# -- a follow-up naming the town, a few days after a report dated only to its week ---------------------------------
def test_followup_naming_the_town_joins_a_report_dated_to_its_week():
    # the bar shooting's report, published Sept 25, dated to the week before it (Sept 19-25); the follow-up
    # published Sept 30, five days after the week's end, eleven after its start
    first = shooting("a:0", "2013-09-25", "week", wounded=4)
    lo, hi = dedupe.window(first)
    assert (hi - lo).days == 6
    follow = dedupe.followup_member("b", "2013-09-30", "Suspect in Haw River tavern shootings turns himself in", "")
    assert follow is not None and "haw river" in follow.keys
    c = dedupe.compare(follow.incident, first, None, (follow.keys, keys("Four shot at Haw River sports bar")),
                       ("2013-09-30", "2013-09-25"))
    assert not c.conflicts and c.followed and c.town_named


def test_followup_weeks_after_the_week_still_needs_more_words():
    first = shooting("a:0", "2013-09-25", "week", wounded=4)
    follow = dedupe.followup_member("b", "2013-10-09", "Suspect in Haw River tavern shootings turns himself in", "")
    assert follow is not None
    c = dedupe.compare(follow.incident, first, None, (follow.keys, keys("Four shot at Haw River sports bar")),
                       ("2013-10-09", "2013-09-25"))
    assert not c.town_named and c.conflicts


# -- one day, a shared word, one toll: where the geocoder placed them gives way -------------------------------------
PETALUMA = ("Toddler hurt by accidental gunfire in Petaluma house, police say",
            "A 1-year-old girl was wounded Saturday when a pistol fired inside a Petaluma house, officers said. "
            "Dana Ruiz reported from Oakland, where the Marchetti family lives.")
OTHER = ("Petaluma toddler recovering after accidental gunshot",
         "The child was hit by a round fired by accident inside a house on Reynolds Drive, a cousin said.")


def placed_apart(wounded: tuple[int, int]) -> dedupe.Comparison:
    a = shooting("a:0", "2016-10-08", location="Petaluma", admin1="California", point=(38.2324, -122.6367),
                 wounded=wounded[0])
    b = shooting("b:0", "2016-10-08", location="Oakland", admin1="California", point=(37.8044, -122.2712),
                 wounded=wounded[1])
    return dedupe.compare(a, b, None, (keys(*OTHER), keys(*PETALUMA)), ("2016-10-10", "2016-10-09"))


def test_one_day_a_shared_town_and_one_toll_join_reports_the_geocoder_placed_apart():
    shared = dedupe.shared_keys(keys(*OTHER), keys(*PETALUMA))[0]
    assert dedupe.SAME_DAY_TOLL_TEXT <= shared < dedupe.TEXT_ANCHOR
    c = placed_apart((1, 1))
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE


def test_one_day_a_shared_town_and_other_tolls_stay_apart():
    assert dedupe.NO_ANCHOR in placed_apart((1, 3)).codes


# -- a headline without its story: placed nowhere, naming no one, its day, age and toll the other's ---------------
VIGIL = "Vigil held for 13-year-old girl shot dead on Tuesday"
STORY = ("13-year-old faces charge in killing of 13-year-old girl",
         "Kiara Dunn, 13, was shot Tuesday in the 900 block of Bever Avenue SE and died at a hospital, Cedar "
         "Rapids police said. A 13-year-old boy, Dante Moss, is charged.")


def headline_and_story(age_title: str = VIGIL, killed: tuple[int, int] = (1, 1),
                       precision: str = "day") -> dedupe.Comparison:
    a = shooting("a:0", "2016-09-27", precision, location=None, admin1=None, point=None, killed=killed[0])
    b = shooting("b:0", "2016-09-27", location="Cedar Rapids", admin1="Iowa", point=(42.00833, -91.64407),
                 killed=killed[1])
    return dedupe.compare(a, b, None, (keys(age_title), keys(*STORY)), ("2016-09-27", "2016-09-28"))


def test_a_placeless_headline_joins_the_story_of_its_day_age_and_toll():
    c = headline_and_story()
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE


def test_a_placeless_headline_of_another_age_or_toll_stays_apart():
    assert headline_and_story("Vigil held for 15-year-old girl shot dead on Tuesday").conflicts
    assert headline_and_story(killed=(2, 1)).conflicts
