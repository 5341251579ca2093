"""Places, session 23: how common a word is, read from the word as written, not from its name key (which folds
letters: "More" and "Moore" share one), decides whether it votes for a US state; a page from a US local outlet is
US news unless the text says otherwise."""
from __future__ import annotations

import pytest

from eventwire.geo.focus import implied_us_state
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def test_a_common_word_is_no_county_though_its_key_is_a_county_s(options):
    # "More" and "Moore" (a county of Texas, Tennessee, North Carolina), "Mills" and "Randall" (counties of Texas):
    # words and surnames, no votes; the two towns of New York the story names place it
    text = ("LAKE PLACID - A woman was shot Tuesday in what village police believe is an accident. Police Chief "
            "William Moore said officers were called to an apartment on Mill Street. Moore said the child fired the "
            "gun. Mayor Craig Randall said the family is shaken. \"It is a tragedy,\" Randall said. The woman was "
            "taken to a hospital in Saranac Lake. Mills said she was stable. More information will be released "
            "Wednesday.")
    assert implied_us_state(text, get_gazetteer(options)) == "New York"
