#!/usr/bin/env python
"""Re-measure eventwire on the evaluation subsets of accuracy_floors.json (or the full files) and report.

  python scripts/accuracy_report.py                    # gate subsets: measured vs floor
  python scripts/accuracy_report.py --markdown         # rows for the table in docs/accuracy.md
  python scripts/accuracy_report.py --suggest-floors   # floors one scored item below today's values (prints only)
  python scripts/accuracy_report.py --write-floors     # ...and writes them (raising a floor is a deliberate commit)
  python scripts/accuracy_report.py --json r.json      # keep every result; --results r.json reuses them, no re-run
  python scripts/accuracy_report.py --full --only muc4 # whole files instead of the gate's subsets
  python scripts/accuracy_report.py --full --write-docs # re-measure the whole files, rewrite docs/accuracy.md's table
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.errors import EventwireError  # noqa: E402
from eventwire.evaluate import gate  # noqa: E402
from eventwire.evaluate.common import headline  # noqa: E402

FLOORS_FILE = ROOT / "accuracy_floors.json"
DOCS_FILE = ROOT / "docs" / "accuracy.md"
DOCS_START, DOCS_END = "<!-- measured:start -->", "<!-- measured:end -->"

#: issue 3's targets per measure: (now, goal), in percent
TARGETS = {
    ("muc4", "template"): (45, 55),
    **{("muc4", f"slot_{s}"): (70, 85) for s in ("date", "country", "place", "killed", "wounded", "claimed")},
    ("acled", "event_type"): (85, 92),
    ("acled", "sub_event_type"): (70, 85),
    ("acled", "fatalities"): (85, 90),
    ("acled", "admin1"): (85, 92),
    **{("gtd", m): (80, 90) for m in ("attacktype1", "targtype1", "weaptype1", "nkill", "nwound")},
    ("wikievents", "attacks"): (85, 95),  # on recall: "attacks found"
}
#: published figures on the MUC-4 test split (not in ../shared/data), for orientation only
ANCHORS = {
    "template": "GTT 50.23 (P 61.69, R 42.36); IterX 53.01; GRIT 54.50 (CEAF-REE); TempGen 57.76",
    "incident_type": "GTT 67.4",
    "PerpInd": "GTT 44.0",
    "PerpOrg": "GTT 41.8",
    "Target": "GTT 32.4",
    "Victim": "GTT 54.1",
    "Weapon": "GTT 59.7",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", help="subset name (repeatable); default all")
    parser.add_argument("--full", action="store_true", help="score whole files, not the gate's --limit subsets")
    parser.add_argument("--markdown", action="store_true", help="print markdown table rows")
    parser.add_argument("--suggest-floors", action="store_true", help="print suggested floors as JSON")
    parser.add_argument("--write-floors", action="store_true",
                        help="raise floors in accuracy_floors.json to the suggested values (never lowers one)")
    parser.add_argument("--json", type=Path, help="write every result to this JSON file")
    parser.add_argument("--write-docs", action="store_true", help="rewrite the measured table of docs/accuracy.md")
    parser.add_argument("--results", type=Path,
                        help="take the results of an earlier --json run instead of measuring (subsets it lacks are "
                             "measured)")
    args = parser.parse_args(argv)

    config = gate.load_floors(FLOORS_FILE)
    names = args.only or sorted(config["subsets"])
    earlier = json.loads(args.results.read_text(encoding="utf-8")) if args.results else {}
    results = {}
    failed = False
    for name in names:
        subset = dict(config["subsets"][name])
        if args.full:
            subset["limit"] = None
        path = gate.resolve(subset["file"], ROOT)
        if not path.exists():  # a data file, or a folder of pages (web)
            print(f"{name}: {path} absent, skipped", file=sys.stderr)
            continue
        try:
            res = earlier[name] if name in earlier else gate.measure(subset, ROOT)
        except EventwireError as exc:
            print(f"{name}: error: {exc}", file=sys.stderr)
            failed = True
            continue
        except Exception as exc:  # a pipeline bug on one data set must not hide the others' figures
            print(f"{name}: pipeline failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed = True
            continue
        results[name] = res
        limit = "" if subset.get("limit") is None else f" --limit {subset['limit']}"
        command = (f"python {subset['bench']} {subset['file']}{limit}" if subset.get("bench")
                   else f"eventwire evaluate {subset['dataset']} {subset['file']}{limit}")
        # floors belong to the gate's subsets; whole-file figures are not checked against them
        floors = {} if args.full else subset.get("floors") or {}
        print(f"\n{name}: {res['documents']} documents in {res['seconds']} s  ({command})")
        for measure, m in res["measures"].items():
            value = headline(m)
            floor = floors.get(measure)
            status = "" if floor is None else ("ok" if value >= floor else "BELOW FLOOR")
            failed |= status == "BELOW FLOOR"
            print(f"  {measure:<22} {value:6.2f}   floor {'-' if floor is None else floor:<6} {status}")
        res["command"] = command
    if args.markdown or args.write_docs:
        table = markdown(results, config)
        if args.markdown:
            print(table)
        if args.write_docs:
            text = DOCS_FILE.read_text(encoding="utf-8")
            if DOCS_START not in text or DOCS_END not in text:
                print(f"{DOCS_FILE}: no {DOCS_START} ... {DOCS_END} markers", file=sys.stderr)
                return 2
            head, rest = text.split(DOCS_START, 1)
            _, tail = rest.split(DOCS_END, 1)
            DOCS_FILE.write_text(f"{head}{DOCS_START}\n{table}\n{DOCS_END}{tail}", encoding="utf-8")
            print(f"wrote {DOCS_FILE}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    if args.suggest_floors or args.write_floors:
        if args.full:
            print("floors are for the gate subsets; run without --full", file=sys.stderr)
            return 2
        suggested = {name: gate.suggest(res) for name, res in results.items()}
        print(json.dumps(suggested, indent=2))
        if args.write_floors:
            # only ever raises: a floor comes down by a hand edit whose commit says why
            for name, floors in suggested.items():
                old = config["subsets"][name].get("floors") or {}
                config["subsets"][name]["floors"] = {
                    k: max(v, old[k]) if old.get(k) is not None else v for k, v in floors.items()}
            FLOORS_FILE.write_text(_dump(config), encoding="utf-8")
            print(f"wrote {FLOORS_FILE}", file=sys.stderr)
    return 1 if failed else 0


def markdown(results: dict, config: dict) -> str:
    """One table per data set: measure, eventwire's figure (P/R/F1 or accuracy), target, anchor; command above."""
    import datetime

    out = [f"Measured {datetime.date.today().isoformat()}; figures in percent, counts in brackets."]
    for name, res in results.items():
        dataset = config["subsets"][name].get("dataset", name)
        # scalar notes only: a scorer's per-item lists ("pages" of the web scorer) belong in --json, not a heading
        notes = {k: v for k, v in res.items() if k not in ("dataset", "file", "documents", "measures", "details",
                                                           "seconds", "command", "all_match")
                 and not isinstance(v, (list, dict))}
        extra = "".join(f"; {k.replace('_', ' ')} {v}" for k, v in notes.items())
        out += ["", f"**{name}** ({res['documents']} documents{extra}; {res['seconds']} s): `{res['command']}`", ""]
        out += ["| measure | eventwire | target now / goal | published (MUC-4 test) |", "|---|---|---|---|"]
        for measure, m in res["measures"].items():
            if m["kind"] == "prf":
                figure = f"F1 {m['f1']:.1f} (P {m['precision']:.1f}, R {m['recall']:.1f})"
            elif m["kind"] == "rate":  # GVA's and GVDB's extra incidents per article
                figure = f"{m['rate']:.3f} ({m['count']}/{m['total']})"
            else:
                figure = f"{m['accuracy']:.1f} ({m['correct']}/{m['total']})"
            target = TARGETS.get((dataset, measure))
            target_text = f"{target[0]} / {target[1]}" if target else ""
            if (dataset, measure) == ("wikievents", "attacks") and target:
                target_text += " (recall)"
            anchor = ANCHORS.get(measure, "") if dataset == "muc4" else ""
            out.append(f"| {measure} | {figure} | {target_text} | {anchor} |")
    return "\n".join(out)


def _dump(config: dict) -> str:
    """One subset a line block, floors inline, so a floor change reads as a one-line diff."""
    lines = ["{", f'  "_about": {json.dumps(config.get("_about", ""))},', '  "subsets": {']
    names = list(config["subsets"])
    for i, name in enumerate(names):
        subset = dict(config["subsets"][name])
        floors = subset.pop("floors", {}) or {}
        head = json.dumps(subset)[1:-1]
        comma = "," if i < len(names) - 1 else ""
        lines.append(f'    "{name}": {{{head}, "floors": {{')
        items = list(floors.items())
        for j, (measure, value) in enumerate(items):
            lines.append(f'      "{measure}": {json.dumps(value)}' + ("," if j < len(items) - 1 else ""))
        lines.append(f"    }}}}{comma}")
    # other sections (dedupe's floors, read by their own tests) are kept as they are
    others = [f'  {json.dumps(k)}: {json.dumps(v, indent=1)}' for k, v in config.items() if k not in ("_about", "subsets")]
    lines += ["  }" + ("," if others else "")]
    lines += [",\n".join(others), "}"] if others else ["}"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
