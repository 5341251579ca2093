"""Evaluation harness: one scorer module per data set (MUC-4, ACLED, GTD, WikiEvents, the project's gold files)."""
from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import EvaluationError

#: data set name -> scorer module; each has load(path), score(predictions, gold) and run(path, options, limit)
DATASETS = ("muc4", "acled", "gtd", "wikievents", "gold", "web", "gva", "gvdb")


def scorer(dataset: str) -> ModuleType:
    """The scorer module of a data set; EvaluationError for an unknown name."""
    if dataset not in DATASETS:
        raise EvaluationError(f"unknown data set {dataset!r} (one of: {', '.join(DATASETS)})")
    return importlib.import_module(f"{__name__}.{dataset}")


def run(dataset: str, path: str | Path, options: Any = None, limit: int | None = None) -> dict:
    """Code a data set's articles with the pipeline and score them: the result dict of common.result()."""
    if limit is not None and limit < 1:
        raise EvaluationError(f"--limit must be at least 1, got {limit}")
    return scorer(dataset).run(path, options, limit)
