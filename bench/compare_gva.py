"""Compare two runs of `eventwire evaluate gva ... --json F` article by article: the figures of each and, per
field, the articles won and lost, so that a change is judged by what it wins and loses, not by a net figure.

A run may be given in parts (the file coded in halves, in parallel): each part is FILE or FILE@OFFSET, where OFFSET
is the number of lines of the data set before the part's first line (its records count lines from 1).

    python bench/compare_gva.py --base base_A.json base_B.json@2994 --head head_A.json head_B.json@2994
    python bench/compare_gva.py --base b.json --head h.json --lines 1-200 --show 40

Lines are those of the whole data set. `--lines A-B` limits both runs to a range (the gate's slice, a held-out
part); only the lines both runs coded are compared.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

#: the per-article fields of the GVA scorer (eventwire.evaluate.gva.FIELDS), right on found articles only
FIELDS = ("date", "date_window", "admin1", "city", "killed", "injured")
#: article lines listed per field and direction unless --show says otherwise
DEFAULT_SHOW = 30


class CompareError(Exception):
    """A run file that cannot be read as `evaluate gva --json` output."""


def load_run(parts: Iterable[str]) -> dict[int, dict[str, Any]]:
    """{whole-data-set line: article record} of a run given as FILE or FILE@OFFSET parts."""
    records: dict[int, dict[str, Any]] = {}
    for part in parts:
        name, _, offset = part.partition("@")
        try:
            shift = int(offset) if offset else 0
            articles = json.loads(Path(name).read_text(encoding="utf-8"))["articles"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CompareError(f"{name}: not an `evaluate gva --json` result ({type(exc).__name__}: {exc})") from exc
        for record in articles:
            records[int(record["line"]) + shift] = record
    return records


def right(record: Mapping[str, Any], field: str) -> bool:
    """Is the field right on this article (found, and not among its mismatches)?"""
    return bool(record.get("found")) and field not in (record.get("mismatches") or ())


def figures(records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Articles, found, extra incidents and each field's right count over the records."""
    out: dict[str, Any] = {"articles": len(records), "found": sum(bool(r.get("found")) for r in records),
                           "extras": sum(len(r.get("extra") or ()) for r in records)}
    out.update({field: sum(right(r, field) for r in records) for field in FIELDS})
    return out


def compare(base: Mapping[int, Mapping[str, Any]], head: Mapping[int, Mapping[str, Any]],
            lines: tuple[int, int] | None = None) -> dict[str, Any]:
    """Figures of both runs over the lines both coded (within `lines`), and per measure the lines won and lost."""
    shared = sorted(line for line in base if line in head and (lines is None or lines[0] <= line <= lines[1]))
    out: dict[str, Any] = {"lines": len(shared), "base": figures([base[n] for n in shared]),
                           "head": figures([head[n] for n in shared]), "won": {}, "lost": {}}
    for name in ("found",) + FIELDS:
        def test(record: Mapping[str, Any], name: str = name) -> bool:
            return bool(record.get("found")) if name == "found" else right(record, name)

        out["won"][name] = [n for n in shared if test(head[n]) and not test(base[n])]
        out["lost"][name] = [n for n in shared if test(base[n]) and not test(head[n])]
    extras = {n: len(head[n].get("extra") or ()) - len(base[n].get("extra") or ()) for n in shared}
    out["more_extras"] = [n for n, d in extras.items() if d > 0]
    out["fewer_extras"] = [n for n, d in extras.items() if d < 0]
    return out


def _range(text: str) -> tuple[int, int]:
    first, _, last = text.partition("-")
    try:
        return int(first), int(last or first)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--lines {text!r}: expected A-B, e.g. 1-200") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", nargs="+", required=True, help="the run before: FILE or FILE@OFFSET parts")
    parser.add_argument("--head", nargs="+", required=True, help="the run after: FILE or FILE@OFFSET parts")
    parser.add_argument("--lines", type=_range, help="only these whole-data-set lines, A-B")
    parser.add_argument("--show", type=int, default=DEFAULT_SHOW, help="lines listed per measure and direction")
    parser.add_argument("--json", type=Path, help="also write the comparison as JSON here")
    args = parser.parse_args(argv)
    try:
        result = compare(load_run(args.base), load_run(args.head), args.lines)
    except CompareError as exc:
        print(f"compare_gva: {exc}", file=sys.stderr)
        return 2
    b, h = result["base"], result["head"]
    print(f"{result['lines']} articles compared")
    print(f"{'measure':12} {'base':>7} {'head':>7}  won / lost")
    for name in ("found",) + FIELDS:
        won, lost = result["won"][name], result["lost"][name]
        print(f"{name:12} {b[name]:7} {h[name]:7}  +{len(won)} -{len(lost)}  won {won[:args.show]} "
              f"lost {lost[:args.show]}")
    print(f"{'extras':12} {b['extras']:7} {h['extras']:7}  more on {result['more_extras'][:args.show]} "
          f"fewer on {result['fewer_extras'][:args.show]}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
