"""Presenting a scorer's result: a per-field rich table, and the JSON file written by --json."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping

from ..errors import EvaluationError

#: result keys that are not printed: the measures go in the table, and the per-page / per-article lists of the web,
#: GVA and GVDB scorers are too long for a terminal (--json writes them)
NOT_PRINTED = ("dataset", "file", "documents", "measures", "details", "pages", "articles")


def table(res: Mapping[str, Any]):
    """A rich Table with one row per measure: counts, then P/R/F1 or accuracy in percent, or a rate per document
    (kind "rate": count / total, e.g. extra incidents per article)."""
    from rich.table import Table

    title = f"{res['dataset']}: {res['file']} ({res['documents']} documents)"
    out = Table(title=title, title_justify="left")
    for name, justify in (("measure", "left"), ("right / predicted", "right"), ("found / gold", "right"),
                          ("P", "right"), ("R", "right"), ("F1 / acc.", "right")):
        # measure names are printed whole ("incidents_per_article"): the number columns wrap their headers instead
        width = max((len(n) for n in res["measures"]), default=0) if name == "measure" else None
        out.add_column(name, justify=justify, min_width=width)  # type: ignore[arg-type]
    for name, m in res["measures"].items():
        if m["kind"] == "prf":
            out.add_row(name, f"{m['p_num']}/{m['p_den']}", f"{m['r_num']}/{m['r_den']}",
                        f"{m['precision']:.2f}", f"{m['recall']:.2f}", f"{m['f1']:.2f}")
        elif m["kind"] == "rate":
            out.add_row(name, f"{m['count']}/{m['total']}", "", "", "", f"{m['rate']:.3f}")
        else:
            out.add_row(name, f"{m['correct']}/{m['total']}", "", "", "", f"{m['accuracy']:.2f}")
    return out


def print_result(res: Mapping[str, Any], console: Any = None) -> None:
    from rich.console import Console

    console = console or Console()
    console.print(table(res))
    notes = {k: v for k, v in res.items() if k not in NOT_PRINTED}
    if notes:
        console.print(", ".join(f"{k}: {v}" for k, v in notes.items()))


def write_json(res: Mapping[str, Any], path: str | Path) -> None:
    try:
        Path(path).write_text(json.dumps(res, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot write ({exc.strerror or exc})") from None
