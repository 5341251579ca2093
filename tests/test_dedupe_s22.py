"""Session 22 (issue 19): one shared surname does not outweigh a geocoder for reports a day apart."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Incident


def shooting(report_id: str, day: str, location: str = "Schenectady", admin1: str = "New York",
             point: tuple[float, float] = (42.81, -73.94), geo_precision: int = 1, killed: int | None = 1,
             wounded: int | None = None) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day",
                    country="US", admin1=admin1, location=location, latitude=point[0], longitude=point[1],
                    geo_precision=geo_precision, event_type="Violence against civilians",
                    target_types=("Private Citizens & Property",), attack_types=("Armed Assault",), killed=killed,
                    wounded=wounded)


SCHENECTADY = ("Teen mother slain in Schenectady", "Medina Tolliver, 17, was shot dead Thursday night on Hulett Street.")
PITTSBURGH = ("Girl, 17, shot dead in Homewood identified", "The girl was identified as Kiara Tolliver, 17.")


def test_one_shared_surname_does_not_outweigh_the_geocoder_a_day_apart():
    a = shooting("a:0", "2016-09-15", wounded=1)
    b = shooting("b:0", "2016-09-16", location="Pittsburgh", admin1="Pennsylvania", point=(40.44, -79.99),
                 geo_precision=2, wounded=1)
    ka, kb = dedupe.text_keys(*SCHENECTADY), dedupe.text_keys(*PITTSBURGH)
    assert dedupe._word_share((ka, kb)) == 1.0  # 'tolliver'
    c = dedupe.compare(a, b, None, (ka, kb))
    assert c.conflicts or c.score < dedupe.MERGE_SCORE
    # on one day the shared word still outweighs it (TEXT_SAME_DAY)
    same = dedupe.compare(a, b.replace(date="2016-09-15"), None, (ka, kb))
    assert not any(x.code == dedupe.DISTANCE for x in same.conflicts)
    # a day apart, a surname and a street (TEXT_NEXT_DAY) still do
    kc = dedupe.text_keys("Teen killed on Hulett Street", "Medina Tolliver, 17, died after she was shot on Hulett "
                          "Street.")
    c = dedupe.compare(a, b, None, (ka, kc))
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE
