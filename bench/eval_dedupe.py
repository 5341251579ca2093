#!/usr/bin/env python3
"""Pairwise precision and recall of dedupe, on the MUC-4 labelled set and on real news (GVA).

MUC-4 (default): Incident records built from the gold answer keys, not from eventwire's extraction, so the
numbers measure deduplication alone. Usage: python bench/eval_dedupe.py [--set bench/out/dedupe_set.jsonl]
[--errors N] (builds the set on the fly from ../shared/data/muc4/raw_keys when no file is given).

GVA (--gva): every Gun Violence Archive incident with 2+ articles in ../shared/data/gva/articles.jsonl; all their
articles are coded by eventwire (once: the coded articles are cached in bench/out/gva_coded.jsonl, so tuning runs
take seconds), ingested into a fresh SQLite store, and scored: article pairs put in one stored incident against
pairs of one GVA incident (pairwise precision / recall / F1), and each GVA incident's reconciled killed / injured
(the stored incident holding most of its articles; best figures, deaths of attackers included, a toll not given
read as 0, as `eventwire evaluate gva` reads them) against GVA's. Incidents are split in two halves
by a hash of their GVA id: --part tune or --part held (default: all).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
GVA_FILE = REPO.parent / "shared" / "data" / "gva" / "articles.jsonl"
GVA_CACHE = REPO / "bench" / "out" / "gva_coded.jsonl"
#: lines of the GVA file the lead holds out to measure detection (never read, printed or tuned on by a session):
#: their articles are left out of the dedupe sets (an incident left with one article drops out)
HELD_OUT_LINES = range(301, 451)


def load_set(path: Path | None) -> list[dict]:
    if path and path.exists():
        return [json.loads(line) for line in path.open(encoding="utf-8")]
    spec = importlib.util.spec_from_file_location("build_dedupe_set", REPO / "scripts" / "build_dedupe_set.py")
    assert spec is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    if not mod.DEFAULT_KEYS.exists():
        raise SystemExit(f"eval_dedupe: {mod.DEFAULT_KEYS} not found (needs ../shared/data/muc4)")
    return mod.build()


def pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {(min(a, b), max(a, b)) for g in groups for a, b in combinations(g, 2)}


def evaluate(records: list[dict], options=None) -> dict:
    from eventwire.dedupe import cluster_incidents
    from eventwire.records import Incident

    incidents = [Incident.from_dict(r) for r in sorted(records, key=lambda r: r["id"])]
    start = time.perf_counter()
    predicted = cluster_incidents(incidents, options)
    seconds = time.perf_counter() - start
    gold_groups = defaultdict(list)
    for r in records:
        gold_groups[r["event"]].append(r["id"])
    gold, pred = pairs(list(gold_groups.values())), pairs(predicted)
    tp = len(gold & pred)
    return {
        "reports": len(records), "incidents": len(gold_groups),
        "multi_report_incidents": sum(1 for g in gold_groups.values() if len(g) > 1),
        "gold_pairs": len(gold), "predicted_pairs": len(pred), "true_pairs": tp,
        "precision": tp / len(pred) if pred else 1.0, "recall": tp / len(gold) if gold else 1.0,
        "predicted_incidents": len(predicted), "seconds": round(seconds, 2),
        "false_merges": sorted(pred - gold), "missed": sorted(gold - pred),
    }


def doc_pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    """Pairs of messages that report a common incident, from groups of report ids 'MSG#n' or 'MSG:n'."""
    out: set[tuple[str, str]] = set()
    for g in groups:
        docs = sorted({re.split(r"[#:]", x)[0] for x in g})
        out.update(combinations(docs, 2))
    return out


def evaluate_extracted(records: list[dict], options=None) -> dict:
    """Dedupe on eventwire's own extraction of the same messages, scored as message pairs (extracted incidents
    do not map one to one onto key templates). The publication date, which MUC-4 texts lack, is taken as the
    latest date of the message's key templates."""
    from eventwire.dedupe import cluster_incidents
    from eventwire.pipeline import code_articles
    from eventwire.records import Article

    muc = REPO.parent / "shared" / "data" / "muc4"
    wanted = {r["article_id"] for r in records}
    published: dict[str, str] = {}
    for r in records:
        published[r["article_id"]] = max(published.get(r["article_id"], ""), r["date_latest"])
    texts = {}
    for name in ("doc_train.jsonl", "doc_dev.jsonl"):
        with (muc / name).open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if d["docid"] in wanted:
                    texts[d["docid"]] = d["text"]
    articles = [Article(id=k, text=texts[k], published=published[k], origin=k) for k in sorted(texts)]
    start = time.perf_counter()
    incidents: list[Any] = []
    for coded in code_articles(articles, options):
        incidents.extend(i.replace(id=f"{coded.article.id}:{n}", article_id=coded.article.id)
                         for n, i in enumerate(coded.incidents))
    coding = time.perf_counter() - start
    predicted = cluster_incidents(incidents, options)
    gold_groups = defaultdict(list)
    for r in records:
        gold_groups[r["event"]].append(r["id"])
    gold, pred = doc_pairs(list(gold_groups.values())), doc_pairs(predicted)
    gold_key_pred = doc_pairs(cluster_incidents(
        [__import__("eventwire.records", fromlist=["Incident"]).Incident.from_dict(r)
         for r in sorted(records, key=lambda r: r["id"])], options))
    tp, tpk = len(gold & pred), len(gold & gold_key_pred)
    return {
        "messages": len(articles), "extracted_incidents": len(incidents), "coding_seconds": round(coding, 1),
        "gold_message_pairs": len(gold), "precision": tp / len(pred) if pred else 1.0,
        "recall": tp / len(gold) if gold else 1.0,
        "gold_keys_precision": tpk / len(gold_key_pred) if gold_key_pred else 1.0,
        "gold_keys_recall": tpk / len(gold) if gold else 1.0,
    }


# -- GVA: real news ------------------------------------------------------------------------------------------
def gva_part(incident: str) -> str:
    """'tune' or 'held': a fixed half of the GVA incidents by a hash of their id, so tuning never sees the other."""
    return "tune" if int(hashlib.sha1(incident.encode()).hexdigest(), 16) % 2 == 0 else "held"


def _source(url: str | None) -> str | None:
    """The outlet of an article: its web site, with the Wayback Machine's prefix taken off."""
    if not url:
        return None
    url = re.sub(r"^https?://web\.archive\.org/web/[^/]+/", "", url)
    m = re.match(r"^(?:https?://)?(?:www\.)?([^/:]+)", url)
    return m.group(1).lower() if m else None


def load_gva(path: Path = GVA_FILE, min_articles: int = 2) -> list[dict[str, Any]]:
    """Rows of the GVA file whose incident has at least `min_articles` articles: {key, incident, row}."""
    from eventwire.evaluate import gva

    if not path.exists():
        raise SystemExit(f"eval_dedupe: {path} not found (needs ../shared/data/gva)")
    rows = gva.load(path)
    incident_of: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if line.strip() and line_no not in HELD_OUT_LINES:
                incident_of[f"@{line_no}"] = str(json.loads(line)["gold"]["incident"])
    rows = [r for r in rows if r["line"] not in HELD_OUT_LINES]
    for r in rows:
        r["incident"] = incident_of[f"@{r['line']}"]
    n = Counter(r["incident"] for r in rows)
    return [r for r in rows if n[r["incident"]] >= min_articles]


def gva_article(row: dict[str, Any]):
    from eventwire.evaluate import gva

    article = gva.article_for(row, GVA_FILE)
    return article.replace(id=row["key"], source=_source(row.get("url")))


def code_gva(rows: list[dict[str, Any]], cache: Path = GVA_CACHE, options=None,
             log: bool = True) -> dict[str, Any]:
    """Coded articles by row key, coding (and appending to the cache) only those the cache lacks."""
    from eventwire.records import CodedArticle

    done: dict[str, Any] = {}
    if cache.exists():
        with cache.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                done[d["key"]] = CodedArticle.from_dict(d["coded"])
    # incident by incident, in the fixed hash order: a cache filled part way scores (--cached) whole incidents
    todo = sorted((r for r in rows if r["key"] not in done),
                  key=lambda r: (hashlib.sha1(r["incident"].encode()).hexdigest(), r["line"]))
    if todo:
        from eventwire.pipeline import code_articles

        cache.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        with cache.open("a", encoding="utf-8") as fh:
            for n, (row, coded) in enumerate(zip(todo, code_articles((gva_article(r) for r in todo), options)), 1):
                done[row["key"]] = coded
                fh.write(json.dumps({"key": row["key"], "coded": coded.to_dict()}, ensure_ascii=False) + "\n")
                fh.flush()
                if log and n % 100 == 0:
                    print(f"coded {n}/{len(todo)} ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    return done


def ingest_gva(coded: Iterable[Any], options=None) -> dict[str, dict[str, Any]]:
    """Ingest coded articles into a fresh SQLite store, as `eventwire ingest` does; the stored incidents (reconciled
    records with their sources) by id."""
    from eventwire.store import open_store

    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "gva.db"), options) as store:
        store.write_batch(list(coded))
        incidents = store.incidents(_no_limit())
    return {i["id"]: i for i in incidents}


def _no_limit():
    from eventwire.store import IncidentFilter

    return IncidentFilter(limit=None)


def _copies(rows: list[dict[str, Any]], coded: dict[str, Any]) -> dict[str, list[str]]:
    """Each article's key with the keys of the articles the store skips as copies of it (the same text or URL at
    another GVA row: one article to the store, so in the stored incident of the copy it keeps)."""
    from eventwire.store import _copy_order

    first: dict[str, str] = {}
    out: dict[str, list[str]] = {}
    # the copy of a text the store keeps is the first by _copy_order, not the first to arrive (Store.write_batch):
    # taken in arrival order, a shuffled ingest credited the stored copy's incident to another copy, which no stored
    # incident holds (--orders told 'different incidents' of copies alone)
    for r in sorted(rows, key=lambda r: _copy_order(coded[r["key"]].article)):
        art = coded[r["key"]].article
        seen = first.get(art.content_hash) or (first.get("url:" + art.url) if art.url else None)
        out[r["key"]] = [r["key"]]
        if seen is not None:
            out[seen].append(r["key"])
        else:
            first[art.content_hash] = r["key"]
            if art.url:
                first["url:" + art.url] = r["key"]
    return out


def _told_figures(inc: dict[str, Any]) -> int:
    """How many toll figures (killed, wounded) a stored incident's sources give, each source counted."""
    return sum((s.get(k) is not None) for s in inc.get("sources", []) for k in ("killed", "wounded"))


def evaluate_gva(rows: list[dict[str, Any]], coded: dict[str, Any], options=None, seed: int | None = None) -> dict:
    """Ingest the coded articles of `rows` (in file order, or shuffled by `seed`) and score dedupe against GVA."""
    rows = list(rows)
    if seed is not None:
        random.Random(seed).shuffle(rows)
    start = time.perf_counter()
    stored = ingest_gva((coded[r["key"]] for r in rows), options)
    seconds = time.perf_counter() - start
    key_of_origin = {coded[r["key"]].article.origin: r["key"] for r in rows}
    copies = _copies(rows, coded)
    groups: dict[str, list[str]] = {}
    for inc_id, inc in stored.items():
        keys = [k for s in inc["sources"] if s.get("origin") in key_of_origin
                for k in copies[key_of_origin[s["origin"]]]]
        groups[inc_id] = list(dict.fromkeys(keys))
    # one text at two GVA rows is one article to the store, whatever GVA files it under: no dedupe decision
    same_text = {p for keys in copies.values() for p in combinations(sorted(keys), 2)}
    pred = {p for g in groups.values() for p in combinations(sorted(g), 2)} - same_text
    gold_groups: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        gold_groups[r["incident"]].append(r["key"])
    gold = {p for g in gold_groups.values() for p in combinations(sorted(g), 2)} - same_text
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 1.0
    rc = tp / len(gold) if gold else 1.0
    # each GVA incident's stored incident: the one holding most of its articles; ties: the larger incident, then the
    # one whose sources tell more toll figures (a fragment of follow-ups that never give the wounded is not the
    # incident's record), then the incident id
    tolls = {"killed": 0, "injured": 0}
    matched = 0
    details: list[dict[str, Any]] = []
    gold_row = {r["incident"]: r for r in rows}
    for gid, keys in gold_groups.items():
        best = max(groups, key=lambda i: (len(set(groups[i]) & set(keys)), len(groups[i]), _told_figures(stored[i]), i),
                   default=None)
        if best is None or not set(groups[best]) & set(keys):
            details.append({"incident": gid, "stored": None})
            continue
        matched += 1
        g = gold_row[gid]["gold"]
        inc = stored[best]
        # as `evaluate gva` scores them: all deaths (a shooter who died counts), a toll not given read as 0
        got = {"killed": (inc.get("killed_best") or 0) + (inc.get("perpetrators_killed_best") or 0),
               "injured": inc.get("wounded_best") or 0}
        for name in tolls:
            tolls[name] += int(got[name] == g[name])
        details.append({"incident": gid, "stored": best, "gold": [g["killed"], g["injured"]],
                        "got": [got["killed"], got["injured"]]})
    n = len(gold_groups)
    no_incident = sum(1 for r in rows if not coded[r["key"]].incidents)
    return {
        "articles": len(rows), "copies": sum(len(v) - 1 for v in copies.values()), "incidents": n,
        "stored_incidents": len(stored), "articles_without_incident": no_incident,
        "gold_pairs": len(gold), "predicted_pairs": len(pred), "true_pairs": tp,
        "precision": p, "recall": rc, "f1": 2 * p * rc / (p + rc) if p + rc else 0.0,
        "found": matched / n if n else 0.0,
        "killed_exact": tolls["killed"] / n if n else 0.0, "injured_exact": tolls["injured"] / n if n else 0.0,
        "ingest_seconds": round(seconds, 2), "partition": sorted(sorted(g) for g in groups.values()),
        "false_merges": sorted(pred - gold), "missed": sorted(gold - pred), "tolls": details,
    }


def gva_members(rows: list[dict[str, Any]], coded: dict[str, Any], options=None) -> dict[str, list[Any]]:
    """Each article's reports as the store makes them (dedupe.Member: its incidents with their text keys and headline
    tolls, or its follow-up), by row key; none for an article that codes nothing and follows nothing up."""
    from eventwire import dedupe

    out: dict[str, list[Any]] = {}
    for r in rows:
        item = coded[r["key"]]
        art, h = item.article, item.article.content_hash
        n = len(item.incidents)
        background = dedupe.background_reports(item.incidents)
        out[r["key"]] = [dedupe.Member(inc.replace(article_id=h, id=f"{h}:{idx}"), art.published, art.source,
                                       keys=dedupe.report_keys(art, inc, n, item.incidents),
                                       headline=dedupe.report_headline(art, n), background=background[idx])
                         for idx, inc in enumerate(item.incidents)]
        if not item.incidents:
            follow = dedupe.followup_member(h, art.published, art.title, art.text, art.source, options)
            out[r["key"]] = [follow] if follow else []
    return out


def classify_missed(rows: list[dict[str, Any]], coded: dict[str, Any], missed: Iterable[tuple[str, str]],
                    options=None) -> list[dict[str, Any]]:
    """Why each missed pair of articles was kept apart: the comparison of their closest reports (the pair of reports
    with no conflict and the highest score, else the highest score), as a class: 'no report' (an article codes
    nothing and follows nothing up), 'background' (one of the two codes only acts its article recalls:
    dedupe.background_reports), the conflict codes ('dates', 'no-anchor', 'country', ...; 'follow-up:' first when
    one is a follow-up), 'too few words' (a follow-up), 'low score', or 'linked but apart' (the pair would join on
    its own; the rest of their incidents keep them apart)."""
    from eventwire import dedupe

    members = gva_members(rows, coded, options)
    incident_of = {r["key"]: r["incident"] for r in rows}
    out = []
    for a, b in missed:
        best: tuple[tuple[bool, float], Any] | None = None
        for ma in members[a]:
            for mb in members[b]:
                if ma.background or mb.background:
                    continue  # an act its article recalls joins nothing (dedupe.background_reports)
                x, y = (mb, ma) if ma.followup else (ma, mb)
                c = dedupe.compare(x.incident, y.incident, options, (x.keys, y.keys), (x.published, y.published),
                                   (x.headline, y.headline))
                rank = (not c.conflicts, c.score)
                if best is None or rank > best[0]:
                    best = (rank, (c, x.followup or y.followup))
        if best is None:
            kind = "background" if members[a] and members[b] else "no report"
        else:
            c, followup = best[1]
            if c.conflicts:
                kind = ("follow-up: " if followup else "") + "+".join(sorted(c.codes))
            elif followup:
                kind = "linked but apart" if c.followed else "too few words"
            else:
                kind = "linked but apart" if c.score >= dedupe.MERGE_SCORE else "low score"
        out.append({"pair": (a, b), "incident": incident_of[a], "class": kind})
    return out


def gva_rows(part: str = "all", incidents: int | None = None, cached_only: bool = False,
             cache: Path = GVA_CACHE) -> list[dict[str, Any]]:
    """The GVA rows to score: incidents in the fixed hash order, a half or all, the first `incidents` of them."""
    rows = load_gva()
    order = sorted({r["incident"] for r in rows}, key=lambda i: hashlib.sha1(i.encode()).hexdigest())
    if part != "all":
        order = [i for i in order if gva_part(i) == part]
    if cached_only:
        done = set()
        if cache.exists():
            done = {json.loads(line)["key"] for line in cache.open(encoding="utf-8")}
        keys_of: dict[str, list[str]] = defaultdict(list)
        for r in rows:
            keys_of[r["incident"]].append(r["key"])
        order = [i for i in order if all(k in done for k in keys_of[i])]
    if incidents is not None:
        order = order[:incidents]
    wanted = set(order)
    return [r for r in rows if r["incident"] in wanted]


#: syllables of the made-up names (victims, streets, towns) of the scale run's stored incidents: words no
#: dictionary holds, so each counts as a rare key the way a real surname does
_SYLLABLES = "ka ro mi ten dal vu sor pe lin ga tho ber nus qui fa lor ze ram bo cet".split()


#: the states the scale run's made-up towns lie in
SCALE_STATES = ("Alabama Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Idaho Illinois "
                "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi "
                "Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont "
                "Virginia Washington Wisconsin Wyoming").split()


def _made_up(rng: random.Random, n: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize())
    return sorted(out)


def scale_articles(n: int, seed: int = 19) -> list[Any]:
    """n made-up one-incident shooting reports over 2013-2017 across the continental US, each naming a victim,
    a street and a town drawn from pools (so names recur as they do in real news), coded by hand."""
    import datetime as dt

    from eventwire.records import Article, CodedArticle, Incident

    rng = random.Random(seed)
    firsts, lasts = _made_up(rng, 2000), _made_up(rng, 5000)
    streets, towns = _made_up(rng, 3000), _made_up(rng, 1000)
    # each town lies in a state, as every real report a geocoder places does (drawn apart, so the other draws are
    # those of earlier sessions' runs)
    state_of = dict(zip(towns, (random.Random(seed + 1).choice(SCALE_STATES) for _ in towns)))
    start = dt.date(2013, 1, 1)
    out = []
    for i in range(n):
        day = start + dt.timedelta(days=rng.randrange(5 * 365))
        victim = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        street, town = rng.choice(streets), rng.choice(towns)
        text = (f"{victim}, {rng.randint(14, 70)}, was shot on {street} Street in {town} on {day:%A}, police said. "
                f"The shooter fled.")
        inc = Incident(id=f"s{i}:0", article_id=f"s{i}", date=day.isoformat(), date_precision="day", country="US",
                       location=town, admin1=state_of[town], latitude=round(rng.uniform(30, 47), 4),
                       longitude=round(rng.uniform(-120, -75), 4),
                       geo_precision=1, event_type="Violence against civilians", wounded=rng.randint(0, 3),
                       killed=rng.randint(0, 2), summary=text)
        out.append(CodedArticle(Article(id=f"s{i}", text=text, title=f"Shooting in {town}", published=day.isoformat(),
                                        origin=f"scale:{i}"), (inc,)))
    return out


def _drop_real(db: Path) -> int:
    """Take every article that is not made up (and its reports and incidents) out of a scale database, so that a
    second run reuses the n made-up incidents; returns how many made-up incidents are stored."""
    import sqlite3

    con = sqlite3.connect(db)
    with con:
        real = "SELECT id FROM articles WHERE origin IS NULL OR origin NOT LIKE 'scale:%'"
        reports = f"SELECT id FROM reports WHERE article_id IN ({real})"
        con.execute(f"DELETE FROM report_keys WHERE report_id IN ({reports})")
        for table in ("pending_keys", "pending_followups"):
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
                con.execute(f"DELETE FROM {table} WHERE report_id NOT LIKE 's%'")
        con.execute(f"DELETE FROM incidents WHERE id IN (SELECT incident_id FROM reports WHERE article_id IN ({real}))")
        con.execute(f"DELETE FROM reports WHERE article_id IN ({real})")
        con.execute(f"DELETE FROM articles WHERE id IN ({real})")
    n = int(con.execute("SELECT count(*) FROM incidents").fetchone()[0])
    con.close()
    return n


def scale_run(n: int, rows: list[dict[str, Any]], coded: dict[str, Any], db: Path, batch: int = 1000,
              reuse: bool = False) -> dict:
    """Store n made-up incidents (dedupe off: they are distinct by making, and only the stored rows matter), then
    ingest the GVA articles as usual: the ingest rate with n incidents stored, and the GVA pairwise precision /
    recall among so many others."""
    from eventwire.options import Options
    from eventwire.store import open_store

    out: dict[str, Any] = {"stored_before": n}
    if reuse and db.exists():
        out["fill_seconds"] = 0.0
        out["incidents_before"] = _drop_real(db)
    else:
        if db.exists():
            db.unlink()
        fill = scale_articles(n)
        with open_store(str(db), Options.load(overrides={"dedupe": {"enabled": False}}, use_env=False)) as store:
            start = time.perf_counter()
            for i in range(0, len(fill), batch):
                store.write_batch(fill[i:i + batch])
                if (i // batch) % 10 == 9:
                    done = i + batch
                    print(f"filled {done} ({done / (time.perf_counter() - start):.0f} articles/s)", file=sys.stderr)
            out["fill_seconds"] = round(time.perf_counter() - start, 1)
            out["incidents_before"] = store.counts()["incidents"]
    with open_store(str(db)) as store:
        start = time.perf_counter()
        gva = [coded[r["key"]] for r in rows]
        for i in range(0, len(gva), 50):
            store.write_batch(gva[i:i + 50])
        seconds = time.perf_counter() - start
        out["gva_articles"] = len(gva)
        out["gva_seconds"] = round(seconds, 2)
        out["gva_articles_per_s"] = round(len(gva) / seconds, 1)
        key_of_origin = {coded[r["key"]].article.origin: r["key"] for r in rows}
        copies = _copies(rows, coded)
        groups = []
        for inc in store.incidents(_no_limit()):
            keys = [key_of_origin.get(s.get("origin")) for s in inc["sources"]]
            if any(k is None for k in keys) and any(k for k in keys):
                out["gva_merged_with_made_up"] = out.get("gva_merged_with_made_up", 0) + 1
            groups.append(sorted({c for k in keys if k for c in copies[k]}))
    # scored as evaluate_gva scores: copies of a stored text in its incident, pairs of one text left out
    same_text = {p for keys in copies.values() for p in combinations(sorted(keys), 2)}
    pred = {p for g in groups for p in combinations(g, 2)} - same_text
    gold_groups: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        gold_groups[r["incident"]].append(r["key"])
    gold = {p for g in gold_groups.values() for p in combinations(sorted(g), 2)} - same_text
    tp = len(gold & pred)
    out["precision"] = tp / len(pred) if pred else 1.0
    out["recall"] = tp / len(gold) if gold else 1.0
    return out


def main_gva(args: argparse.Namespace) -> int:
    rows = gva_rows(args.part, args.incidents, args.cached, args.cache)
    coded = code_gva(rows, args.cache)
    res = evaluate_gva(rows, coded)
    print(f"dedupe on GVA real news ({args.part}): {res['articles']} articles of {res['incidents']} incidents "
          f"(2+ articles each; {res['articles_without_incident']} articles coded no incident, {res['copies']} stored once as "
          f"copies of another's text) -> "
          f"{res['stored_incidents']} stored incidents; {res['gold_pairs']} same-incident pairs")
    print(f"pairwise precision {res['precision']:.3f}  recall {res['recall']:.3f}  F1 {res['f1']:.3f}  "
          f"(predicted {res['predicted_pairs']} pairs, {res['true_pairs']} right)")
    print(f"reconciled tolls (best figure) exact: killed {res['killed_exact']:.1%}  injured "
          f"{res['injured_exact']:.1%}  (GVA incidents with a stored incident: {res['found']:.1%}; "
          f"ingest {res['ingest_seconds']} s)")
    if args.errors:
        gold_of = {r["key"]: r["incident"] for r in rows}
        title = {r["key"]: (r.get("title") or "")[:70] for r in rows}
        for name in ("false_merges", "missed"):
            for a, b in res[name][: args.errors]:
                print(f"  {name}: {gold_of[a]} {a} [{title[a]}] ~ {gold_of[b]} {b} [{title[b]}]")
        for t in res["tolls"][: args.errors]:
            if t.get("stored") is None or t["gold"] != t["got"]:
                print(f"  toll {t}")
    if args.classify:
        classes = classify_missed(rows, coded, res["missed"])
        print(f"missed pairs by class: {Counter(c['class'] for c in classes).most_common()}")
        print(f"missed pairs by GVA incident: {Counter(c['incident'] for c in classes).most_common(10)}")
    for seed in range(1, args.orders + 1):
        other = evaluate_gva(rows, coded, seed=seed)
        same = other["partition"] == res["partition"]
        print(f"order {seed}: {'same incidents' if same else 'DIFFERENT incidents'} "
              f"(precision {other['precision']:.3f}, recall {other['recall']:.3f})")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=None, help="JSONL from scripts/build_dedupe_set.py")
    ap.add_argument("--errors", type=int, default=0, help="print this many false merges and missed pairs")
    ap.add_argument("--extracted", action="store_true",
                    help="also run eventwire's extraction on the messages and score message pairs")
    ap.add_argument("--gva", action="store_true", help="score on real news: GVA incidents with 2+ articles")
    ap.add_argument("--part", choices=("all", "tune", "held"), default="all", help="GVA incidents: a half or all")
    ap.add_argument("--incidents", type=int, default=None,
                    help="GVA: only the first N incidents (in the fixed hash order the cache is filled in)")
    ap.add_argument("--cached", action="store_true", help="GVA: score only incidents whose articles are all cached "
                                                           "(never code)")
    ap.add_argument("--cache", type=Path, default=GVA_CACHE,
                    help="GVA: the coded articles' cache (JSONL), filled with those it lacks")
    ap.add_argument("--orders", type=int, default=0, help="GVA: also ingest in N shuffled orders and compare")
    ap.add_argument("--classify", action="store_true",
                    help="GVA: count the missed pairs by why their closest reports were kept apart")
    ap.add_argument("--scale", type=int, default=0,
                    help="GVA: first store this many made-up incidents, then time the GVA ingest among them")
    ap.add_argument("--reuse", action="store_true",
                    help="--scale: keep the made-up incidents of the last run (bench/out/dedupe_scale.db)")
    args = ap.parse_args(argv)
    if args.gva and args.scale:
        rows = gva_rows(args.part, args.incidents, args.cached, args.cache)
        res = scale_run(args.scale, rows, code_gva(rows, args.cache), REPO / "bench" / "out" / "dedupe_scale.db",
                        reuse=args.reuse)
        print(f"with {res['incidents_before']:,} incidents stored (filled in {res['fill_seconds']} s): "
              f"{res['gva_articles']} GVA articles ingested in {res['gva_seconds']} s = {res['gva_articles_per_s']} "
              f"articles/s; GVA pairwise precision {res['precision']:.3f} recall {res['recall']:.3f}; GVA "
              f"incidents merged with made-up ones: {res.get('gva_merged_with_made_up', 0)}")
        return 0
    if args.gva:
        return main_gva(args)
    records = load_set(args.set)
    result = evaluate(records)
    p, r = result["precision"], result["recall"]
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"dedupe on gold-key incidents: {result['reports']} reports, {result['incidents']} incidents "
          f"({result['multi_report_incidents']} with 2+ reports), {result['gold_pairs']} same-incident pairs")
    print(f"pairwise precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  "
          f"(predicted {result['predicted_pairs']} pairs, {result['true_pairs']} right; {result['seconds']} s)")
    for name in ("false_merges", "missed"):
        for pair in result[name][: args.errors]:
            print(f"  {name}: {pair[0]} ~ {pair[1]}")
    if args.extracted:
        x = evaluate_extracted(records)
        print(f"dedupe on eventwire's extraction: {x['messages']} messages -> {x['extracted_incidents']} incidents "
              f"(coded in {x['coding_seconds']} s); message pairs reporting a common incident: "
              f"{x['gold_message_pairs']}")
        print(f"message-pair precision {x['precision']:.3f}  recall {x['recall']:.3f}  "
              f"(same measure on gold-key incidents: precision {x['gold_keys_precision']:.3f}  "
              f"recall {x['gold_keys_recall']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
