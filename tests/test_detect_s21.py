"""Detection, session 21 round 2: a trigger word that is also a given name ("Coroner Rob Russell", "Photos by Rob
Ostermaier") names a person, not a robbery; a title-case headline's "Rob" is still the act. Real texts parsed by
spaCy."""
from __future__ import annotations

import pytest

from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


@pytest.mark.parametrize(
    "text",
    [
        "Kane County Coroner Rob Russell has identified them.",
        "Juvenile Court Director Rob Clevenger says the 16-year-old will stay in detention.",
        "(Photos by Rob Ostermaier)",
    ],
)
def test_a_given_name_is_no_robbery(text):
    incidents = code_text(text, "2017-03-12", OPTIONS).incidents
    assert not incidents


def test_a_title_case_headline_still_robs():
    incidents = code_text("Two Men Rob Gas Station At Gunpoint", "2017-03-12", OPTIONS).incidents
    assert incidents


@pytest.mark.parametrize(
    "text",
    [
        "Macon girl dies after being wounded in spray of bullets in Bloomfield.",
        "Wounded teen found outside Garland restaurant dies at hospital.",
    ],
)
def test_a_death_from_a_wound_is_an_act(text):
    """A headline that is all the page has: 'dies' beside a wound word tells a death from an act."""
    incidents = code_text(text, "2017-03-12", OPTIONS).incidents
    assert incidents
