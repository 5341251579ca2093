"""Session 29 (issue 18): named_group tries the pattern of a group claiming its act only where the text holds the
claim's last words (types_model._CLAIM_TOLD); the pattern, begun at every word of wire copy in capitals, was 3% of
coding MUC-4's texts."""
from eventwire import types_model

#: written for this test: wire copy in capitals with no claim, and two texts with one
CAPS = ("SAN ISIDRO, 4 MAR 90 (RADIO REPORT) -- UNIDENTIFIED MEN BURNED TWO BUSES ON THE MAIN ROAD TO THE COAST "
        "TODAY. THE POLICE CHIEF SAID THE DRIVERS ESCAPED UNHURT AND TRAFFIC RESUMED IN THE AFTERNOON. ") * 4
CLAIMED = "In a fax, the Red Dawn Brigade later claimed responsibility for the depot blast."
CREDIT = "Hours later the Northern Liberation Front took credit in a statement."


def test_a_text_without_the_claims_words_skips_the_claims_pattern():
    assert types_model._CLAIM_TOLD.search(CAPS) is None
    assert types_model.named_group(CAPS) is None


def test_a_claim_is_still_read():
    assert types_model._CLAIM_TOLD.search(CLAIMED) and types_model._CLAIM_TOLD.search(CREDIT)
    assert types_model.named_group(CLAIMED) == "Red Dawn Brigade"
    assert types_model.named_group(CREDIT) == "Northern Liberation Front"
