"""Session 24, dedupe: ingest speed among many stored reports (issue 19, fast at scale)."""
from __future__ import annotations

import json
from datetime import date

from eventwire import dedupe


def test_a_stored_day_is_parsed_once():
    # every stored candidate's window is read on each comparison; a day read before is not parsed again
    first = dedupe._parse("2016-07-08")
    assert first == date(2016, 7, 8)
    assert dedupe._parse("2016-07-08") is first
    assert dedupe._parse("2016-07", end=True) == date(2016, 7, 31)
    assert dedupe._parse("2016-07") == date(2016, 7, 1)


def test_a_name_is_normalised_once():
    first = dedupe.norm("Hidalgo County, Texas")
    assert first == "hidalgo county texas"
    assert dedupe.norm("Hidalgo County, Texas") is first
    assert dedupe.norm("The Bronx") == "bronx"


def _stored(n: int, tmp_path, admin1_of=lambda i: "Texas", precision: int = 2):
    """A store of n one-report articles a day apart from 2010 on, coarsely placed (dedupe off while filling)."""
    from datetime import timedelta

    from eventwire.options import Options
    from eventwire.records import Article, CodedArticle, Incident
    from eventwire.store import open_store

    start = date(2010, 1, 1)
    coded = []
    for i in range(n):
        day = (start + timedelta(days=i)).isoformat()
        text = f"Report {i}: a man was shot on {day}."
        inc = Incident(id=f"a{i}:0", article_id=f"a{i}", date=day, date_precision="day", country="US",
                       admin1=admin1_of(i), location="Houston", latitude=29.76, longitude=-95.36,
                       geo_precision=precision, event_type="Violence against civilians", wounded=1)
        coded.append(CodedArticle(Article(id=f"a{i}", text=text, title=f"Shooting {i}", published=day,
                                          origin=f"t:{i}"), (inc,)))
    path = str(tmp_path / "s.db")
    with open_store(path, Options.load(overrides={"dedupe": {"enabled": False}}, use_env=False)) as store:
        store.write_batch(coded)
    return path


#: thousands of SQLite steps the lookup may take among 3,000 reports: under 4 reading its days' range, 35 when it
#: read every entry of the country
STEPS = 4


def _vm_steps(store, fetch) -> int:
    """SQLite virtual machine steps (in thousands) a store call takes."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    store.conn.set_progress_handler(tick, 1000)
    try:
        fetch()
    finally:
        store.conn.set_progress_handler(None, 1000)
    return steps[0]


def test_candidates_by_date_read_only_their_days(tmp_path):
    # a coarsely placed report's candidates are the country's reports of its days: the lookup reads the index's range
    # of those days, not every entry of the country (it grew with the store: 14-17 articles/s at 3,000 stored)
    from eventwire.records import Incident
    from eventwire.store import open_store

    path = _stored(3000, tmp_path)
    report = Incident(id="new:0", article_id="new", date="2014-02-01", date_precision="day", country="US",
                      admin1="Texas", location="Houston", latitude=29.76, longitude=-95.36, geo_precision=2)
    lo = hi = date(2014, 2, 1)
    with open_store(path) as store:
        rows = store._near_reports(report, lo, hi)
        steps = _vm_steps(store, lambda: store._near_reports(report, lo, hi))
    days = sorted(json.loads(r["data"])["date"] for r in rows)
    assert days[0] == "2014-01-28" and days[-1] == "2014-02-04" and len(days) == 8  # candidate_days each side, one more before
    assert steps < STEPS, steps


def _report(rid: str, admin1: str, lat: float, lon: float, precision: int, location: str) -> dedupe.Member:
    from eventwire.records import Incident

    inc = Incident(id=f"{rid}:0", article_id=rid, date="2016-05-08", date_precision="day", country="US",
                   admin1=admin1, location=location, latitude=lat, longitude=lon, geo_precision=precision,
                   event_type="Violence against civilians", wounded=1)
    return dedupe.Member(inc, published="2016-05-08")


def test_coarse_reports_of_two_states_are_no_candidates():
    from eventwire.options import default_options

    options = default_options()
    texas = _report("a", "Texas", 31.0, -99.0, 3, "Texas")  # placed only in its state
    ohio = _report("b", "Ohio", 40.0, -82.5, 1, "Columbus")
    texas_town = _report("c", "Texas", 29.76, -95.36, 1, "Houston")
    assert not dedupe.near(texas.incident, ohio.incident, options)
    assert dedupe.near(texas.incident, texas_town.incident, options)
    assert dedupe.linked(texas, ohio, options) is None
    # unless one's words name the town the other is placed in (a geocoder's error: GVA 450382, Lubbock / Slide)
    assert dedupe.near(texas.incident, ohio.incident, options, (("columbus",), ()))
    # a city and its suburb across a state line: Chicago placed coarsely, Gary (Indiana) 41 km away
    chicago = _report("d", "Illinois", 41.85, -87.65, 2, "Chicago")
    gary = _report("e", "Indiana", 41.59, -87.35, 1, "Gary")
    assert dedupe.near(chicago.incident, gary.incident, options)
    # a report with no province is a candidate of every report of its country
    nowhere = _report("f", "", 38.0, -97.0, 3, "")
    assert dedupe.near(texas.incident, nowhere.incident, options)


def test_a_coarse_reports_lookup_reads_its_own_state(tmp_path):
    from eventwire.records import Incident
    from eventwire.store import open_store

    states = ("Texas", "Ohio", "Maine", "Iowa")
    path = _stored(400, tmp_path, admin1_of=lambda i: states[i % 4], precision=3)
    report = Incident(id="new:0", article_id="new", date="2010-06-01", date_precision="day", country="US",
                      admin1="Texas", location="Texas", latitude=31.0, longitude=-99.0, geo_precision=3)
    with open_store(path) as store:
        rows = store._near_reports(report, date(2010, 6, 1), date(2010, 6, 1))
    found = {json.loads(r["data"])["admin1"] for r in rows}
    assert found == {"Texas"} and len(rows) == 2  # of the 8 days' reports, Texas's
