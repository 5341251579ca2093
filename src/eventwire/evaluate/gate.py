"""The accuracy gate: fast subsets of each data set, the floors they must reach (accuracy_floors.json), checks."""
from __future__ import annotations

import json
import math
import time
from pathlib import Path
from typing import Any, Mapping

from ..errors import EvaluationError
from . import run
from .common import headline

#: suggested floors sit this many points below the measured value, so run-to-run noise (none expected: the
#: pipeline is deterministic) and harmless refactors do not trip the gate while real regressions do
FLOOR_MARGIN = 2.0


def load_floors(path: str | Path) -> dict[str, Any]:
    """accuracy_floors.json: {"subsets": {name: {"dataset", "file", "limit", "floors": {measure: value|null}}}}."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvaluationError(f"{p}: floors file not found") from None
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{p}: not JSON ({exc})") from None
    if not isinstance(data.get("subsets"), dict):
        raise EvaluationError(f"{p}: no 'subsets' object")
    return data


def resolve(file: str, root: str | Path) -> Path:
    """A data path of the floors file, relative to the repository root."""
    return (Path(root) / file).resolve()


def measure(subset: Mapping[str, Any], root: str | Path, options: Any = None) -> dict[str, Any]:
    """Run one subset; the result gains "seconds"."""
    started = time.perf_counter()
    res = run(subset["dataset"], resolve(subset["file"], root), options, subset.get("limit"))
    res["seconds"] = round(time.perf_counter() - started, 1)
    return res


def shortfalls(res: Mapping[str, Any], floors: Mapping[str, Any]) -> list[str]:
    """One line per measure below its floor (null floors are not yet set and not checked)."""
    problems = []
    for name, floor in floors.items():
        if floor is None:
            continue
        m = res["measures"].get(name)
        if m is None:
            problems.append(f"{name}: not measured (floor {floor})")
        elif headline(m) < floor:
            problems.append(f"{name}: {headline(m):.2f} < floor {floor}")
    return problems


def suggest(res: Mapping[str, Any], margin: float = FLOOR_MARGIN) -> dict[str, float]:
    """Floors a little below each measured headline value, rounded down to one decimal."""
    return {
        name: max(0.0, math.floor((headline(m) - margin) * 10) / 10) for name, m in res["measures"].items()
    }
