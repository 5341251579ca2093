#!/usr/bin/env python3
"""Show that a change leaves coding untouched: code the same inputs at two revisions and compare every article.

The inputs are the three sets a restructuring must not change: the sample articles (`samples/`), the MUC-4 dev
documents (`../shared/data/muc4/dev.json`) and the first 300 notes of the ACLED extract the accuracy gate scores.
Each revision is checked out into a temporary git worktree and run with this virtual environment's interpreter,
its own `src/` first on the path, so the dependencies are the same and only eventwire's code differs.

    python scripts/same_outputs.py --before def7e08            # against the working tree
    python scripts/same_outputs.py --before def7e08 --after HEAD --sets samples,acled

Exit code 0 when every article codes identically (same incidents, fields, evidence spans and spin report), 1 when
any differs (the first differences are printed), 2 on a bad argument or a missing data file.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
SETS = {
    "samples": REPO / "samples",
    "muc4": SHARED / "muc4" / "dev.json",
    "acled": SHARED / "acled" / "acled_world_2020-04-27_2020-05-03.csv",
}
#: ACLED notes coded: the accuracy gate's subset
ACLED_NOTES = 300
#: differing articles shown in full before the count
SHOW_DIFFS = 3

#: runs under the revision's code: prints one JSON object per coded article, keyed by article id
_CHILD = r"""
import json, sys
from eventwire.options import default_options
from eventwire.pipeline import code_articles
from eventwire.records import Article
kind, path, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
options = default_options()
if kind == "acled":
    from eventwire.evaluate.acled import load, article_for
    articles = [article_for(row, path) for row in load(path)[:limit]]
else:
    from eventwire.read import read_inputs
    articles = [r for r in read_inputs([path], options) if isinstance(r, Article)]
for coded in code_articles(articles, options):
    print(json.dumps(coded.to_dict(), sort_keys=True, ensure_ascii=False))
"""


def checkout(rev: str, into: Path) -> Path:
    """A worktree of `rev` under `into`; "." is the working tree itself."""
    if rev == ".":
        return REPO
    target = into / rev.replace("/", "_")
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(target), rev], check=True,
                   capture_output=True)
    gazetteer = REPO / "src" / "eventwire" / "data" / "gazetteer.sqlite"
    copy = target / "src" / "eventwire" / "data" / "gazetteer.sqlite"
    if gazetteer.exists() and not copy.exists():
        os.link(gazetteer, copy)  # the compiled gazetteer is built from packaged sources, not code: reuse it
    return target


def code_set(tree: Path, kind: str, path: Path) -> dict[str, str]:
    """Article id -> its coded JSON, at the code in `tree`."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", _CHILD, kind, str(path), str(ACLED_NOTES)], env=env, check=True,
                         capture_output=True, text=True).stdout
    coded = {}
    for line in out.splitlines():
        item = json.loads(line)
        coded[item["article"]["id"]] = json.dumps(item, indent=1, sort_keys=True, ensure_ascii=False)
    return coded


def compare(before: dict[str, str], after: dict[str, str], kind: str) -> int:
    """Print how many articles differ (and the first few diffs); return that number."""
    differing = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    print(f"{kind}: {len(before)} articles before, {len(after)} after, {len(differing)} differ")
    for key in differing[:SHOW_DIFFS]:
        diff = difflib.unified_diff((before.get(key) or "").splitlines(), (after.get(key) or "").splitlines(),
                                    f"before/{key}", f"after/{key}", lineterm="", n=2)
        print("\n".join(list(diff)[:60]))
    return len(differing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True, help="git revision to compare against")
    parser.add_argument("--after", default=".", help="git revision, or . for the working tree (default)")
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, of {', '.join(SETS)}")
    args = parser.parse_args(argv)
    kinds = [k.strip() for k in args.sets.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in SETS]
    missing = [str(SETS[k]) for k in kinds if k in SETS and not SETS[k].exists()]
    if unknown or missing:
        print(f"same_outputs: unknown set {unknown}" if unknown else f"same_outputs: missing {missing}",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="same-outputs-") as tmp:
        trees = [checkout(rev, Path(tmp)) for rev in (args.before, args.after)]
        try:
            differing = sum(compare(*(code_set(tree, k, SETS[k]) for tree in trees), k) for k in kinds)
        finally:
            for tree in trees:
                if tree != REPO:
                    subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)],
                                   capture_output=True)
    print("identical" if not differing else f"{differing} articles differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
