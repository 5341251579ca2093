"""Dedupe, session 26 (issue 19): follow-ups of one shooting long after it (a plea, a sentencing) that name its
victim, its accused and its street join the incident; cases written as the reports the pipeline codes."""
from __future__ import annotations

import pytest

from eventwire import dedupe
from eventwire.dedupe import cluster_incidents
from eventwire.records import Incident


def _report(report_id: str, day: str, summary: str, **kw) -> Incident:
    base: dict = {"id": report_id, "article_id": report_id.partition(":")[0], "date": day, "date_precision": "day",
                  "country": "US", "admin1": "Ohio", "location": "Toledo", "latitude": 41.6528,
                  "longitude": -83.5379, "geo_precision": 1, "event_type": "Violence against civilians",
                  "target_types": ["Private Citizens & Property"], "attack_types": ["Armed Assault"],
                  "summary": summary}
    base.update(kw)
    return Incident(**base)


SHOOTING = ("Man killed in shooting on Dorr Street",
            "Marquell Tenbrook, 24, was shot and killed Saturday night on Dorr Street in Toledo. Police arrested "
            "Desmond Okafor-Reyes, 19, in the shooting.")
SENTENCING = ("Man sentenced for Dorr Street killing",
              "Desmond Okafor-Reyes was sentenced Tuesday to 18 years in prison for the death of Marquell Tenbrook, "
              "who was shot on Dorr Street.")


@pytest.mark.parametrize("later, joins", [("2018-03-06", True), ("2020-10-06", False)])
def test_a_sentencing_twenty_months_on_naming_the_victim_and_the_accused_is_the_same_incident(later, joins):
    """dedupe.text_sure_max_days (400 -> 800): a plea or a sentencing comes up to two years after the shooting, and
    reports sharing several rare names in their own sentences (TEXT_SURE) are then one incident; beyond TEXT_FAR_DAYS
    (four years and more on: the two stories share the victim's, the accused's and the street's names in full, over
    TEXT_FAR) the dates still tell them apart."""
    keys_a, keys_b = dedupe.text_keys(*SHOOTING), dedupe.text_keys(*SENTENCING)
    assert dedupe.shared_keys(keys_a, keys_b)[0] >= dedupe.TEXT_SURE
    a = _report("a:0", "2016-07-09", SHOOTING[1], killed=1)
    b = _report("b:0", later, SENTENCING[1], killed=1)
    assert len(cluster_incidents([a, b], keys={"a:0": keys_a, "b:0": keys_b})) == (1 if joins else 2)


def test_a_guns_make_and_model_say_how_not_which_shooting():
    """data/dedupe_common_words.txt: a Florida shooting and a Kentucky gun charge two weeks apart shared only 'Ruger
    LCP' (GVA 569838 / 579786); a gun's maker or model is no key, alone or as a pair, while the victim's name is."""
    a = dedupe.text_keys("Teen shot in head with gun bought off the street",
                         "Jaylen Ostrowski, 15, was shot with a Ruger LCP pistol in Pembroke Pines, police said.")
    b = dedupe.text_keys("Driver faces count of carrying a gun as a felon",
                         "Deputies found a Ruger LCP and a Mossberg shotgun in the man's truck in Stanford.")
    assert "jaylen ostrowski" in a
    assert not {k for k in a + b if any(w in k.split() for w in ("ruger", "lcp", "mossberg"))}
    assert dedupe.shared_keys(a, b)[0] == 0
