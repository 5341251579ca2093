"""A slice of the generated corpus of malformed inputs (bench/fuzz_inputs.py) through `code` and `ingest`: no
traceback, no hang, documented exit codes, and the good inputs stored as when ingested alone (issue 16). The full
run (10,000 inputs) is `bench/fuzz_inputs.py`; its figures are in docs/reliability.md."""
from __future__ import annotations

from pathlib import Path

import pytest
from seedutil import load_script

BENCH = Path(__file__).resolve().parent.parent / "bench" / "fuzz_inputs.py"


@pytest.mark.slow
def test_a_slice_of_malformed_inputs_through_code_and_ingest():
    fuzz = load_script(BENCH)
    figures = fuzz.run(n=150, timeout=300, huge=False)
    assert figures["problems"] == [], figures
    assert figures["code"]["rc"] == 1 and figures["ingest_mixed"]["rc"] == 1
    assert figures["stored_good_in_mixed"] == {k: v for k, v in figures["stored_good_alone"].items() if k != "failures"}
    assert figures["code_articles_coded"] >= len(fuzz.GOOD)
