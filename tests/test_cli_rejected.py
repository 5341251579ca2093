"""The command line leaves a reviewer's rejected incidents out of listings and exports unless --with-rejected."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire import review
from eventwire.cli import app
from eventwire.options import default_options
from eventwire.store import open_store

def _ids(output: str) -> list[str]:
    return [json.loads(line)["id"] for line in output.splitlines() if line.strip()]


SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "001_maiduguri_market.txt"


def test_rejected_incidents_leave_incidents_and_export_unless_asked(tmp_path):
    db = str(tmp_path / "ew.db")
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", str(SAMPLE), "--db", db, "--quiet"])
    assert done.exit_code == 0, done.output
    listed = _ids(runner.invoke(app, ["incidents", "--db", db, "--format", "json"]).stdout)
    assert len(listed) == 1
    with open_store(db, default_options(), create=False) as store:
        review.set_status(store, listed[0], "rejected", "analyst", "not an attack")
    assert _ids(runner.invoke(app, ["incidents", "--db", db, "--format", "json"]).stdout) == []
    assert _ids(runner.invoke(app, ["incidents", "--db", db, "--format", "json", "--with-rejected"]).stdout) == listed
    assert _ids(runner.invoke(app, ["export", "--db", db, "--format", "jsonl"]).stdout) == []
    assert _ids(runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "--with-rejected"]).stdout) == listed
