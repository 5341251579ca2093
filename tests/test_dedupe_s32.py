"""Dedupe, session 32 (issue 19): a later day's headline that counts fewer wounded revises the highest headline
count; a later step's story naming the victim in its lead joins the act's story naming him in its own on a name less
rare than before. Shootings made up for these tests (towns, people, counts and headlines of our own), reconciled and
compared as the store does."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Article, Incident


def member(article: str, published: str, title: str, **kw: int) -> dedupe.Member:
    return dedupe.Member(Incident(id=f"{article}:0", article_id=article, date="2016-05-14", date_precision="day",
                                  country="US", **kw), published=published, headline=dedupe.headline_entries(title))


def wounded(*members: dedupe.Member) -> int | None:
    return dedupe.reconcile("i", list(members))["wounded_best"]


FIRST = ("a", "2016-05-14", "Seven hurt in drive-by outside Lakeview hall")
UPDATE = ("b", "2016-05-15", "UPDATE: Six shot outside Lakeview hall after wedding")


def test_a_later_days_headline_revises_the_wounded_down():
    """The night's first story counts seven hurt; the next day's update, six shot and no one dead: six wounded."""
    assert wounded(member(*FIRST, wounded=7), member(*UPDATE, wounded=6)) == 6
    # in whatever order the reports come
    assert wounded(member(*UPDATE, wounded=6), member(*FIRST, wounded=7)) == 6
    # two outlets of one night that count the wounded apart: the highest headline count stands, as before; and two
    # headlines agreeing on seven outweigh a later one's six
    same_day = ("b", "2016-05-14", UPDATE[2])
    assert wounded(member(*FIRST, wounded=7), member(*same_day, wounded=6)) == 7
    agreeing = member("c", "2016-05-14", "7 wounded at Lakeview wedding hall shooting", wounded=7)
    assert wounded(member(*FIRST, wounded=7), agreeing, member(*UPDATE, wounded=6)) == 7
    # one victim's later story (one wounded) is no revision of the count
    one = member("d", "2016-05-16", "Teen hurt in Lakeview hall shooting is home from hospital", wounded=1)
    assert wounded(member(*FIRST, wounded=7), one) == 7


def _placed(report_id: str, day: str, summary: str, **kw: int) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day",
                    date_earliest=day, date_latest=day, country="US", admin1="Tennessee", location="Millersville",
                    latitude=36.37, longitude=-86.71, geo_precision=1, event_type="Violence against civilians",
                    attack_types=["Armed Assault"], summary=summary, **kw)


#: the killing, told the next morning: the victim named in the lead (his name's rarer word is no rarer than a
#: common surname's: 'Terrell' and 'Holloway' are both above VERY_RARE_ZIPF)
KILLED = ("Man shot dead outside Millersville market",
          "Terrell Holloway, 27, was shot dead outside a corner market late Friday, police said. Officers found him "
          "on the sidewalk near the store's door. No one else was hurt.")
#: five weeks on, another outlet's arrest story naming him in its lead
ARRESTED = ("Suspect arrested in Millersville market killing",
            "Police on Tuesday arrested a 31-year-old man in the killing of Terrell Holloway outside a market. "
            "Detectives said the two had argued earlier that evening. He is held without bail.")
#: the same arrest story naming him only below its lead
ARRESTED_LATE = ("Suspect arrested in Millersville market killing",
                 "Police on Tuesday arrested a 31-year-old man in a killing outside a market. Detectives said the "
                 "two had argued earlier that evening. Terrell Holloway died at the scene.")


def _step_joins(step: tuple[str, str], source: str = "wsmv") -> bool:
    act = _placed("a:0", "2016-03-04", "Officers found him on the sidewalk near the store's door.", killed=1)
    later = _placed("b:0", "2016-04-12", "Detectives said the two had argued earlier that evening.", killed=1)
    keys = (dedupe.report_keys(Article(id="a", title=KILLED[0], text=KILLED[1], source="tennessean"), act),
            dedupe.report_keys(Article(id="b", title=step[0], text=step[1], source=source), later))
    c = dedupe.compare(act, later, keys=keys, published=("2016-03-05", "2016-04-12"), sources=("tennessean", source))
    return not c.conflicts and c.score >= dedupe.MERGE_SCORE


def test_a_step_story_naming_the_victim_in_its_lead_joins_on_a_less_rare_name():
    """Five weeks apart, the arrest story and the killing's story both name the victim in their leads: a name of two
    words neither of them very rare joins them (LEAD_NAME_ZIPF); told below the arrest story's lead, or by two pages
    of one outlet, it does not; and a charge's capitalised words are no one's name."""
    assert _step_joins(ARRESTED)
    assert not _step_joins(ARRESTED_LATE)
    assert not _step_joins(ARRESTED, source="tennessean")
    assert not dedupe._full_names(["recklessly endangering", "terroristic threats"], set(), dedupe.LEAD_NAME_ZIPF)


def _area_report(report_id: str, town: str, lat: float, lon: float, lo: str, hi: str, **kw: int) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=lo, date_precision="day" if lo == hi
                    else "week", date_earliest=lo, date_latest=hi, country="US", admin1="Utah", location=town,
                    latitude=lat, longitude=lon, geo_precision=1, event_type="Violence against civilians",
                    attack_types=["Armed Assault"], target_types=["Private Citizens & Property"], **kw)


def test_one_toll_of_three_in_one_area_and_week_joins_reports_sharing_no_word():
    """One outlet dates a murder-suicide of three to its day in the suburb; another, which names no one the first
    names, to the week before its story and places it in the city 10 km off: the same toll of three in one area
    and week anchors them (dedupe._area_toll). A toll of two, other ages or another toll do not."""
    day = _area_report("a:0", "Brookfield Heights", 40.66, -111.89, "2016-06-05", "2016-06-05", killed=3)
    week = _area_report("b:0", "Larchmont City", 40.75, -111.88, "2016-05-30", "2016-06-05", killed=3)
    keys: tuple[tuple[str, ...], tuple[str, ...]] = ((), ("#age 9",))
    c = dedupe.compare(day, week, keys=keys)
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE
    two = (day.replace(killed=2), week.replace(killed=2))
    assert "no-anchor" in dedupe.compare(*two, keys=keys).codes
    assert "no-anchor" in dedupe.compare(day, week, keys=(("#age 41",), ("#age 34",))).codes
    assert "no-anchor" in dedupe.compare(day, week.replace(killed=3, wounded=1), keys=keys).codes
