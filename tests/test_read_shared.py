"""Issue 20 items 4 and 5 on the shared data: nothing is refused for a missing date, and no English article is
refused for its language (every non-English web page is, by name)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.options import Options
from eventwire.read import TITLE_ONLY_NOTE, read_inputs, read_text
from eventwire.records import Article, Failure
from seedutil import need

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


@pytest.fixture(scope="module")
def data() -> Path:
    return need(DATA)


def _manifest(data: Path) -> dict[str, dict[str, str]]:
    with (data / "web" / "manifest.tsv").open(encoding="utf-8") as fh:
        return {row["nnn"]: row for row in csv.DictReader(fh, delimiter="\t")}


@pytest.mark.slow
def test_no_shared_article_is_refused_for_a_date_and_no_english_one_for_its_language(data):
    options = Options.load(use_env=False)
    results = list(read_inputs([str(data / "web" / "pages"), str(data / "gva" / "articles.jsonl"),
                                str(data / "muc4" / "dev.json")], options))
    csv.field_size_limit(10**9)
    with (data / "gvdb" / "dev.tsv").open(encoding="utf-8") as fh:
        results += [read_text(row["Full text"], origin=f"gvdb:{row['Article id']}", options=options)
                    for row in csv.DictReader(fh, delimiter="\t")]
    failures = [r for r in results if isinstance(r, Failure)]
    assert not [f for f in failures if "date" in f.reason], failures[:5]
    manifest = _manifest(data)
    refused = {Path(f.origin).stem for f in failures if f.kind == "language"}
    english_refused = sorted(k for k in refused if manifest.get(k, {}).get("language") == "en")
    assert english_refused == []
    assert not [f for f in failures if f.kind == "language" and "/web/" not in f.origin]
    foreign = {k for k, row in manifest.items() if row["language"] != "en"}
    assert refused == foreign  # every foreign page is named, none passes in silence
    articles = [r for r in results if isinstance(r, Article)]
    # of 6810 inputs (the files are checksummed: tests/shared_data.sha256); GVA's 102 rows with a title and no text
    # are read from their titles (read.title_as_text), and so are its 74 rows whose text is all a video playlist
    # (read.without_playlist: other clips' headlines led by their running times)
    assert len(articles) == 6734
    assert sum(1 for a in articles if TITLE_ONLY_NOTE in a.notes) == 102 + 74
