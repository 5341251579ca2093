"""Dedupe, session 33 (issue 19): two outlets' reports placed at one point of a small town, dated in overlapping
weeks, are one shooting though they share no word, where a city's are not. Shootings made up for these tests (the
stories, people and counts are our own; the towns are real places of the gazetteer), compared as the store does."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Article, Incident

#: (location, admin1, latitude, longitude): a town of some 15,000 people and a city of some 135,000
SMALL = ("Bemidji", "Minnesota", 47.47356, -94.88028)
CITY = ("Dayton", "Ohio", 39.75895, -84.19161)

#: one outlet's story, dated to the week before its publication (it tells no day)
STORY = ("Police look into shooting at apartment complex",
         "Patrol units went to a block of flats by the rail yard once neighbours phoned in about gunfire. "
         "A man was taken to hospital with a wound to his leg. Investigators have not said whether anyone was "
         "arrested.")
#: another outlet's brief two days on, also dated to its week, naming no one the story names
BRIEF = ("Man recovering after being shot, officers say",
         "A resident wounded during a dispute earlier this week is expected to recover, according to the chief. "
         "Detectives asked anyone with video from the area to come forward.")


def _report(rid: str, place: tuple[str, str, float, float], lo: str, hi: str, title: str, text: str,
            **kw: int | None) -> tuple[Incident, tuple[str, ...]]:
    location, admin1, lat, lon = place
    inc = Incident(id=f"{rid}:0", article_id=rid, date=hi, date_precision="week", date_earliest=lo, date_latest=hi,
                   country="US", admin1=admin1, location=location, latitude=lat, longitude=lon, geo_precision=1,
                   event_type="Violence against civilians", attack_types=["Armed Assault"], summary=text[:90], **kw)
    return inc, dedupe.report_keys(Article(id=rid, title=title, text=text, source=f"{rid}.example"), inc)


def _joins(place: tuple[str, str, float, float], story: dict[str, int | None] | None = None,
           brief: dict[str, int | None] | None = None, brief_text: str = BRIEF[1]) -> bool:
    a, ka = _report("a", place, "2016-10-03", "2016-10-09", STORY[0], STORY[1], **(story or {"wounded": 1}))
    b, kb = _report("b", place, "2016-10-05", "2016-10-11", BRIEF[0], brief_text, **(brief or {"wounded": None}))
    c = dedupe.compare(a, b, keys=(ka, kb), published=("2016-10-09", "2016-10-11"),
                       sources=("a.example", "b.example"))
    return not c.conflicts and c.score >= dedupe.MERGE_SCORE


def test_reports_of_one_small_towns_week_join_without_a_shared_word():
    """At one point of a town of 15,000, in overlapping weeks, no toll figure apart: one shooting. In a city of
    135,000 they are two of its week's shootings; in the town, a toll or an age that differs tells them apart."""
    assert dedupe.town_population(*SMALL[:2]) < dedupe.SMALL_TOWN_POPULATION < dedupe.town_population(*CITY[:2])
    assert _joins(SMALL)
    assert not _joins(CITY)
    assert not _joins(SMALL, brief={"wounded": 2})
    assert not _joins(SMALL, story={"killed": 1}, brief={"killed": 0, "wounded": 1})
    aged = ("A 34-year-old resident wounded during a dispute earlier this week is expected to recover. Detectives "
            "asked anyone with video from the area to come forward.")
    young = STORY[1].replace("A man was", "A 19-year-old man was")
    a, ka = _report("a", SMALL, "2016-10-03", "2016-10-09", STORY[0], young, wounded=1)
    b, kb = _report("b", SMALL, "2016-10-05", "2016-10-11", BRIEF[0], aged, wounded=None)
    assert dedupe.compare(a, b, keys=(ka, kb), published=("2016-10-09", "2016-10-11")).conflicts


def _member(article: str, published: str, title: str, **kw: int | None) -> dedupe.Member:
    return dedupe.Member(Incident(id=f"{article}:0", article_id=article, date="2018-03-02", date_precision="day",
                                  country="US", **kw), published=published, headline=dedupe.headline_entries(title))


def _tolls(*members: dedupe.Member) -> tuple[int | None, int | None]:
    out = dedupe.reconcile("i", list(members))
    return out["killed_best"], out["wounded_best"]


#: the night's stories: one dead, one hurt
NIGHT = (_member("a", "2018-03-02", "Man killed, woman hurt in Elmfield parking lot shooting", killed=1, wounded=1),
         _member("b", "2018-03-03", "Police name man killed outside Elmfield bowling alley", killed=1, wounded=1))


def test_the_last_source_telling_two_dead_and_no_one_wounded_revises_the_wounded():
    """Days on, a third outlet tells the woman died too: two dead and, in so many words, no one else hurt. The
    wounded of the night's stories are the second dead: none wounded. A later story that only leaves the
    wounded untold, or one of the same day as the night's stories, revises nothing."""
    died = _member("c", "2018-03-06", "Second victim of Elmfield parking lot shooting dies", killed=2, wounded=0)
    assert _tolls(*NIGHT, died)[1] == 0
    untold = _member("c", "2018-03-06", "Second victim of Elmfield parking lot shooting dies", killed=2)
    assert _tolls(*NIGHT, untold)[1] == 1
    same_day = _member("c", "2018-03-03", "Man killed in Elmfield lot; police seek driver", killed=1, wounded=0)
    assert _tolls(*NIGHT, same_day)[1] == 1
