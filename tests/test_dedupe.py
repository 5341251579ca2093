"""Dedupe decisions and count reconciliation on hand-built Incident records, and its quality on MUC-4 keys."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from eventwire import dedupe
from eventwire.dedupe import Member, cluster_incidents, compare, reconcile, window
from eventwire.options import Options
from eventwire.records import Incident

REPO = Path(__file__).resolve().parent.parent


def kirkuk(article: str, killed: int, **kw) -> Incident:
    base = dict(
        id=f"{article}:0", article_id=article, date="2022-12-17", date_precision="day", country="IQ",
        admin1="Kirkuk", location="Shalal al-Matar", latitude=35.62, longitude=44.15, geo_precision=1,
        event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        attack_types=("Bombing/Explosion", "Armed Assault"), target_types=("Police",), perpetrator="Islamic State",
        killed=killed, claimed=True, claim_channel="Telegram",
    )
    base.update(kw)
    return Incident(**base)


def tarmiya(article: str) -> Incident:
    return Incident(id=f"{article}:1", article_id=article, date="2022-12-14", date_precision="day", country="IQ",
                    admin1="Baghdad", location="Tarmiya", latitude=33.67, longitude=44.39,
                    event_type="Explosions/Remote violence", target_types=("Military",), killed=3, wounded=3)


def outpost(article: str) -> Incident:
    return Incident(id=f"{article}:2", article_id=article, date="2022-11-15", date_precision="month", country="IQ",
                    admin1="Kirkuk", location="Kirkuk", latitude=35.47, longitude=44.39, geo_precision=2,
                    event_type="Battles", target_types=("Military",), killed=4)


def test_kirkuk_reports_merge_and_other_incidents_stay_apart():
    seed = [kirkuk("seed", 9, date="2022-12-18", date_earliest="2022-12-17", date_latest="2022-12-18"),
            tarmiya("seed"), outpost("seed")]
    wire = kirkuk("wire", 9, perpetrator="ISIS", location="Kirkuk", latitude=35.47, longitude=44.39, geo_precision=2)
    spun = kirkuk("spun", 10, date=None, date_precision=None, date_earliest="2022-12-17", date_latest="2022-12-17")
    groups = cluster_incidents([*seed, wire, spun])
    assert sorted(map(sorted, groups)) == sorted([["seed:0", "spun:0", "wire:0"], ["seed:1"], ["seed:2"]])


def test_incidents_of_one_article_never_merge():
    a = kirkuk("one", 9)
    b = kirkuk("one", 9, id="one:1")
    c = compare(a, b)
    assert dedupe.ONE_ARTICLE in c.codes
    assert len(cluster_incidents([a, b])) == 2


@pytest.mark.parametrize("change, code", [
    ({"country": "SY"}, dedupe.COUNTRY),
    ({"date": "2022-12-25"}, dedupe.DATES),
    ({"latitude": 36.5, "longitude": 43.1}, dedupe.DISTANCE),
])
def test_hard_conflicts_keep_reports_apart(change, code):
    c = compare(kirkuk("a", 9), kirkuk("b", 9, **change))
    assert code in c.codes, c


def test_matching_needs_a_shared_place_or_target():
    """Same day, same group, same type, but no place or target in common: not enough to merge."""
    a = kirkuk("a", 9, latitude=None, longitude=None, location=None, admin1=None, target_types=())
    b = kirkuk("b", 9, latitude=None, longitude=None, location=None, admin1=None, target_types=())
    assert compare(a, b).codes == {dedupe.NO_ANCHOR}


def test_named_target_bridges_a_week():
    """A kidnapping and the body found a week later: one incident when the victim is named in both."""
    a = Incident(id="a:0", article_id="a", date="1990-01-12", date_precision="day", country="GT",
                 human_targets=("Hector Oqueli Colindres",), muc_incident_type="KIDNAPPING")
    b = Incident(id="b:0", article_id="b", date="1990-01-19", date_precision="day", country="GT",
                 human_targets=("Hector Oqueli",), muc_incident_type="MURDER")
    assert len(cluster_incidents([a, b])) == 1


def test_reconcile_counts_acled_and_ucdp():
    members = [Member(kirkuk("seed", 9), published="2022-12-18"),
               Member(kirkuk("wire", 9), published="2022-12-18"),
               Member(kirkuk("spun", 10, count_ranges={"killed": (9, 11)}), published="2022-12-19")]
    r = reconcile("ew-x", members)
    assert r["killed"] == 9  # ACLED: the most conservative figure
    assert (r["killed_low"], r["killed_best"], r["killed_high"]) == (9, 10, 11)  # UCDP low / best / high
    assert r["n_sources"] == 3 and r["report_ids"] == ["seed:0", "wire:0", "spun:0"]
    assert r["claimed"] is True and r["perpetrator"] == "Islamic State"


def test_reconcile_keeps_the_most_precise_date_and_place():
    coarse = kirkuk("a", 9, date="2022-12-01", date_precision="month", latitude=None, longitude=None)
    fine = kirkuk("b", 9)
    r = reconcile("ew-y", [Member(coarse), Member(fine)])
    assert r["date"] == "2022-12-17" and r["date_precision"] == "day"
    assert (r["date_earliest"], r["date_latest"]) == ("2022-12-17", "2022-12-17")
    assert r["latitude"] == 35.62


def test_window_from_precision():
    assert [d.isoformat() for d in window(Incident(id="x", article_id="a", date="2022-11-15",
                                                     date_precision="month"))] == ["2022-11-01", "2022-11-30"]
    assert window(Incident(id="x", article_id="a")) == (None, None)


def test_dedupe_can_be_switched_off():
    opts = Options.load(overrides={"dedupe": {"enabled": False}}, use_env=False)
    assert len(cluster_incidents([kirkuk("a", 9), kirkuk("b", 9)], opts)) == 2


@pytest.mark.shared
def test_dedupe_quality_on_muc4_keys(shared_dir):
    """Pairwise precision >= 0.95 and recall >= 0.9 on incidents built from MUC-4 gold keys (not extraction)."""
    if not (shared_dir / "data" / "muc4" / "raw_keys").exists():
        pytest.skip("MUC-4 raw keys absent")
    spec = importlib.util.spec_from_file_location("eval_dedupe", REPO / "bench" / "eval_dedupe.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    result = mod.evaluate(mod.load_set(None))
    assert result["reports"] >= 200 and result["incidents"] >= 60
    assert result["precision"] >= 0.95, result["precision"]
    assert result["recall"] >= 0.9, result["recall"]
