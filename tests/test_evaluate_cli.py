"""`eventwire evaluate`: a thin layer: prints the table, writes --json, turns library errors into messages."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire import evaluate as harness
from eventwire.cli import app

RESULT = {"dataset": "acled", "file": "x.csv", "documents": 2,
          "measures": {"event_type": {"kind": "accuracy", "correct": 1, "total": 2, "accuracy": 50.0}}}


def _args(*rest):
    """The command line a user types: `eventwire evaluate ...` (always the subcommand, whatever else the app has)."""
    return ["evaluate", *rest]


def test_prints_table_and_writes_json(tmp_path, monkeypatch):
    monkeypatch.setattr(harness, "run", lambda dataset, path, options, limit: dict(RESULT, limit=limit))
    out = tmp_path / "r.json"
    res = CliRunner().invoke(app, _args("acled", "x.csv", "--limit", "2", "--json", str(out)))
    assert res.exit_code == 0, res.output
    assert "event_type" in res.output and "50.00" in res.output
    assert json.loads(out.read_text())["limit"] == 2


def test_unknown_dataset_is_a_message_not_a_traceback(tmp_path):
    res = CliRunner().invoke(app, _args("nope", str(tmp_path / "x")))
    assert res.exit_code == 2 and "unknown data set" in res.output


def test_missing_file_is_a_message(tmp_path):
    res = CliRunner().invoke(app, _args("gtd", str(tmp_path / "missing.csv")))
    assert res.exit_code == 2 and "not found" in res.output


def test_gold_mismatch_exits_1(tmp_path, monkeypatch):
    details = {"pairs": [], "missed": ["g1"], "spurious": [], "all_match": False}
    monkeypatch.setattr(harness, "run", lambda *a: {"dataset": "gold", "file": "g", "documents": 1, "measures": {},
                                                    "all_match": False, "details": details})
    res = CliRunner().invoke(app, _args("gold", "g.gold.json"))
    assert res.exit_code == 1 and "missed" in res.output
