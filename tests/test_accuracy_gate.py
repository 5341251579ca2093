"""The accuracy gate: each fast subset of accuracy_floors.json scored with the pipeline must reach its floors."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import gate

ROOT = Path(__file__).resolve().parents[1]
FLOORS = gate.load_floors(ROOT / "accuracy_floors.json")


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS["subsets"]))
def test_subset_reaches_its_floors(name):
    subset = FLOORS["subsets"][name]
    path = gate.resolve(subset["file"], ROOT)
    if not path.exists():  # a file, or a folder of pages (web)
        pytest.skip(f"{path} absent (shared evaluation data not mounted)")
    res = gate.measure(subset, ROOT)
    problems = gate.shortfalls(res, subset.get("floors") or {})
    assert not problems, f"{name} below its floors: " + "; ".join(problems)


def test_floors_file_is_well_formed():
    for name, subset in FLOORS["subsets"].items():
        assert subset["dataset"] in ("muc4", "acled", "gtd", "wikievents", "gold", "web", "gva", "gvdb"), name
        assert all(v is None or 0 <= v <= 100 for v in (subset.get("floors") or {}).values()), name


def test_shortfalls_and_suggestions():
    res = {"measures": {"a": {"kind": "accuracy", "accuracy": 80.0}, "b": {"kind": "prf", "f1": 50.55}}}
    assert gate.shortfalls(res, {"a": 79.0, "b": 51.0, "c": None}) == ["b: 50.55 < floor 51.0"]
    # 2 points below, rounded down to one decimal: 80 -> 78.0, 50.55 -> 48.5
    assert gate.suggest(res) == {"a": 78.0, "b": 48.5}
