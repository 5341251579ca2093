"""The sample articles shipped with the project code exactly as their own gold files say."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import gold

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.gold.json")), ids=lambda p: p.name)
def test_sample_matches_its_gold_file(path):
    report = gold.run(path)
    assert report["all_match"], report
