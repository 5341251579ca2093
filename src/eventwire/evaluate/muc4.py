"""MUC-4 scorer: GTT's template F1 (Du et al. 2021) plus the slots GTT drops (date, place, effect, claim)."""
from __future__ import annotations

import json
import re
from collections import OrderedDict
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from ..errors import EvaluationError
from ..records import Article
from ..gtt import DEFAULT_TYPE, muc4_options, to_gtt
from .common import (
    PRF,
    Accuracy,
    align,
    align_pairs,
    country_code,
    date_in_window,
    limited,
    normalize,
    parse_day_month_year,
    require_file,
    result,
    same_country,
    same_place,
)

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
KEYS = ("incident_type",) + ROLES
SLOTS = ("date", "country", "place", "killed", "wounded", "claimed")

#: place kinds in MUC-4 locations that are first-level divisions, so a predicted admin1 may name them
ADMIN1_KINDS = ("DEPARTMENT", "PROVINCE", "STATE")

#: match_templates: a pair sharing no filler still counts (less than one shared filler), and agreeing on the
#: type breaks ties
_ANY_PAIR, _SAME_TYPE = 0.5, 0.25

# --- gold -----------------------------------------------------------------------------------------------------


def load(path: str | Path) -> "OrderedDict[str, dict[str, Any]]":
    """A GTT JSON-lines file as {docid: {"doctext", "text", "dateline", "templates", "slots"}}.

    templates are GTT's gold templates as its eval builds them (mentions without offsets, empty entities
    dropped, duplicate templates dropped); slots[i] holds the original key's slots for templates[i] where
    ../raw_keys has the key, else None. "text"/"dateline" come from the sibling doc_<split>.jsonl (the upper-case
    originals) where present.
    """
    p = require_file(path)
    docs: OrderedDict[str, dict[str, Any]] = OrderedDict()
    raw_keys = _load_raw_keys(p.parent / "raw_keys")
    originals = _load_originals(p.parent / f"doc_{p.stem}.jsonl")
    with p.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                docid, doctext, raw_templates = row["docid"], row["doctext"], row["templates"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise EvaluationError(f"{p}:{number}: not a GTT record ({exc})") from None
            slots = _slots_for(raw_templates, raw_keys.get(docid, []))
            templates: list[dict[str, Any]] = []
            kept_slots: list[dict[str, Any] | None] = []
            for template, slot in zip(raw_templates, slots):
                gold = _gold_template(template)
                if gold not in templates:
                    templates.append(gold)
                    kept_slots.append(slot)
            original = originals.get(docid, {})
            docs[docid] = {
                "doctext": doctext,
                "text": original.get("text"),
                "dateline": original.get("dateline"),
                "templates": templates,
                "slots": kept_slots,
            }
    return docs


def _gold_template(raw: Mapping[str, Any]) -> dict[str, Any]:
    template: dict[str, Any] = {"incident_type": raw.get("incident_type")}
    for role in ROLES:
        entities = []
        for entity in raw.get(role, []):
            mentions = [normalize(m[0] if isinstance(m, (list, tuple)) else m) for m in entity]
            if mentions:
                entities.append(mentions)
        template[role] = entities
    return template


def _load_originals(path: Path) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    out = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                out[row["docid"]] = row
    return out


_SLOT_LINE = re.compile(r"^\d+\.\s+([A-Z][A-Z ]*: [A-Z ]*?[A-Z])(?:\s{2,}(.*))?$")


def _load_raw_keys(folder: Path) -> dict[str, list[dict[str, list[str]]]]:
    """Original MUC answer keys: {docid: [template, ...]}, each template {SLOT NAME: [value line, ...]}."""
    keys: dict[str, list[dict[str, list[str]]]] = {}
    if not folder.is_dir():
        return keys
    for file in sorted(folder.iterdir()):
        current: dict[str, list[str]] | None = None
        slot = None
        for line in file.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(";") or not line.strip():
                continue
            m = _SLOT_LINE.match(line)
            if m:
                slot, value = m.group(1), (m.group(2) or "").strip()
                if slot == "MESSAGE: ID":
                    current = {}
                    keys.setdefault(value, []).append(current)
                if current is not None:
                    current.setdefault(slot, []).append(value)
            elif current is not None and slot and line.startswith(" "):
                current[slot].append(line.strip())
    return keys


def _slots_for(gtt_templates: Sequence[Mapping[str, Any]], raw: list[dict[str, list[str]]]) -> list[dict | None]:
    """The original key behind each GTT template: same order when the non-empty keys line up, else by overlap."""
    real = [t for t in raw if t.get("MESSAGE: TEMPLATE", ["*"])[0] != "*"]
    types = [normalize(t.get("INCIDENT: TYPE", [""])[0]) for t in real]
    gtt_types = [normalize(t.get("incident_type")) for t in gtt_templates]
    if len(real) == len(gtt_templates) and types == gtt_types:
        return [_parse_slots(t) for t in real]
    out: list[dict | None] = []
    free = list(range(len(real)))
    for template in gtt_templates:
        strings = {normalize(m[0]) for role in ROLES for entity in template.get(role, []) for m in entity}
        best, best_overlap = None, -1
        for i in free:
            if types[i] != normalize(template.get("incident_type")):
                continue
            text = " ".join(" ".join(v) for v in real[i].values())
            overlap = sum(1 for s in strings if s and s.upper() in normalize(text).upper())
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            out.append(None)
        else:
            free.remove(best)
            out.append(_parse_slots(real[best]))
    return out


def _empty(values: list[str]) -> bool:
    return not values or values[0] in ("", "-", "*")


def _parse_slots(raw: Mapping[str, list[str]]) -> dict[str, Any]:
    """Date windows, country, places, effects and claim from one original key template."""
    slots: dict[str, Any] = {
        "date": None, "country": None, "countries": [], "places": [], "killed": False, "wounded": False, "claimed": None
    }
    dates = raw.get("INCIDENT: DATE", [])
    if not _empty(dates):
        slots["date"] = _date_windows(" ".join(dates))
    location = raw.get("INCIDENT: LOCATION", [])
    if not _empty(location):
        countries, places, kinds = [], [], []
        for alternative in _top_level_split(" ".join(location), "/"):
            parts = _top_level_split(_unwrap(alternative), ":")
            if len(parts) == 1:
                slots["country_only"] = True
            countries.append(country_code(parts[0].title()))
            for part in parts[1:]:
                for piece in re.split(r"\s+-\s+", part):
                    if _place(piece):
                        places.append(_place(piece))
                        kinds.append(re.sub(r".*\((.*)\).*", r"\1", piece) if "(" in piece else "")
        slots["countries"] = [c for c in countries if c]
        slots["country"] = slots["countries"][0] if slots["countries"] else None
        slots["places"] = places
        slots["place_kinds"] = kinds
    effects = raw.get("HUM TGT: EFFECT OF INCIDENT", [])
    if not _empty(effects):
        labels = {lab.strip() for line in effects for lab in line.split(":")[0].split(" / ")}
        slots["killed"] = "DEATH" in labels
        slots["wounded"] = "INJURY" in labels
    confidence = raw.get("PERP: ORGANIZATION CONFIDENCE", [])
    if not _empty(confidence):
        labels = {lab.strip() for line in confidence for lab in line.split(":")[0].split(" / ")}
        slots["claimed"] = "CLAIMED OR ADMITTED" in labels
    return slots


def _top_level_split(text: str, sep: str) -> list[str]:
    """Split on `sep` outside parentheses: "(A: B (CITY)) / (A)" -> ["(A: B (CITY))", "(A)"]."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == sep and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def _unwrap(text: str) -> str:
    """Drop one pair of parentheses wrapping the whole text."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        inner = text[1:-1]
        depth = 0
        for ch in inner:
            depth += ch == "("
            depth -= ch == ")"
            if depth < 0:
                return text
        return inner.strip()
    return text


def _place(component: str) -> str:
    return normalize(re.sub(r"\([^)]*\)", " ", component))


def _date_windows(text: str) -> list[tuple[Any, Any]]:
    """'02 FEB 90' / '- 04 FEB 90' (on or before) / '17 FEB 90 - 18 FEB 90' / '(A) / (B)' alternatives."""
    windows = []
    for alternative in re.split(r"\)\s*/\s*\(", text):
        alternative = alternative.strip("() ")
        m = re.match(r"^(.*?)\s+-\s+(.*)$", " " + alternative)
        if m:
            lo, hi = parse_day_month_year(m.group(1)), parse_day_month_year(m.group(2))
        else:
            lo = hi = parse_day_month_year(alternative)
        if lo or hi:
            windows.append((lo, hi))
    return windows


# --- scoring --------------------------------------------------------------------------------------------------


def _entity_matches(gold_entity: Sequence[str], pred_entity: Sequence[str]) -> bool:
    """GTT: a predicted entity is right when every one of its mentions is a mention of the gold entity."""
    return all(m in gold_entity for m in pred_entity)


def _pair_counts(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, tuple[int, int]]:
    """Per key, (predicted entities right, gold entities found) when `pred` is aligned with `gold`."""
    counts = {"incident_type": (1, 1)}
    for role in ROLES:
        p_num = sum(1 for e in pred[role] if any(_entity_matches(g, e) for g in gold[role]))
        r_num = sum(1 for g in gold[role] if any(_entity_matches(g, e) for e in pred[role]))
        counts[role] = (p_num, r_num)
    return counts


def _clean_pred(template: Mapping[str, Any]) -> dict[str, Any]:
    kind = template.get("incident_type")
    out: dict[str, Any] = {"incident_type": kind if isinstance(kind, str) else DEFAULT_TYPE}
    for role in ROLES:
        out[role] = [[normalize(m) for m in entity] for entity in template.get(role, []) or []]
    out["slots"] = template.get("slots")
    return out


def score_document(
    pred: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]
) -> tuple[dict[str, PRF], dict[int, int]]:
    """One document's counts per key under the mapping pred -> gold that maximises its micro F1, and that mapping.

    As GTT: a pair counts only when the predicted type is contained in the gold type ("attack" in
    "bombing / attack"); an unpaired predicted template adds its type and entities to precision's denominator,
    an unpaired gold one to recall's.
    """
    pred = [_clean_pred(t) for t in pred]
    p_den = {k: 0 for k in KEYS}
    r_den = {k: 0 for k in KEYS}
    for t in pred:
        p_den["incident_type"] += 1
        for role in ROLES:
            p_den[role] += len(t[role])
    for t in gold:
        r_den["incident_type"] += 1
        for role in ROLES:
            r_den[role] += len(t[role])
    pairs: dict[tuple[int, int], dict[str, tuple[int, int]]] = {}
    for i, pt in enumerate(pred):
        for g, gt in enumerate(gold):
            if pt["incident_type"] in (gt["incident_type"] or ""):
                pairs[(i, g)] = _pair_counts(pt, gt)
    total_p, total_r = sum(p_den.values()), sum(r_den.values())

    def f1(mapping: dict[int, int]) -> float:
        p_num = r_num = 0
        for i, g in mapping.items():
            c = pairs.get((i, g))
            if c:
                p_num += sum(v[0] for v in c.values())
                r_num += sum(v[1] for v in c.values())
        p = p_num / total_p if total_p else 0.0
        r = r_num / total_r if total_r else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    # a pair of different types never counts, so it is left out of the search: same best score, far fewer mappings
    candidates = [[g for g in range(len(gold)) if (i, g) in pairs] for i in range(len(pred))]
    mapping = align(len(pred), len(gold), f1, candidates)
    counts = {k: PRF(p_den=p_den[k], r_den=r_den[k]) for k in KEYS}
    for i, g in mapping.items():
        c = pairs.get((i, g))
        if c:
            for k, (pn, rn) in c.items():
                counts[k].p_num += pn
                counts[k].r_num += rn
    aligned = {i: g for i, g in mapping.items() if (i, g) in pairs}
    return counts, aligned


def match_templates(pred: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]) -> dict[int, int]:
    """pred index -> gold index, one-to-one, pairing templates by the role fillers they share whatever their types.

    What the MUC-4 typer learns from (scripts/train_muc_typer.py): the type of the gold template a predicted one
    reports. Every pair may be made, so that as many predicted templates as there are gold ones are paired; most
    fillers in common wins, then a pair whose types agree."""
    pred = [_clean_pred(t) for t in pred]
    scores = [[sum(p + r for key, (p, r) in _pair_counts(pt, gt).items() if key != "incident_type")
               + _ANY_PAIR + (_SAME_TYPE if pt["incident_type"] in (gt["incident_type"] or "") else 0.0)
               for gt in gold] for pt in pred]
    return dict(align_pairs(scores)) if pred and gold else {}


def _slot_checks(pred_slots: Mapping[str, Any] | None, gold_slots: Mapping[str, Any] | None) -> dict[str, bool]:
    """Slot name -> right or wrong, for the slots the gold gives (see docs/accuracy.md for each rule)."""
    if not gold_slots or pred_slots is None:
        return {}
    from types import SimpleNamespace

    incident = SimpleNamespace(**{k: pred_slots.get(k) for k in ("date", "date_earliest", "date_latest")})
    checks: dict[str, bool] = {}
    if gold_slots.get("date"):
        checks["date"] = any(date_in_window(incident, lo, hi) for lo, hi in gold_slots["date"])
    if gold_slots.get("countries"):
        checks["country"] = any(same_country(pred_slots.get("country"), c) for c in gold_slots["countries"])
    # a key that also accepts the bare country ("(COLOMBIA: MEDELLIN (CITY)) / (COLOMBIA)") asks for no place
    if gold_slots.get("places") and not gold_slots.get("country_only"):
        names = [pred_slots.get("location"), pred_slots.get("admin2")]
        kinds = gold_slots.get("place_kinds") or []
        if any(level in kind for kind in kinds for level in ADMIN1_KINDS):
            names.append(pred_slots.get("admin1"))
        checks["place"] = any(same_place(n, g) for n in names if n for g in gold_slots["places"])
    checks["killed"] = bool(pred_slots.get("killed")) == bool(gold_slots.get("killed"))
    checks["wounded"] = bool(pred_slots.get("wounded")) == bool(gold_slots.get("wounded"))
    if gold_slots.get("claimed") is not None:
        checks["claimed"] = (pred_slots.get("claimed") is True) == gold_slots["claimed"]
    return checks


def score(predictions: Mapping[str, Any], gold: Mapping[str, Mapping[str, Any]], path: str | Path = "") -> dict:
    """Score GTT-format predictions against load()'s gold; documents missing from predictions predicted nothing.

    predictions: {docid: {"pred_templates": [...]}} or {docid: [...]}. Measures: "template" (micro P/R/F1 over
    type + five roles, GTT's headline), one P/R/F1 per key, and slot accuracies over aligned template pairs.
    """
    totals = {k: PRF() for k in KEYS}
    slots = {s: Accuracy() for s in SLOTS}
    aligned_pairs = 0
    gold_templates = 0
    for docid, doc in gold.items():
        entry = predictions.get(docid, [])
        pred = entry.get("pred_templates", []) if isinstance(entry, Mapping) else entry
        counts, mapping = score_document(pred, doc["templates"])
        for k in KEYS:
            totals[k].add(counts[k])
        gold_templates += len(doc["templates"])
        aligned_pairs += len(mapping)
        gold_slots = doc.get("slots") or []
        for i, g in mapping.items():
            checks = _slot_checks(pred[i].get("slots"), gold_slots[g] if g < len(gold_slots) else None)
            for name, ok in checks.items():
                slots[name].add(ok)
    micro = PRF()
    for k in KEYS:
        micro.add(totals[k])
    measures = {"template": micro.to_dict()}
    measures.update({k: totals[k].to_dict() for k in KEYS})
    measures.update({f"slot_{s}": slots[s].to_dict() for s in SLOTS if slots[s].total})
    return result(
        "muc4", path, len(gold), measures, aligned_templates=aligned_pairs, gold_templates=gold_templates
    )


# --- running the pipeline -------------------------------------------------------------------------------------


def article_for(docid: str, doc: Mapping[str, Any], source_path: str | Path = "") -> Article:
    """The article a MUC-4 document is fed as: the upper-case original when present, dated by its dateline."""
    dateline = doc.get("dateline") or ""
    published = parse_day_month_year(dateline)
    place = dateline.split(",")[0].strip() if "," in dateline else None
    agency = re.search(r"\(([^()]*)\)\s*$", dateline)
    return Article(
        id=docid,
        text=doc.get("text") or doc["doctext"],
        source=agency.group(1) if agency else None,
        published=published.isoformat() if published else None,
        origin=f"{source_path}:{docid}" if source_path else docid,
        dateline_place=place,
    )


def detected(path: str | Path, options: Any, limit: int | None = None) -> Iterator[tuple[dict[str, Any], Any]]:
    """(the document's key, its pipeline.detected ArticleWork) for the first `limit` documents of a GTT file:
    where the model training scripts start."""
    gold = load(path)
    articles = [article_for(docid, doc, path) for docid, doc in limited(gold.items(), limit)]
    from ..pipeline import detected as detect_articles  # imported late, as in run()
    for found in detect_articles(articles, options):
        yield gold[found.article.id], found


def run(path: str | Path, options: Any = None, limit: int | None = None) -> dict:
    """Code the first `limit` documents of a GTT file with the pipeline and score them."""
    gold = load(path)
    chosen = OrderedDict(limited(gold.items(), limit))
    articles = [article_for(docid, doc, path) for docid, doc in chosen.items()]
    from ..pipeline import code_articles  # imported late: a bad file is reported before the models load
    # MUC-4 records the incidents its task calls recent, within two months of the article (gtt.RECENT_DAYS)
    predictions = to_gtt(code_articles(articles, muc4_options(options)), slots=True)
    return score(predictions, chosen, path)
