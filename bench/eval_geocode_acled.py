"""Scores locate_incident on ACLED notes: country, admin1 and coordinates (within 25 km) against ACLED's coding."""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import time
from pathlib import Path

from eventwire.evaluate.common import same_admin1
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.locate import locate_incident
from eventwire.options import default_options

#: ACLED's own tolerance is town-level; 25 km is the UCDP "near" radius the issue asks for
MAX_KM = 25.0
DEFAULT_CSV = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "acled" / \
    "acled_world_2020-04-27_2020-05-03.csv"


def _km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


#: longest run of capitalised words tried as a name when measuring the ceiling ("Shakhta imeni Gagarina")
CEILING_MAX_WORDS = 4


def reachable(text: str, want: tuple[float, float], gz) -> bool:
    """True when some capitalised run of words in `text` names a gazetteer entry within MAX_KM of `want`.

    No choice of place, however good, can land within MAX_KM on a note where this is False, so the share of
    notes where it holds is the ceiling the embedded gazetteer puts on the within-25-km score.
    """
    from eventwire.geo.names import name_key

    words = re.findall(r"[\w'’-]+", text)
    for n in range(1, CEILING_MAX_WORDS + 1):
        for i in range(len(words) - n + 1):
            if not words[i][:1].isupper():
                continue
            key = name_key(" ".join(words[i:i + n]))
            if key and any(e.lat is not None and _km((e.lat, e.lon), want) <= MAX_KM
                           for e in gz.candidates(key, loose=True)):
                return True
    return False


def evaluate(path: Path, limit: int | None = None, errors: Path | None = None,
             ceiling: bool = False) -> dict[str, float]:
    import pycountry

    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("notes")]
    rows = rows[:limit] if limit else rows
    options = default_options()
    n = ok_country = ok_admin1 = ok_km = n_reachable = 0
    gz = get_gazetteer(options) if ceiling else None
    bad = []
    t0 = time.perf_counter()
    for row in rows:
        text = row["notes"]
        got = locate_incident(text, [(0, len(text))], options)
        place = got[0] if got else None
        iso = row.get("iso3") and pycountry.countries.get(alpha_3=row["iso3"])
        want_cc = iso.alpha_2 if iso else None
        n += 1
        c = place is not None and place.country == want_cc
        a = place is not None and c and same_admin1(place.admin1, row["admin1"], want_cc)
        k = place is not None and place.latitude is not None and _km(
            (place.latitude, place.longitude), (float(row["latitude"]), float(row["longitude"]))) <= MAX_KM
        ok_country += c
        ok_admin1 += a
        ok_km += k
        if ceiling:
            n_reachable += k or reachable(text, (float(row["latitude"]), float(row["longitude"])), gz)
        if not (c and a and k):
            bad.append({"ok": [c, a, k], "notes": text[:300], "want": [want_cc, row["admin1"], row["location"], row["latitude"],
                                                      row["longitude"], row["geo_precision"]],
                        "got": place.to_dict() if place else None, "span": got[1].text if got else None})
    secs = time.perf_counter() - t0
    if errors:
        errors.write_text("\n".join(json.dumps(b, ensure_ascii=False) for b in bad), encoding="utf-8")
    out = {"notes": n, "country": 100 * ok_country / n, "admin1": 100 * ok_admin1 / n,
           "within_25km": 100 * ok_km / n, "seconds": secs}
    if ceiling:
        out["ceiling_25km"] = 100 * n_reachable / n
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("csv", nargs="?", default=str(DEFAULT_CSV))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", type=Path, help="write misses as JSON lines here")
    ap.add_argument("--ceiling", action="store_true",
                    help="also report the share of notes that name any gazetteer place within 25 km of ACLED's point")
    args = ap.parse_args()
    path = Path(args.csv)
    if not path.exists():
        print(f"skipped: {path} not found", file=sys.stderr)
        return 0
    r = evaluate(path, args.limit, args.errors, args.ceiling)
    print(f"notes {r['notes']}  country {r['country']:.1f}%  admin1 {r['admin1']:.1f}%  "
          f"within {MAX_KM:.0f} km {r['within_25km']:.1f}%  ({r['seconds']:.1f} s)")
    if "ceiling_25km" in r:
        print(f"ceiling: {r['ceiling_25km']:.1f}% of notes name a gazetteer place within {MAX_KM:.0f} km of ACLED's point")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
