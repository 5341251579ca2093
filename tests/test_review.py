"""Review and correction in the library (eventwire.review), on SQLite and PostgreSQL: corrections outlive later
ingests and merges, rejected incidents leave exports unless asked for, every change is audited, corrections
become training examples, tokens compare in constant time."""
from __future__ import annotations

import json
from typing import Any

import pytest

from eventwire import review
from eventwire.errors import NotFoundError, UsageError
from eventwire.export import to_text
from eventwire.records import Article, CodedArticle, Incident, Span
from eventwire.store import IncidentFilter

KIRKUK = "Islamic State said its fighters ambushed a police convoy outside Kirkuk on Saturday, killing 9 policemen."
WIRE = "Nine federal policemen were killed near Shalal al-Matar, Reuters reported."
FOLLOW = "The toll from the Kirkuk ambush rose to 10, police said."
LAGOS = "Gunmen killed four traders in a market in Zaria, Kaduna State, on Monday, residents said."


def article(key: str, text: str, published: str = "2022-12-18", **kw) -> Article:
    return Article(id=key, text=text, published=published, origin=f"{key}.txt", **kw)


def span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start=start, end=start + len(words), text=words)


def incident(killed: int, text: str, **kw) -> Incident:
    base: dict[str, Any] = {
        "id": "x", "article_id": "x", "date": "2022-12-17", "date_precision": "day", "country": "IQ",
        "admin1": "Kirkuk", "location": "Shalal al-Matar", "latitude": 35.62, "longitude": 44.15, "geo_precision": 1,
        "event_type": "Explosions/Remote violence", "perpetrator": "Islamic State", "target_types": ("Police",),
        "killed": killed}
    base.update(kw)
    return Incident(**base)


def desk_batch() -> list[CodedArticle]:
    """Two Iraqi incidents (one told by three articles) and one Nigerian, with evidence spans."""
    tarmiya = incident(3, KIRKUK, date="2022-12-14", admin1="Baghdad", location="Tarmiya", latitude=33.67,
                       longitude=44.39, perpetrator=None, event_type="Battles", wounded=3)
    return [
        CodedArticle(article("seed", KIRKUK, source="AFP", title="Police convoy ambushed outside Kirkuk"),
                     (incident(9, KIRKUK, evidence={"killed": (span(KIRKUK, "killing 9 policemen"),),
                                                    "perpetrator": (span(KIRKUK, "Islamic State"),)}), tarmiya)),
        CodedArticle(article("wire", WIRE, source="Reuters", url="https://example.org/wire"),
                     (incident(9, WIRE, perpetrator="ISIS",
                               evidence={"killed": (span(WIRE, "Nine federal policemen were killed"),)}),)),
        CodedArticle(article("follow", FOLLOW, "2022-12-19", source="AP"),
                     (incident(10, FOLLOW, evidence={"killed": (span(FOLLOW, "rose to 10"),)}),)),
        CodedArticle(article("zaria", LAGOS, "2023-03-07", source="Daily Trust"),
                     (incident(4, LAGOS, date="2023-03-06", country="NG", admin1="Kaduna", location="Zaria",
                               latitude=11.08, longitude=7.72, perpetrator="Gunmen",
                               event_type="Violence against civilians",
                               evidence={"killed": (span(LAGOS, "killed four traders"),)}),)),
    ]


def kirkuk_id(store) -> str:
    return next(r["id"] for r in store.incidents() if r["n_sources"] == 3)


def test_correction_is_audited_and_outlives_later_ingest(store):
    store.write_batch(desk_batch())
    k = kirkuk_id(store)
    assert store.incident(k)["killed_best"] == 10
    made = review.correct(store, k, {"killed": 11, "perpetrator": "Islamic State (ISIS)"}, "ann", "recount")
    assert {m["field"] for m in made} == {"killed", "perpetrator"}
    inc = store.incident(k)
    assert (inc["killed"], inc["killed_low"], inc["killed_best"], inc["killed_high"]) == (11, 11, 11, 11)
    assert inc["perpetrator"] == "Islamic State (ISIS)"
    assert store._one("SELECT review FROM incidents WHERE id = ?", (k,))["review"] == "corrected"
    # a later report of the same attack joins and re-reconciles the incident: the correction stays
    late = CodedArticle(article("late", "The death toll in the Kirkuk attack reached 14.", "2022-12-20"),
                        (incident(14, "x"),))
    store.write_batch([late])
    inc = store.incident(k)
    assert inc["n_sources"] == 4
    assert inc["killed_best"] == 11 and inc["perpetrator"] == "Islamic State (ISIS)"
    history = review.history(store, k)
    assert [(h["action"], h["field"], h["old_value"], h["new_value"], h["by_user"], h["reason"])
            for h in history] == [("correct", "killed", 10, 11, "ann", "recount"),
                                  ("correct", "perpetrator", "Islamic State", "Islamic State (ISIS)", "ann",
                                   "recount")]
    # the machine's value is kept beside the human one
    assert {c["field"]: c["machine"] for c in review.corrections(store, k)}["killed"] == 10
    # setting the same value again changes nothing and adds no audit entry
    assert review.correct(store, k, {"killed": 11}, "ann") == []
    assert len(review.history(store, k)) == 2


def test_correction_outlives_a_merge_by_hand(store):
    store.write_batch(desk_batch())
    k = kirkuk_id(store)
    review.correct(store, k, {"date": "2022-12-16", "country": "Iraq"}, "ann")
    other = next(r["id"] for r in store.incidents() if r["location"] == "Tarmiya")
    kept = review.merge(store, [k, other], "bob", "same ambush")
    assert kept == k
    inc = store.incident(k)
    assert (inc["date"], inc["date_earliest"], inc["date_latest"], inc["country"]) == \
        ("2022-12-16", "2022-12-16", "2022-12-16", "IQ")
    assert [h["action"] for h in review.history(store, k)][-1] == "merge"
    assert review.history(store, other)[-1]["new_value"] == k


def test_corrections_follow_an_absorbed_incident(store):
    store.write_batch(desk_batch())
    k = kirkuk_id(store)
    tarmiya = next(r["id"] for r in store.incidents() if r["location"] == "Tarmiya")
    review.correct(store, tarmiya, {"perpetrator": "ISIS cell", "killed": 4}, "ann")
    review.correct(store, k, {"killed": 11}, "ann")
    store.merge([k, tarmiya])  # the CLI's merge, not review.merge: the store carries the corrections itself
    inc = store.incident(k)
    assert inc["perpetrator"] == "ISIS cell"  # the absorbed incident's correction
    assert inc["killed_best"] == 11  # the survivor's own correction wins over the absorbed one's
    assert store._all("SELECT * FROM corrections WHERE incident_id = ?", (tarmiya,)) == []


def test_split_is_audited(store):
    store.write_batch(desk_batch())
    k = kirkuk_id(store)
    follow = store.incident(k)["report_ids"][2]
    (made,) = review.split(store, k, [follow], "ann", "a different ambush")
    assert store.incident(made)["report_ids"] == [follow]
    assert review.history(store, made)[0]["action"] == "split"


def test_rejected_leave_listings_and_exports_unless_asked(store):
    store.write_batch(desk_batch())
    zaria = next(r["id"] for r in store.incidents() if r["country"] == "NG")
    assert review.set_status(store, zaria, "rejected", "ann", "not an attack") == "unreviewed"
    assert zaria not in {r["id"] for r in store.incidents()}
    assert zaria not in to_text(store, "jsonl")
    assert "Zaria" not in to_text(store, "acled")
    assert zaria in to_text(store, "jsonl", IncidentFilter(limit=None, with_rejected=True))
    assert [r["id"] for r in store.incidents(IncidentFilter(review="rejected"))] == [zaria]
    review.set_status(store, zaria, "unreviewed", "ann")
    assert zaria in {r["id"] for r in store.incidents()}
    assert [h["action"] for h in review.history(store, zaria)] == ["reject", "reopen"]


def test_corrections_become_training_examples(store):
    store.write_batch(desk_batch())
    k = kirkuk_id(store)
    review.correct(store, k, {"killed": 11}, "ann")
    examples = list(review.training_examples(store))
    assert len(examples) == 3  # one per source article of the corrected incident
    by_text = {e["text"]: e for e in examples}
    first = by_text[KIRKUK]
    assert (first["field"], first["machine"], first["human"]) == ("killed", 9, 11)
    assert [KIRKUK[s["start"]:s["end"]] for s in first["evidence"]] == ["killing 9 policemen"]
    assert by_text[FOLLOW]["machine"] == 10
    json.dumps(examples)  # plain JSON


@pytest.mark.parametrize("changes, problem", [
    ({"killed": -1}, "not a count"), ({"killed": "nine"}, "not a count"), ({"killed": True}, "not a count"),
    ({"latitude": 91.0}, "outside"), ({"longitude": "east"}, "not a number"), ({"date": "2022-13-01"}, "date"),
    ({"country": "Atlantis"}, "not a country"), ({"summary": "x"}, "not a field"), ({"location": " "}, "non-empty"),
    ({"location": "x" * 501}, "longer than"), ({}, "at least one"),
])
def test_bad_corrections_name_the_field(store, changes, problem):
    store.write_batch(desk_batch())
    k = kirkuk_id(store)
    with pytest.raises(UsageError, match=problem):
        review.correct(store, k, changes, "ann")
    assert review.history(store, k) == []  # nothing half-done


def test_unknown_incident_and_status(store):
    store.write_batch(desk_batch())
    with pytest.raises(NotFoundError):
        review.correct(store, "ew-nope", {"killed": 1}, "ann")
    with pytest.raises(NotFoundError):
        review.set_status(store, "ew-nope", "accepted", "ann")
    with pytest.raises(UsageError):
        review.set_status(store, kirkuk_id(store), "corrected", "ann")


def test_tokens_are_stored_hashed_and_compared(store):
    assert not review.has_token(store)
    token = review.create_token(store)
    assert review.has_token(store) and len(token) >= 40
    digests = review.token_digests(store)
    assert token not in json.dumps(store._all("SELECT * FROM desk_tokens"))
    assert review.token_matches(token, env_token=None, digests=digests)
    assert not review.token_matches(token[:-1], env_token=None, digests=digests)
    assert review.token_matches("env-secret", env_token="env-secret", digests=[])
    assert not review.token_matches("", env_token="env-secret", digests=digests)
