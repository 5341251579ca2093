"""scripts/train_relevance.py never trains on the GVA lines held out for the lead's measure (301-450, 1-based)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("train_relevance", ROOT / "scripts" / "train_relevance.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_held_out_gva_lines_are_left_out():
    script = _script()
    lines = [json.dumps({"id": n}) + "\n" for n in range(1, 601)]  # line n holds id n
    ids = {row["id"] for row in script.outside_held_out(lines)}
    assert ids == set(range(1, 301)) | set(range(451, 601))
