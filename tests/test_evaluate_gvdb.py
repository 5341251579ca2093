"""The GVDB scorer: its gold read from the TSV (states as written, unpadded dates, tolls from the victim section,
huge cells, the title glued to the text), GVA's measures under its name; then five real articles, undated."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate import gvdb
from eventwire.records import Article, CodedArticle, Incident
from seedutil import need

GVDB = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "gvdb" / "dev.tsv"
HEADER = ["Article id", "Article url", "Article title", "Full text", "Json", "Worker"]


def _json(date="2016-01-27", state="CA - California", city="Wilmington", victims=(("killed",), ("injured",))):
    return json.dumps({
        "date-and-time": {"date": date, "state": state, "city": {"value": city, "startIndex": -1, "endIndex": -1}},
        "victim-section": [{"victim-was": list(v)} for v in victims],
        "shooter-section": [{"gender": "Male"}],
    })


def _write(tmp_path, rows) -> Path:
    path = tmp_path / "dev.tsv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("written, name", [
    ("CA - California", "California"), ("Calif", "California"), ("Wis.", "Wisconsin"), ("La. ", "Louisiana"),
    ("Mo", "Missouri"), ("SC", "South Carolina"), (" Ohio", "Ohio"), ("DC - District of Columbia",
                                                                        "District of Columbia"),
    ("Unclear", None), ("", None), ("Outside the USA", None), ("Narnia", None),
])
def test_state_name(written, name):
    assert gvdb.state_name(written) == name


def test_dates_and_victims():
    assert str(gvdb.parse_date("2015-8-4")) == "2015-08-04" and gvdb.parse_date("") is None
    assert gvdb.parse_date("2015-02-30") is None
    gold = {"victim-section": [{"victim-was": ["killed", "hospitalized"]}, {"victim-was": ["injured", "hospitalized"]},
                               {"victim-was": ["hospitalized"]}, {"victim-was": []}]}
    assert gvdb.victims(gold) == (1, 2)


def test_load_reads_gold_and_splits_the_glued_title(tmp_path):
    body = "Jassely Lupoe, 5, was shot and killed Tuesday in Wilmington. " + "x" * 200_000  # over csv's cell limit
    path = _write(tmp_path, [
        ["46", "http://u", "The Homicide Report", "The Homicide Report" + body, _json(), "W1"],
        ["47", "", "T", "T and text", _json(date="", state="Unclear", city="", victims=()), "W2"],
    ])
    rows = gvdb.load(path)
    first, second = rows
    assert first["key"] == "46@1" and first["published"] is None
    assert first["text"].startswith("The Homicide Report\n\nJassely Lupoe, 5,")
    assert first["gold"] == {"date": "2016-01-27", "admin1": "California", "city": "Wilmington",
                             "cities": ["Wilmington"], "counties": [], "killed": 1, "injured": 1}
    assert second["gold"]["date"] is None and second["gold"]["admin1"] is None and second["gold"]["cities"] == []
    assert gvdb.article_for(first, path).published is None
    assert len(gvdb.load(path, limit=1)) == 1


def test_bad_files(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="missing columns"):
        gvdb.load(bad)
    with pytest.raises(EvaluationError, match="row 1: Json is not JSON"):
        gvdb.load(_write(tmp_path, [["1", "", "T", "text", "{oops", "W"]]))
    with pytest.raises(EvaluationError, match="not found"):
        gvdb.load(tmp_path / "missing.tsv")


def test_scored_like_gva_with_only_the_anchors_the_gold_gives(tmp_path):
    path = _write(tmp_path, [
        ["1", "", "T", "text", _json(), "W"],
        ["2", "", "T", "text", _json(state="Unclear", city="Fresno"), "W"],
    ])
    rows = gvdb.load(path)

    def coded(*incidents):
        return CodedArticle(article=Article(id="a", text="..."), incidents=incidents)

    undated = Incident(id="u", article_id="1", country="US", admin1="California", location="Wilmington", killed=1,
                       wounded=1)
    # row 1: undated, so the date is not checked; state and city agree. Row 2 gives no state and the incident no
    # date: the city is the one anchor left, and it must agree
    res = gvdb.score({"1@1": coded(undated), "2@2": coded(undated.replace(location="Fresno"))}, rows, path)
    m = res["measures"]
    assert res["dataset"] == "gvdb"
    assert (m["found"]["correct"], m["found"]["total"]) == (2, 2)
    assert m["matched_date"]["accuracy"] == 0.0 and m["matched_killed"]["accuracy"] == 100.0
    assert m["all_admin1"]["total"] == 1  # row 2 gives no state: not measured there
    assert m["extra_per_article"]["count"] == 0
    res = gvdb.score({"1@1": coded(undated.replace(admin1="Oregon")), "2@2": coded(undated)}, rows, path)
    assert res["measures"]["found"]["correct"] == 0  # one of two checked anchors; the wrong city
    dated = undated.replace(location="Fresno", date="2016-02-20", date_earliest="2016-02-20", date_latest="2016-02-20")
    assert gvdb.score({"2@2": coded(dated)}, rows, path)["articles"][1]["found"] is False  # dated and wrong day
    # an article's published in the details is the date it was coded with (the pipeline's, from its address)
    by_address = CodedArticle(article=Article(id="a", text="...", published="2016-01-28"), incidents=(undated,))
    assert [a["published"] for a in gvdb.score({"1@1": by_address}, rows, path)["articles"]] == ["2016-01-28", None]


@pytest.mark.shared
def test_five_real_articles_end_to_end():
    path = need(GVDB)
    res = gvdb.run(path, limit=5)
    m = res["measures"]
    assert res["dataset"] == "gvdb" and res["documents"] == 5 and len(res["articles"]) == 5
    # the TSV dates none; the pipeline dates those whose address states a day (read.address_dated)
    assert [a["published"] for a in res["articles"]] == [None, None, "2016-01-26", "2015-12-11", "2015-08-03"]
    emitted = sum(a["emitted"] for a in res["articles"])
    assert m["incidents_per_article"]["count"] == emitted
    assert m["extra_per_article"]["count"] == emitted - m["found"]["correct"]
