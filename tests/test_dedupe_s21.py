"""Session 21 (issue 19): a named target of common words, an institution's or a newspaper's, said of many shootings
of one city, no longer anchors two reports whose words are known and say nothing of one event."""
from __future__ import annotations

import dataclasses

from eventwire import dedupe
from eventwire.records import Incident


def keys(title: str, text: str = "") -> tuple[str, ...]:
    return dedupe.text_keys(title, text)


def shooting(report_id: str, day: str, targets: tuple[str, ...], killed: int | None = 1,
             wounded: int | None = None, precision: str = "day") -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision=precision,
                    country="US", admin1="Pennsylvania", location="Pittsburgh", latitude=40.4406,
                    longitude=-79.9959, geo_precision=1, event_type="Violence against civilians",
                    target_types=("Private Citizens & Property",), attack_types=("Armed Assault",),
                    physical_targets=targets, killed=killed, wounded=wounded)


HOMEWOOD = ("Man killed, four wounded in Homewood shooting",
            "A 27-year-old man was killed and four people were wounded late Monday on Frankstown Avenue in Homewood, "
            "police said.")
WILKINSBURG = ("Police still seek gunman in Wilkinsburg killing",
               "Detectives still hope to find whoever shot Marcus Greer, 27, outside a Penn Avenue bar this "
               "month.")


def test_a_newspaper_read_as_the_target_does_not_anchor_two_shootings():
    a = shooting("a:0", "2016-03-21", ("Pittsburgh Post-Gazette",), wounded=4)
    b = shooting("b:0", "2016-03-01", ("Pittsburgh Post-Gazette",), precision="month")
    c = dedupe.compare(a, b, None, (keys(*HOMEWOOD), keys(*WILKINSBURG)), ("2016-03-22", "2016-04-08"))
    assert not any(r.startswith("same target") for r in c.reasons)
    assert c.conflicts or c.score < dedupe.MERGE_SCORE


def test_common_and_institution_targets_are_not_telling_but_names_are():
    for name in ("pittsburgh post gazette", "cook county medical examiners office", "store", "county market",
                 "a 1 1 2 story home", "country club plaza"):
        assert not dedupe._telling_target(name), name
    for name in ("david mcintyre", "roper lounge", "shackleford crossings shopping center"):
        assert dedupe._telling_target(name), name


def test_a_common_target_still_anchors_reports_of_one_toll():
    # 'a club' in both, one killed and eight wounded in both: the toll tells the event
    club = ("Shooting at club kills one, injures eight", "A man died and eight others were hurt early Sunday "
            "when shots rang out at a club on Prospect Avenue.")
    other = ("Family of girl hurt at club seeks answers", "The girl, 17, was among eight wounded when gunfire "
             "broke out at the club, where one man died.")
    a = shooting("a:0", "2013-06-23", ("club",), killed=1, wounded=8)
    b = shooting("b:0", "2013-06-23", ("club",), killed=1, wounded=8)
    c = dedupe.compare(a, b, None, (keys(*club), keys(*other)), ("2013-06-24", "2013-06-25"))
    assert any(r.startswith("same target club") for r in c.reasons)


def test_without_words_a_common_target_still_counts():
    # coded records without their texts (the MUC-4 answer keys): the target is all there is
    a = shooting("a:0", "2016-03-21", ("store",))
    b = shooting("b:0", "2016-03-21", ("store",))
    c = dedupe.compare(a, b)
    assert any(r.startswith("same target store") for r in c.reasons)


def test_a_newspaper_cited_in_the_text_is_no_key():
    cited = keys("Man killed in Homewood shooting", "A 27-year-old man was killed on Frankstown Avenue, police told the "
                 "Pittsburgh Post-Gazette. His mother spoke to the Chicago Tribune.")
    assert not any("gazette" in k or "tribune" in k for k in cited), cited
    assert "frankstown avenue" in cited


def test_an_attacker_killed_that_one_source_of_many_tells_is_not_counted():
    """GVA 390914 (Gaston County, two dead, two officers wounded): four sources give the two dead, one of them also
    reads an attacker killed. One source's misreading of four is no third death; one of two sources telling the
    shooter died (the other may not have said) still counts him."""
    def member(article: str, published: str, perps: int | None) -> dedupe.Member:
        inc = dataclasses.replace(shooting(f"{article}:0", "2015-08-08", (), killed=2), perpetrators_killed=perps)
        return dedupe.Member(inc, published=published)

    many = [member("a", "2015-08-08", None), member("b", "2015-08-08", None), member("c", "2015-08-09", 1),
            member("d", "2015-08-11", None)]
    merged = dedupe.reconcile("ew-x", many)
    assert (merged["killed_best"], merged["perpetrators_killed_best"]) == (2, None)
    merged = dedupe.reconcile("ew-x", many[1:3])
    assert (merged["killed_best"], merged["perpetrators_killed_best"]) == (2, 1)
