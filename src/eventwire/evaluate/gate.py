"""The accuracy gate: fast subsets of each data set, the floors they must reach (accuracy_floors.json), checks.

Floors sit one scored item below the value measured when they were pinned, or MAX_FLOOR_MARGIN below where one item
is worth more (the pipeline is deterministic, so run-to-run noise is nil), and the evaluation files the gate reads
are checked against a committed sha256 manifest, so a floor is always compared with a figure from the same data.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from . import run
from .common import headline

#: floors are written with this many decimals, rounded down, so the value one item below still passes
FLOOR_DECIMALS = 2
#: the most a floor sits below its measured value, in points: on a large subset one item is less (ACLED's 300 rows:
#: 0.33) and is the margin; where one item is worth more (the seed's 3 incidents, MUC-4 roles of 20-30 fillers) a
#: deterministic pipeline still gives the same figure run after run, so losing any one item there fails the gate
MAX_FLOOR_MARGIN = 1.0
#: measures where lower is better (a share of articles refused): a floor would point the wrong way, so none is set
LOWER_IS_BETTER = frozenset({"refused_share"})
#: slack on the rounding of a floor: 100 * k / n can land a hair under its decimal value in floating point
_ROUNDING_SLACK = 1e-9
#: bytes hashed at a time when checksumming an evaluation file
_HASH_CHUNK = 1 << 20


def load_floors(path: str | Path) -> dict[str, Any]:
    """accuracy_floors.json: {"subsets": {name: {"dataset" | "bench", "file", "limit", "floors": {measure: value}}}}.

    A subset names either a data set of `eventwire evaluate` or a bench script (a path relative to the repository
    root) whose evaluate(path, limit) returns percentages and a "notes" count.
    """
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
    if subset.get("bench"):
        res = _run_bench(Path(root) / subset["bench"], resolve(subset["file"], root), subset.get("limit"))
    else:
        res = run(subset["dataset"], resolve(subset["file"], root), options, subset.get("limit"))
    res["seconds"] = round(time.perf_counter() - started, 1)
    return res


def _run_bench(script: Path, path: Path, limit: int | None) -> dict[str, Any]:
    """A bench script's evaluate(path, limit) ({"notes": n, measure: percent, ...}) as accuracy measures."""
    spec = importlib.util.spec_from_file_location(script.stem, script)
    if spec is None or spec.loader is None or not script.is_file():
        raise EvaluationError(f"{script}: bench script not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures = module.evaluate(path, limit=limit)
    n = int(figures["notes"])
    measures = {
        name: {"kind": "accuracy", "correct": round(value * n / 100), "total": n, "accuracy": round(value, 2)}
        for name, value in figures.items()
        if name not in ("notes", "seconds")
    }
    return {"dataset": script.stem, "file": str(path), "documents": n, "measures": measures}


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


def one_item_below(m: Mapping[str, Any]) -> float | None:
    """The headline of a measure with one scored item fewer right; None for a rate (no direction is better).

    accuracy: (correct - 1) / total. P/R/F1: one match lost on both sides, F1 of (p_num - 1) / p_den and
    (r_num - 1) / r_den. A measure with nothing right stays at 0.
    """
    kind = m.get("kind")
    if kind == "accuracy":
        total = m["total"]
        return 100 * max(0, m["correct"] - 1) / total if total else 0.0
    if kind == "prf":
        p = max(0, m["p_num"] - 1) / m["p_den"] if m["p_den"] else 0.0
        r = max(0, m["r_num"] - 1) / m["r_den"] if m["r_den"] else 0.0
        return 100 * 2 * p * r / (p + r) if p + r else 0.0
    return None


def suggest(res: Mapping[str, Any]) -> dict[str, float]:
    """Floors one scored item below each measured value but at most MAX_FLOOR_MARGIN below it, rounded down to
    FLOOR_DECIMALS; rates and LOWER_IS_BETTER measures get none."""
    scale = 10**FLOOR_DECIMALS
    floors = {}
    for name, m in res["measures"].items():
        below = one_item_below(m)
        if below is None or name in LOWER_IS_BETTER:
            continue
        below = max(below, headline(m) - MAX_FLOOR_MARGIN)
        floors[name] = max(0.0, math.floor((below + _ROUNDING_SLACK) * scale) / scale)
    return floors


# --- the evaluation files' checksums ------------------------------------------------------------------------------


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def load_manifest(path: str | Path) -> dict[str, str]:
    """A `sha256sum` listing (HASH  PATH a line, paths relative to ../shared; '#' lines are comments)."""
    p = Path(path)
    manifest = {}
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvaluationError(f"{p}: checksum manifest not found") from None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise EvaluationError(f"{p}:{number}: not a 'SHA256  PATH' line")
        manifest[name] = digest
    return manifest


def check_files(manifest: Mapping[str, str], shared: str | Path, under: str = "") -> list[str]:
    """One line per manifest file (those whose path starts with `under`) that is missing or whose sha256 differs."""
    problems = []
    for name, digest in sorted(manifest.items()):
        if not name.startswith(under):
            continue
        path = Path(shared) / name
        if not path.is_file():
            problems.append(f"{path}: missing (listed in the checksum manifest)")
        elif file_sha256(path) != digest:
            problems.append(f"{path}: sha256 differs from the checksum manifest")
    return problems


def data_prefix(subset: Mapping[str, Any], root: str | Path, shared: str | Path) -> str:
    """The manifest prefix of a subset's data: its folder (a data file's siblings are read too, e.g. MUC-4 keys).

    A path without a suffix is a folder of pages (web), one with a suffix a data file; decided by the name so the
    prefix is the same whether or not the data is mounted.
    """
    path = resolve(subset["file"], root)
    folder = path if not path.suffix else path.parent
    try:
        relative = folder.relative_to(Path(shared).resolve())
    except ValueError:
        raise EvaluationError(f"{path}: not under {shared}") from None
    return f"{relative.as_posix()}/"
