"""Make spun copies of genuine texts, as an article spinner would, to measure spin detection and repair.

The spinner is context-blind, like the real ones: it swaps content words for a thesaurus synonym (the open
LibreOffice/MyThes thesaurus, Debian package mythes-en-us 1:7.5.0-1: `apt-get install mythes-en-us`) and,
like the spinners seen in the wild, writes eventwire's table forms in reverse ("said" -> "stated").
Deterministic for a given --seed.

    python scripts/make_spun_copies.py --out /tmp/spun --seed 13   # writes muc4_dev.jsonl, wikievents_dev.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from functools import lru_cache
from pathlib import Path

#: MyThes thesaurus data installed by the Debian package mythes-en-us
THESAURUS = Path("/usr/share/mythes/th_en_US_v2.dat")
#: share of table forms (reverse mappings) the spinner rewrites: real spinners rewrite almost every word
#: their template knows, but not all of them
TABLE_RATE = 0.7
#: share of the other content words swapped for a thesaurus synonym; with TABLE_RATE this gives
#: roughly 15-30% of content words substituted (the script prints the realised share)
THESAURUS_RATE = 0.18
#: words the thesaurus spinner leaves alone: spinners skip function words and very short words
MIN_WORD_LEN = 3

_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")
_ROOT = Path(__file__).resolve().parent.parent
_SHARED = _ROOT.parent / "shared" / "data"


#: function words the spinner never swaps (its own reverse-table forms aside)
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor
    not now of off on once only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself yourselves said says
    say today yesterday mr mrs ms""".split()
)


def stopwords() -> frozenset[str]:
    return STOPWORDS


@lru_cache(maxsize=1)
def thesaurus(path: Path = THESAURUS) -> dict[str, list[str]]:
    """headword -> synonyms of its first sense, plain synonyms before broader terms."""
    if not path.exists():
        raise SystemExit(f"{path} missing: apt-get install mythes-en-us")
    out: dict[str, list[str]] = {}
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    i = 0
    while i < len(lines):
        head, _, count = lines[i].partition("|")
        n = int(count) if count.isdigit() else 0
        senses = lines[i + 1 : i + 1 + n]
        i += 1 + n
        if not senses or " " in head or not head.isalpha() or not head.islower():
            continue
        parts = senses[0].split("|")[1:]
        # capitalised synonyms are names ("Republic of Guatemala"); a spinner swapping common words skips them
        plain = [p for p in parts if "(" not in p and p.lower() != head and p.islower()]
        similar = [p.split(" (")[0] for p in parts if p.endswith("(similar term)") and p.islower()]
        syns = [s for s in plain + similar if s.replace(" ", "").replace("-", "").isalpha() and s.lower() != head]
        if syns:
            out[head] = syns[:3]
    return out


@lru_cache(maxsize=1)
def reverse_table() -> dict[tuple[str, ...], str]:
    """original phrase -> spun form, from eventwire's substitution table (rows that would be repaired)."""
    from importlib import resources

    raw = resources.files("eventwire").joinpath("data/spin_substitutions.tsv").read_text(encoding="utf-8")
    out: dict[tuple[str, ...], str] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("spun\t"):
            continue
        spun, original, _context, confidence, _evidence = line.split("\t")
        if original == "-" or float(confidence) < 0.5:
            continue
        out.setdefault(tuple(original.split()), spun)
    return out


def _case_like(word: str, model: str) -> str:
    if len(model) > 1 and model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def spin(text: str, seed: int, use_table: bool = True) -> tuple[str, int, int]:
    """Return (spun text, content words substituted, content words seen)."""
    rng = random.Random(seed)
    thes = thesaurus()
    stop = stopwords()
    table = reverse_table() if use_table else {}
    longest = max((len(k) for k in table), default=1)
    tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text)]
    keys = [t[2].lower().replace("’", "'") for t in tokens]
    cased = any(c.islower() for c in text) and any(c.isupper() for c in text)
    out: list[str] = []
    pos = 0
    changed = content = 0
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        key = keys[i]
        is_content = key not in stop and key.isalpha() and len(key) >= MIN_WORD_LEN
        content += is_content
        replacement = None
        span = 1
        for n in range(min(longest, len(tokens) - i), 0, -1):
            phrase = tuple(keys[i : i + n])
            if phrase in table and all(
                text[tokens[k][1] : tokens[k + 1][0]].isspace() for k in range(i, i + n - 1)
            ):
                if rng.random() < TABLE_RATE:
                    replacement, span = table[phrase], n
                break
        proper = cased and word[:1].isupper() and i > 0 and text[tokens[i - 1][1] : start].strip() == ""
        if replacement is None and is_content and not proper and key in thes and rng.random() < THESAURUS_RATE:
            syns = thes[key]
            replacement = syns[0] if rng.random() < 0.7 else rng.choice(syns)
        if replacement is None:
            i += 1
            continue
        end = tokens[i + span - 1][1]
        out.append(text[pos:start])
        out.append(_case_like(replacement, word))
        pos = end
        changed += sum(1 for k in keys[i : i + span] if k not in stop and k.isalpha() and len(k) >= MIN_WORD_LEN) or 1
        content += sum(1 for k in keys[i + 1 : i + span] if k not in stop and k.isalpha() and len(k) >= MIN_WORD_LEN)
        i += span
    out.append(text[pos:])
    return "".join(out), changed, content


def genuine_docs(split: str = "dev") -> list[tuple[str, str]]:
    """(doc id, text) of the genuine texts in ../shared/data for a split: dev = MUC-4 dev + WikiEvents dev,
    train = MUC-4 train (for calibration; no WikiEvents train is available)."""
    docs: list[tuple[str, str]] = []
    muc = _SHARED / "muc4" / ("dev.json" if split == "dev" else "train.json")
    for line in muc.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        docs.append((d["docid"], d["doctext"]))
    if split == "dev":
        for line in (_SHARED / "wikievents" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            docs.append((d["doc_id"], d["text"]))
    return docs


def spun_copies(docs: list[tuple[str, str]], seed: int, use_table: bool = True) -> list[dict]:
    out = []
    for doc_id, text in docs:
        spun_text, changed, content = spin(text, seed ^ zlib.crc32(doc_id.encode()), use_table)
        out.append({"id": doc_id, "text": spun_text, "changed": changed, "content": content})
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="folder for the spun copies (not inside the repo)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--split", choices=["dev", "train"], default="dev")
    ap.add_argument("--no-table", action="store_true", help="thesaurus synonyms only (no table reverse forms)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(_ROOT / "src"))
    docs = genuine_docs(args.split)
    copies = spun_copies(docs, args.seed, not args.no_table)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"spun_{args.split}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for c in copies:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    changed = sum(c["changed"] for c in copies)
    content = sum(c["content"] for c in copies)
    print(f"{len(copies)} spun copies -> {path}; content words substituted {changed}/{content} = {changed / content:.1%}")


if __name__ == "__main__":
    main()
