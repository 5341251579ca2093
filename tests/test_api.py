"""The desk's HTTP API on real SQLite and PostgreSQL: every route, the filters, cursor pages, the one error shape,
the token rules and the security limits."""
from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from test_review import KIRKUK, desk_batch

from eventwire.export import FORMATS
from eventwire.options import Options
from eventwire.serve import DeskConfig, create_app
from eventwire.store import open_store

TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}", "X-Eventwire-User": "Ann Analyst"}


@pytest.fixture
def db(db_url):
    with open_store(db_url) as s:
        s.write_batch(desk_batch())
    return db_url


def client(db: str, **kw) -> TestClient:
    options = kw.pop("options", None) or Options.load()
    return TestClient(create_app(DeskConfig(db=db, options=options, **kw)), raise_server_exceptions=False)


@pytest.fixture
def api(db):
    with client(db, env_token=TOKEN) as c:
        yield c


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [i["id"] for i in response.json()["items"]]


def assert_error(response, status: int, kind: str | None = None) -> dict:
    """The one error shape: exactly an error kind and a one-line message."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "message"}
    assert body["message"] and "\n" not in body["message"]
    if kind:
        assert body["error"] == kind
    return body


def kirkuk(api) -> str:
    return next(i["id"] for i in api.get("/api/incidents").json()["items"] if i["n_sources"] == 3)


def test_openapi_lists_every_route(api):
    spec = api.get("/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api/meta", "/api/incidents", "/api/incidents/{incident_id}", "/api/incidents/{incident_id}/history",
        "/api/articles", "/api/articles/{article_id}", "/api/aggregates", "/api/export/{fmt}", "/api/corrections",
        "/api/incidents/{incident_id}/corrections", "/api/incidents/{incident_id}/review", "/api/merge",
        "/api/incidents/{incident_id}/split"}


def test_meta(api):
    meta = api.get("/api/meta").json()
    assert meta["writable"] is True and meta["counts"]["incidents"] == 3
    assert "killed" in meta["editable"] and meta["statuses"][0] == "unreviewed"
    assert meta["event_types"] == ["Battles", "Explosions/Remote violence", "Violence against civilians"]


def test_list_filters(api):
    every = ids(api.get("/api/incidents"))
    assert len(every) == 3
    first = api.get("/api/incidents").json()["items"][0]
    assert first["country"] == "NG" and first["killed"] == 4 and first["review"] == "unreviewed"
    assert len(ids(api.get("/api/incidents", params={"country": "Iraq"}))) == 2
    assert len(ids(api.get("/api/incidents", params={"country": "IQ"}))) == 2
    assert len(ids(api.get("/api/incidents", params={"admin1": "kaduna"}))) == 1
    assert len(ids(api.get("/api/incidents", params={"from": "2022-12-15", "to": "2022-12-31"}))) == 1
    assert len(ids(api.get("/api/incidents", params={"event_type": "Battles"}))) == 1
    assert len(ids(api.get("/api/incidents", params={"perpetrator": "islamic"}))) == 1
    assert len(ids(api.get("/api/incidents", params={"min_killed": 5}))) == 1
    assert len(ids(api.get("/api/incidents", params={"q": "Zaria traders"}))) == 1
    assert len(ids(api.get("/api/incidents", params={"bbox": "40,30,50,40"}))) == 2
    assert len(ids(api.get("/api/incidents", params={"bbox": "0,0,10,20"}))) == 1
    assert ids(api.get("/api/incidents", params={"country": "IQ", "min_killed": 100})) == []


@pytest.mark.parametrize("sort", ["-date", "date", "-killed", "killed", "-updated", "updated"])
def test_cursor_pages_cover_everything_once(api, sort):
    whole = ids(api.get("/api/incidents", params={"sort": sort}))
    seen, cursor = [], None
    for _ in range(10):
        page = api.get("/api/incidents", params={"sort": sort, "limit": 1, "cursor": cursor}).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == whole and len(seen) == 3
    if sort == "-killed":
        assert [i["killed"] for i in api.get("/api/incidents", params={"sort": sort}).json()["items"]] == [10, 4, 3]


def test_cursor_pages_with_an_end_date(api):
    """Listed by date up to an end date, each width of date window is read apart and merged: still every incident
    once, newest first."""
    params = {"from": "2022-01-01", "to": "2023-12-31"}
    whole = ids(api.get("/api/incidents", params=params))
    seen, cursor = [], None
    for _ in range(10):
        page = api.get("/api/incidents", params={**params, "limit": 1, "cursor": cursor}).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == whole and len(seen) == 3
    assert len(ids(api.get("/api/incidents", params={"from": "2022-12-01", "to": "2022-12-17"}))) == 2
    assert len(ids(api.get("/api/incidents", params={"from": "2022-12-01", "to": "2022-12-16"}))) == 1


def test_bad_list_parameters(api):
    assert_error(api.get("/api/incidents", params={"from": "2022-13-01"}), 422, "ValidationError")
    assert_error(api.get("/api/incidents", params={"from": "yesterday"}), 422, "ValidationError")
    assert_error(api.get("/api/incidents", params={"limit": 501}), 422)
    assert_error(api.get("/api/incidents", params={"limit": 0}), 422)
    assert_error(api.get("/api/incidents", params={"cursor": "not-a-cursor"}), 400, "UsageError")
    assert_error(api.get("/api/incidents", params={"bbox": "50,40,north,30"}), 422)
    assert ids(api.get("/api/incidents", params={"bbox": "50,40,40,30"})) == []  # an empty box finds nothing
    assert_error(api.get("/api/incidents", params={"sort": "id; DROP TABLE incidents"}), 422)
    assert_error(api.get("/api/incidents", params={"review": "maybe"}), 422)
    # a quote or a wildcard in a filter is data, never SQL
    assert ids(api.get("/api/incidents", params={"perpetrator": "x' OR '1'='1"})) == []
    assert ids(api.get("/api/incidents", params={"perpetrator": "%"})) == []
    assert len(ids(api.get("/api/incidents"))) == 3


def test_incident_detail(api):
    k = kirkuk(api)
    inc = api.get(f"/api/incidents/{k}").json()
    assert inc["id"] == k and inc["killed_best"] == 10 and inc["review"] == "unreviewed"
    assert [r["source"] for r in inc["reports"]] == ["AFP", "Reuters", "AP"]
    first = inc["reports"][0]
    assert first["text"] == KIRKUK
    (ev,) = first["evidence"]["killed"]
    assert KIRKUK[ev["start"]:ev["end"]] == "killing 9 policemen"
    assert inc["source_summary"] == {"reports": 3, "articles": 3, "outlets": ["AFP", "AP", "Reuters"],
                                     "first_published": "2022-12-18", "last_published": "2022-12-19"}
    assert [m["action"] for m in inc["merges"]] == ["new", "merge", "merge"]
    assert inc["history"] == [] and inc["corrections"] == []
    assert_error(api.get("/api/incidents/ew-nope"), 404, "NotFoundError")
    assert api.get(f"/api/incidents/{k}/history").json() == []
    assert_error(api.get("/api/incidents/ew-nope/history"), 404)


def test_articles(api):
    page = api.get("/api/articles", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["next_cursor"]
    rest = api.get("/api/articles", params={"limit": 2, "cursor": page["next_cursor"]}).json()
    assert len(rest["items"]) == 2 and rest["next_cursor"] is None
    assert len({a["id"] for a in page["items"] + rest["items"]}) == 4
    (hit,) = api.get("/api/articles", params={"q": "Reuters"}).json()["items"]
    one = api.get(f"/api/articles/{hit['id']}").json()
    assert one["text"].startswith("Nine federal") and len(one["incident_ids"]) == 1
    assert_error(api.get("/api/articles/nope"), 404, "NotFoundError")


def test_aggregates(api):
    weeks = api.get("/api/aggregates", params={"by": "week"}).json()
    assert weeks["incidents"] == 3 and weeks["fatalities"] == 17
    assert [g["key"] for g in weeks["groups"]] == ["2022-12-12", "2023-03-06"]  # Mondays
    months = api.get("/api/aggregates", params={"by": "month", "country": "IQ"}).json()
    assert months["groups"] == [{"key": "2022-12", "incidents": 2, "fatalities": 13}]
    types = api.get("/api/aggregates", params={"by": "event_type"}).json()["groups"]
    assert {g["key"]: g["incidents"] for g in types} == {"Battles": 1, "Explosions/Remote violence": 1,
                                                         "Violence against civilians": 1}
    assert api.get("/api/aggregates", params={"by": "country"}).json()["groups"][0] == \
        {"key": "IQ", "incidents": 2, "fatalities": 13}
    assert {g["key"] for g in api.get("/api/aggregates", params={"by": "admin1"}).json()["groups"]} == \
        {"Kirkuk", "Baghdad", "Kaduna"}
    assert {g["key"] for g in api.get("/api/aggregates", params={"by": "actor"}).json()["groups"]} == \
        {"Islamic State", "Gunmen", None}
    assert_error(api.get("/api/aggregates", params={"by": "planet"}), 422)


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_stream_every_format(api, fmt):
    response = api.get(f"/api/export/{fmt}")
    assert response.status_code == 200, response.text
    assert "attachment" in response.headers["content-disposition"]
    if fmt == "geojson":
        assert len(response.json()["features"]) == 3
    elif fmt == "jsonl":
        assert len(response.text.splitlines()) == 3
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(io.BytesIO(response.content)).num_rows == 3
    else:  # the CSV layouts (ACLED, GTD, UCDP)
        assert response.headers["content-type"].startswith("text/csv")
        assert len(list(csv.DictReader(io.StringIO(response.text)))) == 3
    assert len(api.get(f"/api/export/{fmt}", params={"country": "NG"}).content) < len(response.content)


def test_rejected_leave_lists_and_exports_unless_asked(api):
    zaria = ids(api.get("/api/incidents", params={"country": "NG"}))[0]
    r = api.post(f"/api/incidents/{zaria}/review", json={"status": "rejected", "reason": "not an attack"},
                 headers=AUTH)
    assert r.json() == {"id": zaria, "old": "unreviewed", "review": "rejected"}
    assert zaria not in ids(api.get("/api/incidents"))
    assert ids(api.get("/api/incidents", params={"review": "rejected"})) == [zaria]
    assert zaria in ids(api.get("/api/incidents", params={"with_rejected": True}))
    assert len(api.get("/api/export/jsonl").text.splitlines()) == 2
    assert len(api.get("/api/export/jsonl", params={"with_rejected": True}).text.splitlines()) == 3
    (entry,) = api.get(f"/api/incidents/{zaria}/history").json()
    assert (entry["action"], entry["by_user"], entry["reason"]) == ("reject", "Ann Analyst", "not an attack")


def test_correct_with_token_then_read_back(api):
    k = kirkuk(api)
    r = api.post(f"/api/incidents/{k}/corrections", json={"changes": {"killed": 12}, "reason": "hospital count"},
                 headers=AUTH)
    assert r.status_code == 200, r.text
    assert r.json()["changed"] == [{"field": "killed", "old": 10, "new": 12}]
    inc = api.get(f"/api/incidents/{k}").json()
    assert inc["killed_best"] == 12 and inc["review"] == "corrected" and inc["corrected_fields"] == ["killed"]
    assert inc["corrections"][0]["machine"] == 10
    assert (inc["history"][0]["old_value"], inc["history"][0]["new_value"]) == (10, 12)
    lines = [json.loads(x) for x in api.get("/api/corrections").text.splitlines()]
    assert {(x["field"], x["machine"], x["human"]) for x in lines} == {("killed", 9, 12), ("killed", 10, 12)}
    for bad in ({"killed": -3}, {"summary": "x"}, {}, {"location": "  "}, {"country": "Atlantis"},
                {"latitude": 95}, {"date": "2022-02-30"}):
        assert_error(api.post(f"/api/incidents/{k}/corrections", json={"changes": bad}, headers=AUTH), 422,
                     "ValidationError")
    assert_error(api.post(f"/api/incidents/{k}/corrections", json={"changes": {"killed": 1}, "extra": 1},
                          headers=AUTH), 422, "ValidationError")
    assert_error(api.post(f"/api/incidents/{k}/corrections", content=b"{not json", headers=AUTH), 422)
    assert_error(api.post("/api/incidents/ew-nope/corrections", json={"changes": {"killed": 1}}, headers=AUTH), 404)
    bad_user = {**AUTH, "X-Eventwire-User": "<script>"}
    assert_error(api.post(f"/api/incidents/{k}/corrections", json={"changes": {"killed": 1}}, headers=bad_user),
                 422)


def test_token_rules(db):
    k = None
    with client(db, env_token=TOKEN) as api:
        k = kirkuk(api)
        body = {"changes": {"killed": 1}}
        assert_error(api.post(f"/api/incidents/{k}/corrections", json=body), 401, "Unauthorized")
        assert_error(api.post(f"/api/incidents/{k}/corrections", json=body,
                              headers={"Authorization": "Bearer wrong"}), 401)
        assert_error(api.post(f"/api/incidents/{k}/corrections", json=body,
                              headers={"Authorization": TOKEN}), 401)  # no Bearer scheme
        assert api.get(f"/api/incidents/{k}").json()["killed_best"] == 10  # nothing changed
    # a token made by `serve` (stored hashed) works the same way
    with open_store(db, create=False) as s:
        from eventwire import review

        made = review.create_token(s)
        digests = review.token_digests(s)
    with client(db, token_digests=digests) as api:
        r = api.post(f"/api/incidents/{k}/review", json={"status": "accepted"},
                     headers={"Authorization": f"Bearer {made}"})
        assert r.status_code == 200, r.text
    # no token configured, or --read-only: every edit is refused, reading still works
    for kw in ({}, {"env_token": TOKEN, "read_only": True}):
        with client(db, **kw) as api:
            assert api.get("/api/meta").json()["writable"] is False
            assert_error(api.post(f"/api/incidents/{k}/review", json={"status": "rejected"}, headers=AUTH), 403,
                         "Forbidden")
            assert api.get(f"/api/incidents/{k}").status_code == 200


def test_merge_and_split(api):
    k = kirkuk(api)
    tarmiya = ids(api.get("/api/incidents", params={"admin1": "Baghdad"}))[0]
    r = api.post("/api/merge", json={"ids": [k, tarmiya], "reason": "one ambush"}, headers=AUTH)
    assert r.json() == {"id": k}
    assert len(api.get(f"/api/incidents/{k}").json()["report_ids"]) == 4  # the two reports of one article count once as a source
    assert api.get(f"/api/incidents/{tarmiya}").json()["id"] == k  # an absorbed id leads to the survivor
    report = api.get(f"/api/incidents/{k}").json()["report_ids"][-1]
    made = api.post(f"/api/incidents/{k}/split", json={"report_ids": [report]}, headers=AUTH).json()["ids"]
    assert api.get(f"/api/incidents/{made[0]}").json()["report_ids"] == [report]
    actions = [h["action"] for h in api.get(f"/api/incidents/{k}/history").json()]
    assert actions == ["merge", "split"]
    assert_error(api.post("/api/merge", json={"ids": [k]}, headers=AUTH), 422)
    assert_error(api.post("/api/merge", json={"ids": [k, "ew-nope"]}, headers=AUTH), 404)
    assert_error(api.post(f"/api/incidents/{made[0]}/split", json={}, headers=AUTH), 409, "StoreError")


def test_security_limits(db):
    options = Options.load(overrides={"serve": {"max_body_bytes": 1024}})
    with client(db, env_token=TOKEN, options=options) as api:
        k = kirkuk(api)
        big = {"changes": {"location": "x" * 400}, "reason": "y" * 2000}
        assert_error(api.post(f"/api/incidents/{k}/corrections", json=big, headers=AUTH), 413, "PayloadTooLarge")
        r = api.get("/api/meta")
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "default-src 'self'" in r.headers["content-security-policy"]
        # no CORS unless configured
        r = api.get("/api/meta", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in r.headers
        # static files come from a fixed list read at start, never from a path in the request
        assert_error(api.get("/static/../../../../etc/passwd"), 404)
        assert_error(api.get("/static/%2e%2e/app.py"), 404)
        assert api.get("/static/app.js").status_code == 200
        assert "text/html" in api.get("/").headers["content-type"]
        assert_error(api.get("/api/nowhere"), 404)
        assert_error(api.delete("/api/meta"), 405)
    cors = Options.load(overrides={"serve": {"cors_origins": ["https://desk.example"]}})
    with client(db, options=cors) as api:
        r = api.get("/api/meta", headers={"Origin": "https://desk.example"})
        assert r.headers["access-control-allow-origin"] == "https://desk.example"


def test_missing_database_is_an_error_not_a_new_file(tmp_path):
    missing = tmp_path / "none.db"
    with client(str(missing)) as api:
        assert_error(api.get("/api/meta"), 409, "StoreError")
    assert not missing.exists()
