"""export --format parquet --partition-by country,year DIR: a Hive-partitioned dataset DuckDB reads back whole."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from test_store import article, incident, kirkuk_batch

from eventwire.errors import UsageError
from eventwire.export import (
    PARQUET_FIELDS,
    ExportError,
    export_partitioned,
    partition_columns,
)
from eventwire.records import CodedArticle
from eventwire.store import IncidentFilter


@pytest.fixture
def filled(store):
    """Incidents in two countries and two years, and one undated (its year partition is null)."""
    store.write_batch(kirkuk_batch())
    store.write_batch([
        CodedArticle(article("mali", "Rebels attacked an army post outside Kidal, killing two soldiers.", "2023-03-06"),
                     (incident(2, date="2023-03-06", country="ML", admin1="Kidal", location="Kidal", latitude=18.44,
                               longitude=1.41),)),
        CodedArticle(article("undated", "Gunmen killed three people in a village near Maiduguri.", None),
                     (incident(3, date=None, date_precision="unknown", country="NG", admin1="Borno",
                               location="Maiduguri", latitude=11.85, longitude=13.16),)),
    ])
    return store


def _query(folder: Path, select: str = "*", where: str = "true") -> tuple[list[str], list[tuple]]:
    """(column names, rows) of a query over the dataset in `folder`, read as DuckDB reads any Hive dataset."""
    con = duckdb.connect()
    try:
        cursor = con.execute(f"SELECT {select} FROM read_parquet('{folder}/**/*.parquet', hive_partitioning = true) "
                             f"WHERE {where}")
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        con.close()


def _count(folder: Path, where: str = "true") -> int:
    return _query(folder, "count(*)", where)[1][0][0]


def test_duckdb_reads_back_the_same_rows_and_columns(filled, tmp_path: Path):
    out = tmp_path / "lake"
    n = export_partitioned(filled, str(out), "country,year")
    stored = filled.incidents(IncidentFilter(limit=None))
    assert n == len(stored) == 4
    columns, _ = _query(out)
    assert sorted(columns) == sorted([name for name, _ in PARQUET_FIELDS] + ["year", "month"])
    assert _count(out) == n
    # the partitions are folders named column=value, as Hive, Spark, DuckDB and pyarrow expect
    parts = sorted(str(p.relative_to(out).parent) for p in out.rglob("*.parquet"))
    assert parts == ["country=IQ/year=2022", "country=ML/year=2023", "country=NG/year=__HIVE_DEFAULT_PARTITION__"]
    # the values come back: ids, the partition columns and a column of lists
    _, rows = _query(out, "id, country, year, killed")
    assert sorted((r[0], r[1], r[2], r[3]) for r in rows) == sorted(
        (r["id"], r["country"], int(r["date"][:4]) if r["date"] else None, r["killed"]) for r in stored)
    assert _count(out, "country = 'ML'") == 1


def test_an_export_replaces_a_dataset_only_with_force_and_never_the_database(filled, tmp_path: Path):
    out = tmp_path / "lake"
    export_partitioned(filled, str(out), ["year"])
    with pytest.raises(UsageError, match="already exists"):
        export_partitioned(filled, str(out), ["country"])
    assert export_partitioned(filled, str(out), ["country"], IncidentFilter(country="IQ", limit=None), force=True) == 2
    assert sorted(p.name for p in out.iterdir()) == ["country=IQ"]  # the old partitions are gone
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folder left behind
    db = getattr(filled, "path", None)
    if db:
        with pytest.raises(UsageError, match="database itself"):
            export_partitioned(filled, db, ["year"], force=True)


def test_partition_columns_are_checked():
    assert partition_columns("country, year") == ["country", "year"]
    for bad, message in (("", "at least one"), ("country,killed", "'killed'"), ("year,year", "twice")):
        with pytest.raises(ExportError, match=message):
            partition_columns(bad)


def test_cli_writes_the_partitioned_folder(filled, tmp_path: Path):
    db = getattr(filled, "path", None)
    if not db:
        pytest.skip("the CLI run is checked on SQLite")
    filled.close()
    out = tmp_path / "lake"
    cli = [sys.executable, "-m", "eventwire", "export", "--db", db, "--format", "parquet", "--partition-by",
           "country,year", str(out)]
    done = subprocess.run(cli, check=False, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    assert "4 incidents written" in done.stderr
    assert _count(out) == 4
    wrong = subprocess.run([*cli[:-3], "--format", "jsonl", "--partition-by", "year", str(tmp_path / "x")],
                           check=False, capture_output=True, text=True)
    assert wrong.returncode == 2 and "only with --format parquet" in wrong.stderr
