"""The web-page scorer on hand-made pages and codings (invented, neutral, found with a wrong field, refused), then
end to end on three real pages of ../shared/data/web."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate import report, web
from eventwire.records import Article, CodedArticle, Incident
from seedutil import need

WEB = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "web"
#: two pages with no incident (a bank profit story, a police charity story) and one with a killing in Mexico
E2E_PAGES = ("001", "009", "032")

REYNOSA = {
    "id": "reynosa", "date_window": ["2014-12-16", "2014-12-23"], "date_precision": "week", "country": "MX",
    "admin1": "Tamaulipas", "location": "Reynosa", "event_type": "Violence against civilians",
    "sub_event_type": "Attack", "killed": 1, "wounded": None, "perpetrator": None,
}


def _gold(name: str, incidents: list) -> dict:
    return {"_path": f"/g/{name}.gold.json", "article": f"{name}.html", "article_date": "2014-12-23",
            "incidents": incidents}


def _coded(name: str, *incidents: Incident) -> CodedArticle:
    return CodedArticle(article=Article(id=name, text="...", published="2014-12-23"), incidents=incidents)


def _incident(ident: str, **fields) -> Incident:
    return Incident(id=ident, article_id="a", **fields)


def test_invented_incident_on_a_page_with_no_gold():
    golds = [_gold("p1", [])]
    coded = {"/g/p1.gold.json": _coded("p1", _incident("x", event_type="Battles", sub_event_type="Armed clash"))}
    m = web.score(coded, golds)["measures"]
    assert (m["emitted_genuine"]["correct"], m["emitted_genuine"]["total"]) == (0, 1)
    assert (m["no_incident_pages_clean"]["correct"], m["no_incident_pages_clean"]["total"]) == (0, 1)
    assert (m["incidents"]["p_num"], m["incidents"]["p_den"], m["incidents"]["r_den"]) == (0, 1, 0)


def test_peaceful_protest_and_strategic_development_count_neither_way():
    golds = [_gold("p1", [])]
    coded = {"/g/p1.gold.json": _coded(
        "p1",
        _incident("x", event_type="Protests", sub_event_type="Peaceful protest"),
        _incident("y", event_type="Strategic developments", sub_event_type="Arrests"),
    )}
    res = web.score(coded, golds)
    m = res["measures"]
    assert m["emitted_genuine"]["total"] == 0 and m["incidents"]["p_den"] == 0
    assert m["no_incident_pages_clean"]["accuracy"] == 100.0
    assert res["pages"][0]["emitted"] == 0
    # a violent protest is not neutral: it is an invented incident there
    coded = {"/g/p1.gold.json": _coded("p1", _incident("z", event_type="Protests", sub_event_type="Protest with "
                                                        "intervention"))}
    assert web.score(coded, golds)["measures"]["emitted_genuine"] == {"kind": "accuracy", "correct": 0, "total": 1,
                                                                       "accuracy": 0.0}


def test_found_incident_with_a_wrong_admin1():
    golds = [_gold("p2", [dict(REYNOSA)])]
    found = _incident("x", date="2014-12-20", date_precision="week", country="MX", admin1="Nuevo Leon",
                      location="Reynosa", event_type="Violence against civilians", sub_event_type="Attack", killed=1)
    res = web.score({"/g/p2.gold.json": _coded("p2", found)}, golds)
    m = res["measures"]
    # paired on date (2) + location (2) + country + killed + event types: found, and admin1 is its one mismatch
    assert (m["incidents"]["r_num"], m["incidents"]["r_den"], m["incidents"]["p_den"]) == (1, 1, 1)
    assert m["emitted_genuine"]["correct"] == 1
    assert m["matched_admin1"]["accuracy"] == 0.0 and m["matched_country"]["accuracy"] == 100.0
    assert m["matched_date"]["accuracy"] == 100.0 and m["matched_location"]["accuracy"] == 100.0
    assert res["pages"][0]["mismatches"] == {"reynosa": ["admin1"]}


def test_refused_page_misses_its_gold_and_counts_clean_when_it_has_none():
    golds = [_gold("p2", [dict(REYNOSA)]), _gold("p3", [])]
    res = web.score({"/g/p2.gold.json": None, "/g/p3.gold.json": None}, golds)
    m = res["measures"]
    assert (m["incidents"]["r_num"], m["incidents"]["r_den"]) == (0, 1)
    assert m["no_incident_pages_clean"]["accuracy"] == 100.0  # nothing emitted on the page with no incident
    assert [p["refused"] for p in res["pages"]] == ["not read", "not read"]
    assert res["pages"][0]["missed"] == ["reynosa"]


def test_an_unrelated_incident_beside_the_gold_is_invented():
    golds = [_gold("p2", [dict(REYNOSA)])]
    right = _incident("x", date="2014-12-20", country="MX", admin1="Tamaulipas", location="Reynosa", killed=1,
                      event_type="Violence against civilians", sub_event_type="Attack")
    other = _incident("y", date="2010-05-01", country="US", admin1="Texas", location="Houston",
                      event_type="Battles", sub_event_type="Armed clash", killed=7)
    m = web.score({"/g/p2.gold.json": _coded("p2", right, other)}, golds)["measures"]
    assert (m["incidents"]["p_num"], m["incidents"]["p_den"]) == (1, 2)
    assert m["emitted_genuine"]["accuracy"] == 50.0


def test_not_a_folder(tmp_path):
    with pytest.raises(EvaluationError, match="not a folder"):
        web.load(tmp_path / "missing")
    with pytest.raises(EvaluationError, match="no \\*.gold.json"):
        web.load(tmp_path)


def test_printed_result_leaves_out_the_page_list(capsys):
    golds = [_gold("p1", [])]
    res = web.score({"/g/p1.gold.json": _coded("p1")}, golds)
    from rich.console import Console

    report.print_result(dict(res, limit=3), Console(width=120))
    out = capsys.readouterr().out
    assert "no_incident_pages_clean" in out and "limit: 3" in out and "p1.html" not in out


@pytest.mark.shared
def test_three_real_pages_end_to_end(tmp_path):
    root = need(WEB)
    for sub in ("gold", "pages"):
        (tmp_path / sub).mkdir()
    for n in E2E_PAGES:
        (tmp_path / "gold" / f"{n}.gold.json").symlink_to((root / "gold" / f"{n}.gold.json").resolve())
        (tmp_path / "pages" / f"{n}.html").symlink_to((root / "pages" / f"{n}.html").resolve())
    res = web.run(tmp_path)
    m = res["measures"]
    assert res["documents"] == 3 and [p["page"] for p in res["pages"]] == [f"{n}.html" for n in E2E_PAGES]
    assert m["incidents"]["r_den"] == 1 and m["no_incident_pages_clean"]["total"] == 2
    # the counters agree with the page list
    assert m["incidents"]["p_den"] == sum(p["emitted"] for p in res["pages"]) == m["emitted_genuine"]["total"]
    assert m["emitted_genuine"]["correct"] == m["incidents"]["p_num"] == sum(p["found"] for p in res["pages"])
    assert m["emitted_genuine"]["total"] - m["emitted_genuine"]["correct"] == sum(len(p["spurious"])
                                                                                  for p in res["pages"])
