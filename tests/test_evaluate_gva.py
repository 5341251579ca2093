"""The GVA scorer on hand-made articles and codings: the anchor rule that finds the gold incident, extra incidents
per article, per-field checks (county names, St./Saint, attackers' deaths), refusals; then five real articles."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate import common, gva, report
from eventwire.records import Article, CodedArticle, Incident
from seedutil import need

GVA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "gva" / "articles.jsonl"


def _row(key: str, date="2014-01-27", state="North Carolina", city="Rocky Mount", killed=0, injured=4) -> dict:
    day = dt.date.fromisoformat(date) if date else None
    return {"key": key, "id": key, "line": 1, "title": None, "published": "2014-01-28",
            "gold": gva.gold_record(day, state, city, killed, injured)}


def _inc(ident: str, **fields) -> Incident:
    return Incident(id=ident, article_id="a", country="US", **fields)


def _coded(*incidents: Incident) -> CodedArticle:
    return CodedArticle(article=Article(id="a", text="...", published="2014-01-28"), incidents=incidents)


RIGHT = dict(date="2014-01-27", date_earliest="2014-01-27", date_latest="2014-01-27", date_precision="day",
             admin1="North Carolina", admin2="Nash", location="Rocky Mount", killed=None, wounded=4)


def test_two_incidents_one_matching_one_extra():
    background = _inc("old", date="2013-06-02", date_earliest="2013-06-02", date_latest="2013-06-02",
                      admin1="North Carolina", location="Raleigh", killed=2)
    res = gva.score({"a": _coded(background, _inc("gold", **RIGHT))}, [_row("a")])
    m = res["measures"]
    assert m["found"]["accuracy"] == 100.0
    assert m["incidents_per_article"] == {"kind": "rate", "count": 2, "total": 1, "rate": 2.0}
    assert m["extra_per_article"]["rate"] == 1.0
    assert all(m[f"matched_{f}"]["accuracy"] == 100.0 for f in gva.FIELDS), m
    art = res["articles"][0]
    assert art["matched"]["id"] == "gold" and [e["id"] for e in art["extra"]] == ["old"]
    assert art["anchors"]["old"] == {"admin1": True, "date": False, "city": False}


def test_right_city_and_day_in_the_wrong_state_is_found_with_admin1_wrong():
    wrong_state = _inc("x", **dict(RIGHT, admin1="Virginia"))
    m = gva.score({"a": _coded(wrong_state)}, [_row("a")])["measures"]
    assert m["found"]["accuracy"] == 100.0 and m["extra_per_article"]["rate"] == 0.0
    assert m["matched_admin1"]["accuracy"] == 0.0 and m["matched_city"]["accuracy"] == 100.0
    assert m["all_admin1"]["accuracy"] == 0.0


def test_one_anchor_is_not_enough():
    # same state, other town, other day: an incident the article mentions, not the gold one
    other = _inc("x", date="2014-01-10", admin1="North Carolina", location="Wilson", wounded=4)
    m = gva.score({"a": _coded(other)}, [_row("a")])["measures"]
    assert m["found"]["accuracy"] == 0.0 and m["extra_per_article"]["rate"] == 1.0
    assert m["matched_injured"]["total"] == 0  # nothing found: nothing measured on found articles
    # over all articles a miss is wrong on every field, even the toll it happens to share
    assert all(m[f"all_{f}"] == {"kind": "accuracy", "correct": 0, "total": 1, "accuracy": 0.0}
               for f in gva.FIELDS)


def test_best_candidate_has_most_anchors_then_tolls():
    two = _inc("two", **dict(RIGHT, location="Wilson", wounded=1))  # admin1 + date
    three = _inc("three", **dict(RIGHT, wounded=1))  # admin1 + date + city
    three_tolls = _inc("three_tolls", **RIGHT)  # the same, and the toll right
    row = _row("a")
    assert gva.best_match([two, three, three_tolls], row["gold"]) == 2
    assert gva.best_match([two, three], row["gold"]) == 1
    assert gva.best_match([three_tolls, three_tolls], row["gold"]) == 0  # ties: the first coded


def test_date_measures_and_the_wide_window():
    row = _row("a")
    week = _inc("w", **dict(RIGHT, date="2014-01-28", date_earliest="2014-01-22", date_latest="2014-01-28",
                            date_precision="week"))
    checks = gva.field_checks(week, row["gold"])
    assert checks["date"] is False and checks["date_window"] is True
    assert gva.anchors(week, row["gold"])["date"] is True  # 7 days: still an anchor
    month = _inc("m", **dict(RIGHT, date="2014-01-01", date_earliest="2014-01-01", date_latest="2014-01-31",
                             date_precision="month"))
    assert gva.field_checks(month, row["gold"])["date_window"] is True
    assert gva.anchors(month, row["gold"])["date"] is False  # a month window does not single out an incident
    undated = _inc("u", admin1="North Carolina", location="Rocky Mount")
    assert gva.field_checks(undated, row["gold"])["date"] is False
    assert gva.anchors(undated, row["gold"]) == {"admin1": True, "city": True}  # no date: not checked
    assert gva.is_gold_incident(gva.anchors(undated, row["gold"]))
    assert gva.is_gold_incident(gva.anchors(undated.replace(location="Wilson"), row["gold"])) is False


def test_city_forms():
    cook = _row("a", city="Cook (county)")["gold"]
    assert (cook["cities"], cook["counties"]) == ([], ["Cook"])
    assert gva.same_city(_inc("x", location="Some Street", admin2="Cook"), cook)
    assert gva.same_city(_inc("x", location="Cook County", admin2=None), cook)
    assert gva.same_city(_inc("x", location="Chicago", admin2="DuPage"), cook) is False
    part = _row("a", city="Chicago (Englewood)")["gold"]
    assert gva.same_city(_inc("x", location="Englewood"), part) and gva.same_city(_inc("x", location="Chicago"), part)
    saint = _row("a", city="Saint Louis")["gold"]
    assert gva.same_city(_inc("x", location="St. Louis"), saint)
    assert gva.same_city(_inc("x", location="West Philadelphia"), _row("a", city="Philadelphia")["gold"])
    assert gva.same_city(_inc("x", location="New York"), _row("a", city="York")["gold"]) is False


def test_a_county_written_without_the_mark_is_a_county():
    """GVA writes some counties by their whole name without "(county)": a placing at the county is right, one at a
    place of another county is not, and a borough so written stays a town's name."""
    stokes = _row("a", city="Stokes County")["gold"]
    assert (stokes["cities"], stokes["counties"]) == (["Stokes County"], ["Stokes County"])
    assert gva.same_city(_inc("x", location="Walnut Cove", admin2="Stokes County"), stokes)
    assert gva.same_city(_inc("x", location="Stokes", admin2=None), stokes)
    assert gva.same_city(_inc("x", location="Walnut Cove", admin2="Forsyth County"), stokes) is False
    assert gva.split_city("Madison Parish") == (["Madison Parish"], ["Madison Parish"])
    assert gva.split_city("Chambersburg Borough") == (["Chambersburg Borough"], [])


def test_killed_counts_attackers_and_none_is_zero():
    row = _row("a", killed=3, injured=0)
    inc = _inc("x", **dict(RIGHT, killed=2, perpetrators_killed=1, wounded=None))
    checks = gva.field_checks(inc, row["gold"])
    assert checks["killed"] and checks["injured"]
    assert gva.field_checks(inc.replace(perpetrators_killed=None), row["gold"])["killed"] is False


def test_refused_articles_count_as_missed(tmp_path):
    rows = [_row("a"), _row("b")]
    coded, failures = gva.code_rows([("b", Article(id="b", text="  \n", published="2014-01-28"))])
    assert coded == {} and failures == {"b": "empty text"}
    res = gva.score({"a": _coded(_inc("x", **RIGHT))}, rows, failures=failures)
    m = res["measures"]
    assert m["refused_share"]["correct"] == 1 and m["refused_share"]["accuracy"] == 50.0
    assert m["found"]["correct"] == 1 and m["found"]["total"] == 2
    assert res["articles"][1]["refused"] == "empty text"


def test_one_failing_article_is_counted_and_a_broken_pipeline_raises(monkeypatch):
    from eventwire import pipeline

    def fake(articles, options=None):
        out = []
        for a in articles:
            if a.text == "boom":
                raise ValueError("bad article\nmore")
            if a.text != "skip":
                out.append(CodedArticle(article=a))
        return iter(out)

    monkeypatch.setattr(pipeline, "code_articles", fake)
    ok, boom, skip = (Article(id=t, text=t) for t in ("ok", "boom", "skip"))
    coded, failures = gva.code_rows([("a", ok), ("b", boom), ("c", skip)])
    assert set(coded) == {"a"}
    assert failures == {"b": "ValueError: bad article", "c": "not coded by the pipeline"}
    with pytest.raises(ValueError, match="bad article"):
        gva.code_rows([("a", boom), ("b", boom)])


def test_rate_kind_is_printed_and_has_a_headline(capsys):
    res = gva.score({"a": _coded(_inc("x", **RIGHT), _inc("y"))}, [_row("a")], "f.jsonl")
    assert common.headline(res["measures"]["extra_per_article"]) == 1.0
    assert common.headline(res["measures"]["found"]) == 100.0
    from rich.console import Console

    report.print_result(res, Console(width=120))
    out = capsys.readouterr().out
    assert "extra_per_article" in out and "1/1" in out and "1.000" in out
    assert "Rocky Mount" not in out  # the per-article list is left out of the printed result


def test_load(tmp_path):
    path = tmp_path / "a.jsonl"
    row = {"id": "x", "title": "T", "date": "2014-01-28", "url": "u", "text": "Shots were fired.",
           "gold": {"killed": 1, "state": "Illinois", "date": "January 27, 2014", "injured": "2",
                    "city_or_county": "Cook (county)"}}
    path.write_text(json.dumps(row) + "\n\n" + json.dumps(row) + "\n", encoding="utf-8")
    rows = gva.load(path)
    assert [r["key"] for r in rows] == ["x@1", "x@3"]  # a repeated id stays apart
    assert rows[0]["gold"]["date"] == "2014-01-27" and rows[0]["gold"]["injured"] == 2
    assert gva.article_for(rows[0], path).published == "2014-01-28"
    assert len(gva.load(path, limit=1)) == 1


@pytest.mark.parametrize("line, problem", [
    ("{not json", "1: not JSON"),
    ('{"id": "x", "text": "t"}', "1: not a GVA article"),
    ('{"id": "x", "text": "t", "gold": {"date": "27/01/2014"}}', "gold date"),
    ('{"id": "x", "text": "t", "date": "Jan 28", "gold": {}}', "not YYYY-MM-DD"),
])
def test_bad_files(tmp_path, line, problem):
    path = tmp_path / "a.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=problem):
        gva.load(path)
    with pytest.raises(EvaluationError, match="not found"):
        gva.load(tmp_path / "missing.jsonl")


@pytest.mark.shared
def test_five_real_articles_end_to_end():
    path = need(GVA)
    res = gva.run(path, limit=5)
    m = res["measures"]
    assert res["dataset"] == "gva" and res["documents"] == 5 and len(res["articles"]) == 5
    assert m["found"]["total"] == 5 and m["refused_share"]["correct"] == 0
    emitted = sum(a["emitted"] for a in res["articles"])
    assert m["incidents_per_article"]["count"] == emitted
    assert m["extra_per_article"]["count"] == emitted - m["found"]["correct"]
    assert m["matched_city"]["total"] == m["found"]["correct"]
