"""Helpers for tests that check coded incidents against gold files in the seed format."""
from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_4c74c92a67e39f7d.txt"
SEED_GOLD = SHARED / "seed" / "000_4c74c92a67e39f7d.gold.json"
SEED_RESTORED = SHARED / "seed" / "000_4c74c92a67e39f7d.restored.txt"

SCALAR_FIELDS = ("country", "admin1", "event_type", "sub_event_type", "perpetrator", "killed", "wounded",
                 "perpetrators_killed", "claimed", "claim_channel", "date_precision")
SET_FIELDS = ("attack_types", "target_types", "weapon_types")


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def mismatches(incident, gold: dict) -> list[str]:
    """Every field where `incident` disagrees with the gold incident (alternatives count as right)."""
    problems = []
    earliest, latest = gold["date_window"]
    if not (incident.date and earliest <= incident.date <= latest):
        problems.append(f"date {incident.date} outside {earliest}..{latest}")
    alternatives = gold.get("alternatives", {})
    for name in SCALAR_FIELDS:
        if name not in gold:
            continue
        accepted = [gold[name], *alternatives.get(name, [])]
        if getattr(incident, name) not in accepted:
            problems.append(f"{name}: got {getattr(incident, name)!r}, want one of {accepted!r}")
    for name in SET_FIELDS:
        if set(getattr(incident, name)) != set(gold[name]):
            problems.append(f"{name}: got {sorted(getattr(incident, name))}, want {sorted(gold[name])}")
    if incident.latitude is None or incident.longitude is None:
        problems.append("no coordinates")
    return problems


def match_incidents(incidents, gold_incidents) -> dict[str, object]:
    """Pair each gold incident with the coded incident that disagrees with it least."""
    pairs = {}
    free = list(incidents)
    for gold in gold_incidents:
        best = min(free, key=lambda inc: len(mismatches(inc, gold)), default=None)
        if best is not None:
            pairs[gold["id"]] = best
            free.remove(best)
    return pairs


def need(path):
    """A shared data path; a failure where CI is set (the data must be there) or where ../shared is present but
    lacks it (incomplete data must not pass as absent data), else a skip."""
    import os

    import pytest

    path = Path(path)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} absent although CI is set: the shared evaluation data must be mounted")
        if SHARED.exists():
            pytest.fail(f"{path} absent although {SHARED} is present: the shared evaluation data is incomplete")
        pytest.skip(f"{path} absent (shared evaluation data not mounted)")
    return path


def load_script(path: Path) -> ModuleType:
    """A script of bench/ or scripts/ (not a package) imported as a module, for tests that call its functions."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GVA_ARTICLES = SHARED / "data" / "gva" / "articles.jsonl"


@functools.lru_cache(maxsize=2)
def _jsonl_rows(path: Path) -> tuple[str, ...]:
    with need(path).open(encoding="utf-8") as rows:
        return tuple(rows)  # split on "\n" only: a text may hold a raw U+2028, which str.splitlines would cut at


def gva_article(line: int) -> dict:
    """The GVA article at `line` (1-based) of ../shared/data/gva/articles.jsonl, read from the shared data: tests
    never hold the texts of shared data (their terms forbid copying them into the repository)."""
    rows = _jsonl_rows(GVA_ARTICLES)
    if not 1 <= line <= len(rows):
        raise AssertionError(f"{GVA_ARTICLES} has no line {line}")
    return json.loads(rows[line - 1])


def gva_page(line: int):  # -> eventwire.records.Article
    """GVA line `line` as `eventwire evaluate gva` codes it: an Article with its title, text, address and publication
    date."""
    from eventwire.records import Article

    row = gva_article(line)
    return Article(id=f"gva-{line}", title=row["title"], text=row["text"], url=row["url"], published=row["date"])


def gva_text(line: int, since: str | None = None, until: str | None = None) -> str:
    """The text of GVA line `line`; with `since` / `until`, the excerpt from the first `since` (included) to the end
    of the first `until` after it (included), so a test can take the part of an article it was written for."""
    return excerpt(gva_article(line)["text"], since, until, f"GVA line {line}")


WEB_PAGES = SHARED / "data" / "web" / "pages"


def web_text(page: str, since: str | None = None, until: str | None = None) -> str:
    """The text eventwire reads from web page `page` (its number, "204") of ../shared/data/web/pages, or its excerpt
    as in gva_text: the page is read by eventwire.read as the web evaluation reads it, never copied."""
    from eventwire.read import read_path

    (article, *_) = read_path(need(WEB_PAGES / f"{page}.html"))
    return excerpt(article.text, since, until, f"web page {page}")


def excerpt(text: str, since: str | None, until: str | None, name: str = "the text") -> str:
    """`text` from the first `since` (included; the start where None) to the end of the first `until` after it
    (included; the end where None); a marker not found is an AssertionError, not a silently different text."""
    start = 0 if since is None else text.find(since)
    if start < 0:
        raise AssertionError(f"{name} does not contain {since!r}")
    if until is None:
        return text[start:]
    end = text.find(until, start)
    if end < 0:
        raise AssertionError(f"{name} does not contain {until!r} after {since!r}")
    return text[start:end + len(until)]


ACLED = SHARED / "data" / "acled"


@functools.lru_cache(maxsize=4)
def _acled_notes(path: Path) -> dict[str, str]:
    import csv

    with need(path).open(encoding="utf-8", newline="") as rows:
        return {row["event_id_cnty"]: row["notes"] for row in csv.DictReader(rows)}


def acled_note(file: str, event_id: str, since: str | None = None, until: str | None = None) -> str:
    """The notes of ACLED event `event_id` (event_id_cnty, "MMR33158") in `file` of ../shared/data/acled, or their
    excerpt as in gva_text: ACLED's terms forbid copying its rows into the repository."""
    notes = _acled_notes(ACLED / file)
    if event_id not in notes:
        raise AssertionError(f"{ACLED / file} has no event {event_id}")
    return excerpt(notes[event_id], since, until, f"ACLED {event_id}")


GTD = SHARED / "data" / "gtd"


@functools.lru_cache(maxsize=2)
def _gtd_summaries(path: Path) -> dict[str, str]:
    import csv

    # read as eventwire's GTD evaluation reads it (evaluate.common.read_csv): a few summaries hold Latin-1 bytes
    with need(path).open(encoding="utf-8", errors="replace", newline="") as rows:
        return {row["eventid"]: row["summary"] or "" for row in csv.DictReader(rows)}


def gtd_summary(file: str, eventid: str, since: str | None = None, until: str | None = None) -> str:
    """The summary of GTD event `eventid` ("197801080005") in `file` of ../shared/data/gtd, or its excerpt as in
    gva_text: GTD's terms forbid copying its rows into the repository."""
    summaries = _gtd_summaries(GTD / file)
    if eventid not in summaries:
        raise AssertionError(f"{GTD / file} has no event {eventid}")
    return excerpt(summaries[eventid], since, until, f"GTD {eventid}")
