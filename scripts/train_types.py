"""Fit the learned types models (eventwire/types_model.py) on shared data only, never on the evaluation rows.

    python scripts/train_types.py [--out-dir src/eventwire/data/models] [--fold-only]

ACLED (event type and sub-event type, one model over "event type|sub-event type" labels, and one over event types
alone that also reads the older layout): the notes of every ACLED file in ../shared/data/acled except the dev file
acled_world_2020-04-27_2020-05-03.csv, i.e. kenya 2004-2019, burkina_faso 1997-2020, bangladesh 2022-2024 and the
2022 global extract (current taxonomy), and south_asia_2015 (ACLED's older layout, event types only), mapped onto
the current taxonomy by OLD_ACLED_TYPES: "Battle-No change of territory" -> Battles / Armed clash, "Battle-Government
regains territory" and "Battle-Non-state actors overtake territory" -> the Battles sub-event types of the same name,
"Non-violent transfer of territory" -> Strategic developments / Non-violent transfer of territory (sub-event types
known: both models); "Violence against civilians", "Remote violence" -> Explosions/Remote violence and "Strategic
development" -> Strategic developments (event type only: the event-type model). "Riots/Protests" (7,836 of the
10,194 rows) is left out: the current taxonomy splits it into two event types the old code does not tell apart.

GTD (attack, target and weapon type: the *1 columns): the summaries of gtd_1970-2017_subset.csv minus every eventid
in the evaluation sample gtd_1970_1972_sample.csv. RAND's descriptions (weapon classes mapped to GTD's weapon types)
and Wikipedia's incidents (types mapped to attack types) were tried as added examples and gained nothing on the fold
(docs/accuracy.md, learned types): they are not read for those.

GTD group names (gname: types_model's perpetrator model): the same summaries, one class per group name that at
least GNAME_MIN of them give, "Other" for the rarer names and "Unknown"; plus RAND's descriptions whose perpetrator
is one of those names as the GTD scorer compares names (4,000 examples: Taliban, FARC, Hamas, LTTE, ...), which
raised the fold from 71.4% to 74.2%.

Every example whose text hashes into fold 0 of FOLDS (crc32 of the text) is held out: each model is fitted on the
others, scored on it (printed) and written. The shipped models are these: the combination with the rules
(types_model, [types] in defaults.toml) was chosen by coding the held-out notes and summaries with the pipeline and
replaying the models' choices on them, which needs models that never saw those rows.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from eventwire import linear, types_model  # noqa: E402

csv.field_size_limit(1 << 30)

ACLED_DEV = "acled_world_2020-04-27_2020-05-03.csv"
ACLED_OLD = "acled_south_asia_2015.csv"
GTD_TRAIN = "gtd_1970-2017_subset.csv"
GTD_EVAL = "gtd_1970_1972_sample.csv"
RAND = "rdwti_1968-2009.csv"
#: a GTD group name is a class of the gname model when the training summaries name it this often (outside the
#: held-out fold); rarer names are one class, types_model.GNAME_OTHER. 3 gave 71.4% on the fold, 5 66.9% (112 and
#: 72 classes); 2 gained 1.6 points more with RAND but 161 classes (a third more weights)
GNAME_MIN = 3
#: ACLED's pre-2019 event types -> (event type, sub-event type or None where the old code does not say it)
OLD_ACLED_TYPES: dict[str, tuple[str, str | None]] = {
    "battle-no change of territory": ("Battles", "Armed clash"),
    "battle-government regains territory": ("Battles", "Government regains territory"),
    "battle-non-state actors overtake territory": ("Battles", "Non-state actor overtakes territory"),
    "non-violent transfer of territory": ("Strategic developments", "Non-violent transfer of territory"),
    "violence against civilians": ("Violence against civilians", None),
    "remote violence": ("Explosions/Remote violence", None),
    "strategic development": ("Strategic developments", None),
}
#: weights whose largest magnitude is below this are dropped and the rest rounded to 3 decimals: the files shrink to
#: under half (10.7 MB for the five) and the fold's choices (docs/accuracy.md) come out the same or one note better
PRUNE = 0.05
FOLDS = types_model.TRAINING_FOLDS
HELD_OUT = types_model.HELD_OUT_FOLD
#: features seen fewer times than this are dropped: rarer words are names of places and people
MIN_COUNT = 2
#: L2 penalty per model (1, as relevance.py's hashed word models; other values were not tried in the time)
L2 = {"acled": 1.0, "acled_event": 1.0, "attack": 1.0, "target": 1.0, "weapon": 1.0, "gname": 1.0}

Example = tuple[str, str]  # (text, label)


fold = types_model.training_fold


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return [{(k or "").lower(): (v or "") for k, v in row.items()} for row in csv.DictReader(handle)]


def acled_examples(folder: Path) -> tuple[list[Example], list[Example]]:
    """(text, "event|sub") examples of the current taxonomy, and (text, event) examples of every layout."""
    subs: list[Example] = []
    events: list[Example] = []
    for path in sorted(folder.glob("*.csv")):
        if path.name == ACLED_DEV:
            continue
        for row in read_rows(path):
            text = row.get("notes", "").strip()
            if not text:
                continue
            if path.name == ACLED_OLD:
                mapped = OLD_ACLED_TYPES.get(row.get("event_type", "").strip().lower())
                if mapped is None:
                    continue
                event, sub = mapped
            else:
                event, sub = row["event_type"], row["sub_event_type"]
            if sub is not None and f"{event}|{sub}" in types_model.ACLED_LABELS:
                subs.append((text, f"{event}|{sub}"))
            if event in types_model.ACLED_EVENT_LABELS:
                events.append((text, event))
    return subs, events


def gtd_examples(folder: Path) -> dict[str, list[Example]]:
    held = {row["eventid"] for row in read_rows(folder / GTD_EVAL)}
    out: dict[str, list[Example]] = {"attack": [], "target": [], "weapon": []}
    for row in read_rows(folder / GTD_TRAIN):
        text = row.get("summary", "").strip()
        if not text or row["eventid"] in held:
            continue
        for name, column in (("attack", "attacktype1_txt"), ("target", "targtype1_txt"), ("weapon", "weaptype1_txt")):
            if row[column]:
                out[name].append((text, row[column]))
    return out


def gname_examples(data: Path) -> tuple[list[Example], list[Example]]:
    """GTD (summary, gname) examples of the subset minus the evaluation sample's eventids, and RAND (description,
    gname) examples whose perpetrator is one of GTD's names as the scorer compares them (normalize_actor: brackets
    dropped, the groups' aliases joined: RAND's "Al Qaeda" is GTD's "Al-Qaida"). RAND's "Unknown" and "Other"
    (28,247 of 40,129) are not read: they would outnumber every named class tenfold."""
    from eventwire.evaluate.common import normalize_actor

    held = {row["eventid"] for row in read_rows(data / "gtd" / GTD_EVAL)}
    gtd = [(row["summary"].strip(), row["gname"].strip() or types_model.GNAME_UNKNOWN)
           for row in read_rows(data / "gtd" / GTD_TRAIN) if row["summary"].strip() and row["eventid"] not in held]
    names = {normalize_actor(name): name for _, name in gtd if name != types_model.GNAME_UNKNOWN}
    rand = []
    for row in read_rows(data / "rand" / RAND):
        name = names.get(normalize_actor(row.get("perpetrator", "")))
        if name is not None and row.get("description", "").strip():
            rand.append((row["description"].strip(), name))
    return gtd, rand


def gname_labels(examples: Sequence[Example]) -> list[str]:
    """The gname model's classes: the names GNAME_MIN training summaries give, then Other and Unknown."""
    counts = Counter(name for text, name in examples if fold(text) != HELD_OUT)
    named = sorted(name for name, n in counts.items()
                   if n >= GNAME_MIN and name not in (types_model.GNAME_UNKNOWN, types_model.GNAME_OTHER))
    return [*named, types_model.GNAME_OTHER, types_model.GNAME_UNKNOWN]


def fit_gname(data: Path, out_dir: Path) -> None:
    """The gname model: fitted on the GTD summaries outside the held-out fold and the RAND examples (all of them:
    RAND's descriptions are not GTD's summaries, so none is in the fold), scored on the fold's GTD summaries."""
    gtd, rand = gname_examples(data)
    labels = gname_labels(gtd)
    known = set(labels)
    as_label = [(text, name if name in known else types_model.GNAME_OTHER) for text, name in gtd]
    own = [e for e in as_label if fold(e[0]) != HELD_OUT]
    train = own + [e for e in rand if e[1] in known]
    test = [e for e in as_label if fold(e[0]) == HELD_OUT]
    print(f"gname: {len(labels)} classes, {len(train)} examples ({len(train) - len(own)} from RAND), {len(test)} held out",
          file=sys.stderr)
    weights = fitted(train, labels, L2["gname"])
    model = linear.LinearModel(labels, dict(weights.items()))
    right = sum(max(zip(model.probabilities(types_model.features(t)), labels))[1] == label for t, label in test)
    print(f"gname: held-out fold {right}/{len(test)} = {100 * right / max(1, len(test)):.1f}%", file=sys.stderr)
    out = out_dir / types_model.GNAME_MODEL[-1]
    linear.write(out, labels, weights, trained_on=_trained_on("gname"), min_count=MIN_COUNT, l2=L2["gname"],
                 pruned_below=PRUNE, held_out=f"fold {HELD_OUT} of {FOLDS} (crc32 of the text)")
    print(f"wrote {out} ({len(weights)} features)", file=sys.stderr)


def fitted(examples: Sequence[Example], labels: Sequence[str], l2: float) -> dict[str, list[float]]:
    index = {label: k for k, label in enumerate(labels)}
    rows = [(types_model.features(text), index[label]) for text, label in examples if label in index]
    return pruned(linear.fit(rows, len(labels), MIN_COUNT, l2))


def pruned(weights: dict[str, list[float]]) -> dict[str, list[float]]:
    return {name: [round(v, 3) for v in w] for name, w in weights.items()
            if name == "bias" or max(abs(v) for v in w) >= PRUNE}


def held_out_accuracy(examples: Sequence[Example], labels: Sequence[str], l2: float) -> tuple[dict[str, list[float]], str]:
    """Weights fitted on every example outside the held-out fold and their accuracy on the held-out fold."""
    train = [e for e in examples if fold(e[0]) != HELD_OUT]
    test = [e for e in examples if fold(e[0]) == HELD_OUT]
    weights = fitted(train, labels, l2)
    model = linear.LinearModel(labels, dict(weights.items()))
    right = sum(max(zip(model.probabilities(types_model.features(t)), labels))[1] == label for t, label in test)
    return weights, f"{right}/{len(test)} = {100 * right / max(1, len(test)):.1f}%"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default: %(default)s)")
    ap.add_argument("--out-dir", type=Path, default=ROOT / "src" / "eventwire" / "data" / "models")
    ap.add_argument("--only", nargs="+", choices=sorted([*types_model.MODELS, "gname"]), help="fit these models only")
    args = ap.parse_args(argv)
    for needed in (args.data / "acled", args.data / "gtd" / GTD_TRAIN, args.data / "gtd" / GTD_EVAL,
                   args.data / "rand" / RAND):
        if not needed.exists():
            print(f"error: {needed}: not found (the shared data lives in ../shared/data)", file=sys.stderr)
            return 2
    subs, events = acled_examples(args.data / "acled")
    sets = {"acled": subs, "acled_event": events, **gtd_examples(args.data / "gtd")}
    for name, examples in sets.items():
        if args.only and name not in args.only:
            continue
        packaged = types_model.MODELS[name]
        print(f"{name}: {len(examples)} examples, {Counter(label for _, label in examples).most_common(6)} ...",
              file=sys.stderr)
        weights, score = held_out_accuracy(examples, packaged.labels, L2[name])
        print(f"{name}: held-out fold {score}", file=sys.stderr)
        out = args.out_dir / packaged.parts[-1]
        linear.write(out, packaged.labels, weights, trained_on=_trained_on(name), min_count=MIN_COUNT, l2=L2[name],
                     pruned_below=PRUNE, held_out=f"fold {HELD_OUT} of {FOLDS} (crc32 of the text)")
        print(f"wrote {out} ({len(weights)} features)", file=sys.stderr)
    if not args.only or "gname" in args.only:
        fit_gname(args.data, args.out_dir)
    return 0


def _trained_on(name: str) -> str:
    if name.startswith("acled"):
        return f"ACLED notes of ../shared/data/acled/*.csv except {ACLED_DEV}"
    if name == "gname":
        return (f"GTD summaries of {GTD_TRAIN} minus the eventids of {GTD_EVAL}, and the descriptions of {RAND} whose "
                "perpetrator is one of those summaries' group names")
    return f"GTD summaries of {GTD_TRAIN} minus the eventids of {GTD_EVAL}"


if __name__ == "__main__":
    sys.exit(main())
