"""ACLED fatalities, GTD nkill and UCDP best count every death of an incident, its attackers' too (as the
evaluators score them: evaluate.common.deaths), in a real store."""
from __future__ import annotations

import csv
import io

from eventwire.export import to_text
from eventwire.records import CodedArticle

from test_store import article, incident


def _rows(store, fmt: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(to_text(store, fmt))))


def test_attackers_killed_count_among_the_fatalities(store):
    # two police killed and the attacker shot dead: three deaths in ACLED's, GTD's and UCDP's counts
    store.write_batch([CodedArticle(article("a", "Gunmen killed two policemen; one attacker was shot dead.",
                                            source="AFP"), (incident(2, perpetrators_killed=1),))])
    assert [r["fatalities"] for r in _rows(store, "acled")] == ["3"]
    assert [r["fatalities"] for r in _rows(store, "acled-2020")] == ["3"]
    gtd = _rows(store, "gtd")
    assert [(r["nkill"], r["nkillter"]) for r in gtd] == [("3", "1")]
    ucdp = _rows(store, "ucdp")
    assert [(r["low"], r["best"], r["high"]) for r in ucdp] == [("3", "3", "3")]
    assert [(r["deaths_a"], r["deaths_b"]) for r in ucdp] == [("2", "1")]  # the police's side and the attackers'


def test_no_attackers_killed_leaves_the_count_as_it_was(store):
    store.write_batch([CodedArticle(article("b", "Gunmen killed two policemen.", source="AFP"), (incident(2),))])
    assert [r["fatalities"] for r in _rows(store, "acled")] == ["2"]
    assert [r["nkill"] for r in _rows(store, "gtd")] == ["2"]
    store.write_batch([CodedArticle(article("c", "A bomb went off near a market.", source="AP"),
                                    (incident(None, location="Tarmiya", latitude=33.67, longitude=44.39,
                                              admin1="Baghdad", date="2022-12-10"),))])
    assert sorted(r["fatalities"] for r in _rows(store, "acled")) == ["0", "2"]  # no figure: ACLED writes 0
