"""Session 25, dedupe: a report left alone by the greedy pass joins the incident it matches (issue 19)."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Incident


def _member(rid: str, day: str, latest: str, precision: str, admin1: str, location: str, lat: float, lon: float,
            geo: int, published: str, source: str, keys: tuple[str, ...], headline: tuple[str, ...] = ()
            ) -> dedupe.Member:
    inc = Incident(id=f"{rid}:0", article_id=rid, date=day, date_precision=precision, date_earliest=day,
                   date_latest=latest, country="US", admin1=admin1, location=location, latitude=lat, longitude=lon,
                   geo_precision=geo, event_type="Battles", wounded=10, target_types=("Military",))
    return dedupe.Member(inc, published=published, source=source, keys=keys, headline=headline)


def _armory() -> list[dedupe.Member]:
    """Three reports of one shooting at a party in a National Guard armory (GVA 761973) as the coding gave them: one
    placed in Detroit by the geocoder (first in canonical order), one in Brownsville, one only in Tennessee and dated
    to the week before its publication."""
    return [
        _member("01e0f49264436a9c", "2017-01-27", "2017-01-28", "day", "Michigan", "Detroit", 42.33143, -83.04575, 1,
                "2017-01-31", "wsmv.com", ("#age 20", "armory", "benson", "brownsville", "guard armory", "kyanedre",
                                           "kyanedre benson")),
        _member("cbcd2d2b1d9fae3c", "2017-01-27", "2017-01-27", "day", "Tennessee", "Brownsville", 35.59397,
                -89.26229, 1, "2017-01-28", "johnsoncitypress.com",
                ("armory", "brownsville", "guard armory", "med", "memphis", "niland", "the med"), ("wounded 10",)),
        _member("5540ae19acf4b2ee", "2017-01-22", "2017-01-28", "week", "Tennessee", "Tennessee", 36.16589, -86.78444,
                3, "2017-01-28", "wsoctv.com", ("armory", "guard armory"), ("wounded 10",)),
    ]


def test_a_report_left_alone_joins_the_incident_it_matches():
    made, pending, _ = dedupe.recluster(_armory())
    assert not pending
    assert len(made) == 1 and len(made[0]) == 3


def test_the_same_in_any_order():
    reports = _armory()
    for order in (reports, reports[::-1], [reports[1], reports[2], reports[0]]):
        made, _, _ = dedupe.recluster(order)
        assert sorted(len(c) for c in made) == [3]


def test_a_report_a_user_split_off_stays_alone():
    reports = _armory()
    lone = reports[2].incident.id
    apart = [(lone, r.incident.id) for r in reports[:2]]
    made, _, _ = dedupe.recluster(reports, apart=apart, together=[[lone]])
    assert sorted(len(c) for c in made) == [1, 2]


def test_two_reports_of_other_days_stay_apart():
    # the pass adds nothing a match would not: the Tennessee report a month later matches nothing
    reports = _armory()
    late = reports[2].incident.replace(date="2017-02-27", date_earliest="2017-02-22", date_latest="2017-02-27")
    reports[2] = dedupe.Member(late, published="2017-02-28", source="wsoctv.com", keys=reports[2].keys)
    made, _, _ = dedupe.recluster(reports)
    assert sorted(len(c) for c in made) == [1, 2]
