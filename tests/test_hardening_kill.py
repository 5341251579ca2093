"""kill -9 during an ingest, then a re-run, gives the same tables as an uninterrupted ingest (issue 16), on a small
slice of real articles (GVA and MUC-4); bench/kill_resume.py runs the same on 10,000."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from seedutil import load_script

BENCH = Path(__file__).resolve().parent.parent / "bench" / "kill_resume.py"


@pytest.mark.slow
def test_kill_9_then_rerun_gives_the_tables_of_an_uninterrupted_ingest(tmp_path):
    bench = load_script(BENCH)
    if not bench.DATA.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{bench.DATA} is missing: CI needs ../shared/data")
        pytest.skip("../shared/data not present")
    figures = bench.run(n=20, batch=2, work=tmp_path, kill_after=4, timeout=600)
    assert figures["articles"] == 20 and figures["uninterrupted_rc"] in (0, 1)
    assert figures["killed_while_running"], figures  # the kill landed mid-ingest, not after it
    assert 4 <= figures["stored_when_killed"] < 20
    assert figures["resumed_rc"] in (0, 1)
    assert figures["rows"]["articles"] >= 15 and figures["rows"]["incidents"] > 0
    assert figures["tables_differ"] == {}, figures
