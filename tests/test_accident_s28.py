"""Session 28: an accidental shooting is kept, marked (records.Incident.accident) and handled by each layout.

A shooting the text tells an accident ("a 13-year-old, unloading a shotgun, accidentally shot herself") had been
typed ACLED Violence against civilians / Attack and GTD Armed Assault; ACLED, GTD and UCDP code no accident. Now it
keeps its place, date and tolls, carries no ACLED, GTD or MUC-4 type, is marked with the words that say so
(evidence["accident"]), is filtered by IncidentFilter.accident (the API's `accident=`, the CLI's --accident), and the
ACLED, GTD and UCDP layouts leave it out, the CLI saying how many on stderr. The sentences below are written for
these tests."""
from __future__ import annotations

import csv
import io
import json

import pytest
from test_api import client
from typer.testing import CliRunner

from eventwire import types_model
from eventwire.cli import app as cli_app
from eventwire.export import to_text
from eventwire.pipeline import code_article
from eventwire.records import Article, CodedArticle, Incident, Span
from eventwire.store import IncidentFilter, open_store

#: thresholds under which no model overrules the rules (above 1), so that only the rules and the words decide
RULES_ONLY = types_model.Thresholds(2.0, 2.0, 2.0, 2.0, 2.0, 2.0)

ACCIDENT = ("A 13-year-old girl, unloading her father's shotgun, accidentally shot herself at the family's house on "
            "Linden Avenue in Dayton, Ohio, on Saturday afternoon, police said. She was flown to a children's hospital "
            "with a wound to her foot and should recover.")
DENIED = ("Police in Dayton, Ohio, said the shooting of a 13-year-old girl on Linden Avenue on Saturday was not an "
          "accident. The girl was hit in the foot and flown to a children's hospital; a man was charged with "
          "attempted murder.")
STRAY = ("A 13-year-old girl was struck by a stray bullet on Linden Avenue in Dayton, Ohio, on Saturday night when "
         "gunmen fired at a passing car, police said. The girl was flown to a children's hospital.")


def _coded(text: str, key: str = "a") -> list[Incident]:
    return list(code_article(Article(id=key, text=text, published="2024-06-03")).incidents)


def test_the_words_of_an_accident():
    for text in ("Police said a 6-year-old girl found her uncle's pistol and accidentally shot herself.",
                 "The boy was hurt in an accidental shooting at a home on Elm Street.",
                 "A man was wounded in a hunting accident near the river on Saturday.",
                 "Police said the officer's weapon unintentionally discharged in the locker room."):
        assert types_model.accident_told(text), text
    for text in ("Police said the shooting was not an accident and charged him with murder.",
                 "A girl was struck by a stray bullet and the other victim was accidentally shot, police said.",
                 "Two men exchanged gunfire and a bystander was accidentally shot.",
                 "The gunman opened fire on the crowd, killing two people.",
                 "Residents protested after a traffic accident killed a boy."):
        assert not types_model.accident_told(text), text


def test_an_accident_coded_by_the_pipeline_is_kept_marked_and_untyped():
    incidents = _coded(ACCIDENT)
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc.accident
    assert (inc.event_type, inc.sub_event_type, inc.attack_types, inc.target_types, inc.muc_incident_type) == (
        None, None, (), (), None)
    assert inc.wounded == 1 and inc.admin1 == "Ohio" and inc.date == "2024-06-01"  # kept: place, date, toll
    (told,) = inc.evidence["accident"]
    assert ACCIDENT[told.start:told.end] == told.text and "accidentally shot" in told.text
    assert not {"event_type", "attack_types", "target_types"} & set(inc.evidence)
    # the same record read back from its JSON
    assert Incident.from_dict(json.loads(json.dumps(inc.to_dict()))).accident


@pytest.mark.parametrize("text", [DENIED, STRAY], ids=["denied", "stray-bullet"])
def test_a_shooting_not_told_an_accident_keeps_its_type(text):
    incidents = _coded(text)
    assert incidents and not any(i.accident for i in incidents)
    assert all(i.event_type == "Violence against civilians" for i in incidents)


def test_retyped_clears_only_an_attack_on_civilians():
    act = Span(0, 4, "shot")
    shooting = Incident(id="i", article_id="a", event_type="Violence against civilians", sub_event_type="Attack",
                        attack_types=("Armed Assault",), target_types=("Private Citizens & Property",),
                        weapon_types=("Firearms",), muc_incident_type="attack", wounded=1,
                        evidence={"event_type": (act,), "attack_types": (act,)})
    text = "Police said a 6-year-old girl found her uncle's pistol and accidentally shot herself."
    typed = types_model.retyped(shooting, text, RULES_ONLY)
    assert typed.accident and typed.weapon_types == ("Firearms",) and typed.event_type is None
    assert typed.evidence["accident"] == (act,)  # no article given: the act words
    # a fight's accident stays as ACLED codes it (ACCIDENT_FROM)
    battle = types_model.retyped(shooting.replace(event_type="Battles", sub_event_type="Armed clash"),
                                 "Soldiers accidentally shot a comrade during a clash with militants.", RULES_ONLY)
    assert battle.event_type == "Battles" and not battle.accident


#: a shooting in Tulsa a month before, told in words of my own
TULSA = ("A man was shot in the arm outside a bar on Main Street in Tulsa, Oklahoma, early Sunday when an argument "
         "turned violent, police said.")


def _incident(key: str, accident: bool, day: str, admin1: str, location: str, lat: float, lon: float) -> Incident:
    typed = {} if accident else dict(event_type="Violence against civilians", sub_event_type="Attack",
                                     attack_types=("Armed Assault",))
    return Incident(id=key, article_id=key, date=day, date_precision="day", date_earliest=day, date_latest=day,
                    country="US", admin1=admin1, location=location, latitude=lat, longitude=lon, geo_precision=1,
                    wounded=1, weapon_types=("Firearms",), accident=accident, summary=f"Shot in {location}.", **typed)


def _batch() -> list[CodedArticle]:
    return [
        CodedArticle(Article(id="acc", text=ACCIDENT, published="2024-06-03", origin="acc.txt", source="Daily"),
                     (_incident("acc", True, "2024-06-01", "Ohio", "Dayton", 39.76, -84.19),)),
        CodedArticle(Article(id="att", text=TULSA, published="2024-05-06", origin="att.txt", source="Herald"),
                     (_incident("att", False, "2024-05-05", "Oklahoma", "Tulsa", 36.15, -95.99),)),
    ]


@pytest.fixture
def filled(store):
    store.write_batch(_batch())
    return store


def test_the_store_filters_accidents(filled):
    def locations(accident):
        return {r["location"] for r in filled.incidents(IncidentFilter(limit=None, accident=accident))}

    assert locations(True) == {"Dayton"}
    assert locations(False) == {"Tulsa"}
    assert locations(None) == {"Dayton", "Tulsa"}


def test_acled_gtd_and_ucdp_leave_accidents_out(filled):
    for fmt in ("acled", "acled-2020", "gtd", "ucdp"):
        rows = list(csv.DictReader(io.StringIO(to_text(filled, fmt))))
        assert len(rows) == 1, fmt
        assert "Dayton" not in json.dumps(rows), fmt
    # the other formats keep it
    assert len(to_text(filled, "jsonl").splitlines()) == 2
    assert len(json.loads(to_text(filled, "geojson"))["features"]) == 2


def test_the_cli_says_how_many_accidents_an_export_left_out(tmp_path):
    db = str(tmp_path / "e.db")
    with open_store(db) as s:
        s.write_batch(_batch())
    out = tmp_path / "acled.csv"
    result = CliRunner().invoke(cli_app, ["export", "-f", "acled", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 1
    said = [line for line in result.stderr.splitlines() if "accidental" in line]
    assert len(said) == 1 and said[0].startswith("eventwire: 1 accidental shootings left out")
    # only the accidents, as JSONL: nothing left out, nothing said
    result = CliRunner().invoke(cli_app, ["export", "-f", "jsonl", "--db", db, "--accident"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1
    assert "accidental" not in result.stderr


def test_the_api_filters_accidents(db_url):
    with open_store(db_url) as s:
        s.write_batch(_batch())
    with client(db_url) as api:
        def locations(query):
            response = api.get("/api/incidents" + query)
            assert response.status_code == 200, response.text
            return {i["location"] for i in response.json()["items"]}

        assert locations("?accident=true") == {"Dayton"}
        assert locations("?accident=false") == {"Tulsa"}
        assert locations("") == {"Dayton", "Tulsa"}


def test_the_stored_incident_and_its_exports_carry_the_mark(filled):
    rows = {r["location"]: r for r in filled.incidents()}
    assert rows["Dayton"]["accident"] is True and rows["Tulsa"]["accident"] is False
    features = {f["properties"]["location"]: f["properties"] for f in json.loads(to_text(filled, "geojson"))["features"]}
    assert features["Dayton"]["accident"] is True
