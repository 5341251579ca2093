"""A generated corpus of malformed inputs, run through `eventwire code` and `eventwire ingest` (issue 16).

    .venv/bin/python bench/fuzz_inputs.py                 # 10,000 malformed inputs + the good ones, both commands
    .venv/bin/python bench/fuzz_inputs.py -n 300 --keep DIR

What is checked, for each command run over the whole corpus at once:
  * no traceback and no internal error: every line on stderr is one "eventwire: ..." line;
  * no hang: each command must finish within --timeout seconds;
  * the exit code is a documented one (1 here: some inputs failed, the others were processed);
  * stdout of `code` is one JSON object per line;
  * the good inputs mixed into the corpus are stored exactly as when they are ingested alone (same articles,
    same number of incidents), so malformed neighbours cost nothing that is stored.
Prints the figures as JSON (docs/reliability.md quotes them) and exits 1 if any check failed.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PY = sys.executable

GOOD = [
    "date 2022-12-18 Gunmen killed 9 police officers in Kirkuk on Sunday, security sources said.",
    "KIRKUK, Iraq, Dec. 18, 2022 (AFP) - Islamic State fighters killed nine federal policemen near Shalal "
    "al-Matar on Saturday night, an officer said.",
    "date 2021-08-22 A car bomb killed four soldiers near a military base outside Mogadishu on Sunday. "
    "Al-Shabaab said it carried out the attack.",
    "date 2023-05-09 Gunmen abducted 20 villagers in Zamfara state on Monday, police said.",
    "date 2020-01-06 A roadside bomb killed three soldiers in Tarmiya, north of Baghdad, on Saturday.",
    "date 2019-03-02 Suspected militants attacked a village in Mopti region on Friday, killing 12 people.",
]

WORDS = ("gunmen killed police soldiers bomb attack village army said on Sunday Monday in the of and 9 three "
         "dozens at least wounded claimed Islamic State Kirkuk Mogadishu Gao (AFP) (Reuters) - -- date DATE "
         "2020-01-06 9999-12-31 0001-01-01 Dec. 12 JAN 90").split()


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _warc(rng: random.Random, records: int, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(records):
        html = f"<html><body><article><p>{_words(rng, 60)}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(f"https://fuzz.example/{i}", "response",
                                                      payload=io.BytesIO(html), http_headers=headers))
    return buf.getvalue()


def _malformed(rng: random.Random, i: int) -> tuple[str, bytes]:
    """One malformed input: (file name, bytes). Kinds are drawn in proportions that favour cheap read failures
    (about four in five inputs), with enough readable oddities (garbage text, odd dates, odd JSON fields, cut
    archives) to exercise coding too: coding costs ~0.1 s an article, reading a failure ~1 ms."""
    kind = rng.choices(
        ["empty", "binary", "random", "latin1", "utf16", "nul_late", "ctrl", "jsonl_bad", "jsonl_shape",
         "jsonl_deep", "jsonl_dates", "html_junk", "rss_junk", "warc_cut", "gz_junk", "odd_dates", "garbage_text",
         "long_line", "odd_name", "header_only"],
        weights=[6, 8, 12, 6, 1, 6, 6, 10, 4, 4, 2, 2, 2, 3, 4, 3, 2, 0, 4, 6])[0]
    stem = f"f{i:05d}_{kind}"
    if kind == "empty":
        return f"{stem}.txt", b""
    if kind == "binary":
        return f"{stem}.txt", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 600))) + b"\x00"
    if kind == "random":
        ext = rng.choice([".txt", ".jsonl", ".html", ".rss", ".json", ".warc", ".warc.gz", ".xml", ".atom"])
        return stem + ext, bytes(rng.randrange(256) for _ in range(rng.randrange(1, 800)))
    if kind == "latin1":
        return f"{stem}.txt", ("date 2020-01-01 Le café à Gao: " + _words(rng, 10)).encode("latin-1")
    if kind == "utf16":
        enc = rng.choice(["utf-16", "utf-16-le", "utf-16-be"])
        return f"{stem}.txt", rng.choice([GOOD[0] + " (UTF-16)", _words(rng, 12)]).encode(enc)
    if kind == "nul_late":
        return f"{stem}.txt", ("date 2020-01-01 " + _words(rng, 900)).encode() + b"\x00" + _words(rng, 5).encode()
    if kind == "ctrl":
        return f"{stem}.txt", ("date 2020-01-01 " + "".join(chr(rng.randrange(1, 32)) for _ in range(300))).encode()
    if kind == "jsonl_bad":
        lines = [rng.choice(['{"text": "unterminated', "[1, 2", "{'single': 'quotes'}", "null", "42", '"text"',
                             '{"text": NaN}', "{" * 50, '{"a": 1}{"b": 2}', '{"text": "\\ud800"}'])
                 for _ in range(rng.randrange(1, 6))]
        return f"{stem}.jsonl", "\n".join(lines).encode()
    if kind == "jsonl_shape":
        value = rng.choice([{"name": "BBC"}, ["a", "b"], 12, None, True, {"x": [1, {"y": 2}]}, "", " ", 1e308])
        record = {"id": rng.choice([value, "x", 7]), "text": rng.choice([_words(rng, 15), value, ["p1", "p2"]]),
                  rng.choice(["source", "title", "url", "date", "dateline", "published"]): value}
        return f"{stem}.jsonl", json.dumps(record).encode() + b"\n"
    if kind == "jsonl_deep":
        depth = rng.choice([500, 5000, 100_000])
        return f"{stem}.jsonl", ('{"text": ' + "[" * depth + "]" * depth + "}\n").encode()
    if kind == "jsonl_dates":
        d = rng.choice(["9999-12-31", "0001-01-01", "2020-13-45", "yesterday", "", "2020-02-30", "1e9", "-5"])
        return f"{stem}.jsonl", json.dumps({"text": _words(rng, 20), "date": d}).encode() + b"\n"
    if kind == "html_junk":
        body = rng.choice(["<html><body></body></html>", "<html>" + "<div>" * 3000, "<!doctype html><p>"
                           + _words(rng, 30), "<html><script>" + "x" * 5000 + "</script></html>",
                           "<html><meta charset='bogus-charset'><p>caf\xe9 " + _words(rng, 20) + "</p></html>"])
        return f"{stem}.html", body.encode("latin-1", "replace")
    if kind == "rss_junk":
        date = rng.choice(["Fri, 31 Dec 9999 10:00:00 GMT", "garbage", "", "Mon, 01 Jan 0001 00:00:00 GMT"])
        item = f"<item><title>t</title><pubDate>{date}</pubDate><description>{_words(rng, 20)}</description></item>"
        body = rng.choice([f'<?xml version="1.0"?><rss version="2.0"><channel>{item * 3}</channel></rss>',
                           '<?xml version="1.0"?><rss><channel><item>', '<feed xmlns="http://www.w3.org/2005/Atom">'])
        return f"{stem}.rss", body.encode()
    if kind == "warc_cut":
        gz = rng.random() < 0.5
        data = _warc(rng, 2, gz)
        return stem + (".warc.gz" if gz else ".warc"), data[: rng.randrange(1, len(data))]
    if kind == "gz_junk":
        return f"{stem}.warc.gz", gzip.compress(bytes(rng.randrange(256) for _ in range(300)))[:-rng.randrange(1, 20)]
    if kind == "odd_dates":
        head = rng.choice(["date 9999-12-31 ", "date 0001-01-01 ", "DATE 2020-02-30 ", "date 2020-1-5 ",
                           "NIAMEY, Feb. 29 (Reuters) - ", "niamey, dec. 12 (reuters) - ", "Date: Smarch 40, 2020\n",
                           "SAN SALVADOR, 99 JAN 90 (RADIO) -- "])
        return f"{stem}.txt", (head + _words(rng, 25)).encode()
    if kind == "garbage_text":
        return f"{stem}.txt", "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x370, 0x3000)]))
                                      for _ in range(rng.randrange(1, 400))).encode("utf-8", "replace")
    if kind == "long_line":
        return f"{stem}.txt", ("date 2020-01-01 " + "Gunmen killed 9 police in Kirkuk. " * 6000).encode()
    if kind == "odd_name":
        name = rng.choice([f"{stem}\n.txt", f"{stem}\x1b[31m.txt", f"{stem} \u202e.txt", f"{stem}\t.txt"])
        return name, rng.choice([b"", b"\x00\x01", _words(rng, 10).encode()])
    return f"{stem}.txt", rng.choice([b"date 2020-01-01", b"date 2020-01-01    \n\n", b"DATE", b"\n\n\n"])


def build(folder: Path, n: int, seed: int = 16, huge: bool = True) -> dict[str, int]:
    """Write n malformed inputs and the good ones into `folder` (good ones under good/); returns counts by kind."""
    rng = random.Random(seed)
    bad = folder / "bad"
    good = folder / "good"
    bad.mkdir(parents=True)
    good.mkdir()
    kinds: dict[str, int] = {}
    for i in range(n):
        name, data = _malformed(rng, i)
        (bad / name).write_bytes(data)
        kind = name.split("_", 1)[1].split(".")[0].strip()
        kinds[kind] = kinds.get(kind, 0) + 1
    loop = bad / "loop"
    loop.mkdir()
    os.symlink(bad, loop / "back")  # a symbolic-link loop
    os.symlink(loop, loop / "self")
    # one article over a million characters (cut to read.max_chars with a notice): one, not a share of n, since
    # each costs seconds of coding
    if huge:
        (bad / "huge_article.txt").write_bytes(("date 2020-01-01 " + "Gunmen killed 9 police in Kirkuk. " * 31000).encode())
    for i, text in enumerate(GOOD):
        (good / f"good{i}.txt").write_text(text, encoding="utf-8")
    return kinds


def _run(args: list[str], timeout: int, env: dict[str, str]) -> dict:
    started = time.monotonic()
    try:
        done = subprocess.run([PY, "-m", "eventwire", *args], capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"hung": True, "seconds": round(time.monotonic() - started, 1)}
    err = done.stderr.decode("utf-8", "replace")
    lines = err.splitlines()
    return {
        "hung": False, "rc": done.returncode, "seconds": round(time.monotonic() - started, 1),
        "stderr_lines": len(lines), "stdout": done.stdout,
        "tracebacks": err.count("Traceback"), "internal_errors": err.count("internal error"),
        "stray_lines": [l for l in lines if not l.startswith("eventwire: ")][:5],
    }


def _stored(db: Path, origins_under: str | None = None) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT id, origin, n_incidents FROM articles").fetchall()
        failures = conn.execute("SELECT stage, count(*) FROM failures GROUP BY stage").fetchall()
    finally:
        conn.close()
    keep = [r for r in rows if origins_under is None or (r[1] or "").startswith(origins_under)]
    return {"articles": len(keep), "incidents": sum(r[2] for r in keep), "ids": sorted(r[0] for r in keep),
            "failures": dict(failures)}


def run(n: int, timeout: int, keep: Path | None = None, seed: int = 16, huge: bool = True) -> dict:
    work = Path(tempfile.mkdtemp(prefix="eventwire-fuzz-"))
    try:
        kinds = build(work / "corpus", n, seed, huge)
        env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_DEBUG"}
        corpus = str(work / "corpus")
        code = _run(["code", corpus, "--no-progress"], timeout, env)
        bad_json = coded = 0
        for line in (code.pop("stdout", b"") or b"").decode("utf-8", "replace").split("\n"):
            if not line:
                continue
            try:
                json.loads(line)
                coded += 1
            except ValueError:
                bad_json += 1
        alone = _run(["ingest", str(work / "corpus" / "good"), "--db", str(work / "alone.db"), "-q"], timeout, env)
        alone.pop("stdout", None)
        mixed = _run(["ingest", corpus, "--db", str(work / "mixed.db"), "-q"], timeout, env)
        mixed.pop("stdout", None)
        good_alone = _stored(work / "alone.db") if not alone["hung"] else {}
        good_mixed = _stored(work / "mixed.db", str(work / "corpus" / "good")) if not mixed["hung"] else {}
        figures = {
            "malformed_inputs": n + int(huge), "good_inputs": len(GOOD), "kinds": kinds,
            "code": {k: v for k, v in code.items()}, "code_articles_coded": coded,
            "code_stdout_lines_not_json": bad_json,
            "ingest_good_alone": {k: v for k, v in alone.items()},
            "ingest_mixed": {k: v for k, v in mixed.items()},
            "stored_good_alone": {k: v for k, v in good_alone.items() if k != "ids"},
            "stored_good_in_mixed": {k: v for k, v in good_mixed.items() if k not in ("ids", "failures")},
            "stored_mixed_failures_by_stage": (_stored(work / "mixed.db")["failures"] if not mixed["hung"] else {}),
        }
        problems = []
        for name, result in (("code", code), ("ingest", mixed), ("ingest alone", alone)):
            if result["hung"]:
                problems.append(f"{name} hung (over {timeout} s)")
                continue
            if result["tracebacks"] or result["internal_errors"] or result["stray_lines"]:
                problems.append(f"{name}: traceback or stray output {result['stray_lines']}")
            if result["rc"] not in (0, 1, 2):
                problems.append(f"{name}: undocumented exit code {result['rc']}")
        if not code["hung"] and code["rc"] != 1:
            problems.append(f"code: exit {code['rc']}, expected 1 (some inputs failed, others coded)")
        if not mixed["hung"] and mixed["rc"] != 1:
            problems.append(f"ingest: exit {mixed['rc']}, expected 1")
        if bad_json:
            problems.append(f"code: {bad_json} stdout lines are not JSON")
        if good_alone.get("ids") != good_mixed.get("ids") or good_alone.get("incidents") != good_mixed.get("incidents"):
            problems.append("the good inputs were not stored as when ingested alone")
        figures["problems"] = problems
        return figures
    finally:
        if keep:
            shutil.copytree(work, keep, symlinks=True, dirs_exist_ok=True)
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="malformed inputs (default 10,000)")
    parser.add_argument("--timeout", type=int, default=3600, help="seconds each command may take before it counts as hung")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--keep", type=Path, help="copy the corpus and databases here")
    parser.add_argument("--no-huge", action="store_true", help="leave out the one article over 1,000,000 characters")
    args = parser.parse_args()
    figures = run(args.n, args.timeout, args.keep, args.seed, not args.no_huge)
    print(json.dumps(figures, indent=1))
    return 1 if figures["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
