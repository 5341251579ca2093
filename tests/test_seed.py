"""The seed article codes into exactly the three incidents of its gold file, however it is written."""
from __future__ import annotations

import re

import pytest

from eventwire.pipeline import code_article
from eventwire.read import read_path, read_text

from seedutil import SEED, SEED_GOLD, SEED_RESTORED, load_gold, match_incidents, mismatches, need


@pytest.fixture(autouse=True)
def _seed_present() -> None:
    need(SEED)


def _code_text(text: str, origin: str):
    return code_article(read_text(text, origin))


def _assert_matches_gold(coded) -> None:
    gold = load_gold(SEED_GOLD)
    assert len(coded.incidents) == len(gold["incidents"]), [i.summary for i in coded.incidents]
    pairs = match_incidents(coded.incidents, gold["incidents"])
    report = {gid: mismatches(inc, next(g for g in gold["incidents"] if g["id"] == gid)) for gid, inc in pairs.items()}
    assert report == {g["id"]: [] for g in gold["incidents"]}


def test_seed_as_received_matches_gold_field_by_field():
    (article,) = list(read_path(SEED))
    assert article.published == "2022-12-18"
    assert article.text.startswith("Islamic State militants stated Sunday")  # the lead stays on line 1
    _assert_matches_gold(code_article(article))


def test_seed_with_plain_wording_codes_the_same():
    _assert_matches_gold(_code_text(SEED_RESTORED.read_text(encoding="utf-8"), "restored.txt"))


@pytest.mark.parametrize("case", ["upper", "lower"])
def test_wire_copy_in_one_case_codes_the_same(case):
    text = SEED_RESTORED.read_text(encoding="utf-8")
    header, body = re.match(r"(\s*date \S+ )(.*)", text, re.S).groups()
    body = body.upper() if case == "upper" else body.lower()
    _assert_matches_gold(_code_text(header + body, f"{case}.txt"))


def test_seed_places():
    gold = load_gold(SEED_GOLD)
    coded = code_article(next(iter(read_path(SEED))))
    pairs = match_incidents(coded.incidents, gold["incidents"])
    tarmiya = pairs["tarmiya-army-patrol"]
    assert tarmiya.location and "tarmiy" in tarmiya.location.lower()
    assert abs(tarmiya.latitude - 33.67) < 0.1 and abs(tarmiya.longitude - 44.40) < 0.1
    assert pairs["kirkuk-police-patrol"].admin1 == "Kirkuk"
    assert pairs["kirkuk-army-outpost"].admin1 == "Kirkuk"


def test_evidence_points_into_the_text_as_received():
    (article,) = list(read_path(SEED))
    coded = code_article(article)
    first = min(coded.incidents, key=lambda i: i.date_earliest or "")
    police = next(i for i in coded.incidents if i.killed == 9)
    for name, spans in police.evidence.items():
        for span in spans:
            assert article.text[span.start : span.end] == span.text, name
    assert any("9" in s.text for s in police.evidence["killed"])
    assert any("Telegram" in s.text for s in police.evidence["claim_channel"])
    assert first.date_precision == "month"


def test_background_is_not_an_incident():
    coded = _code_text(
        "date 2022-12-18 Islamic State militants seized swathes of Iraqi territory in 2014. "
        "The United Nations estimates that the group maintains between 6,000 and 10,000 fighters. "
        "Security forces regularly announce the deaths of fighters in airstrikes and raids.",
        "background.txt",
    )
    assert coded.incidents == ()
