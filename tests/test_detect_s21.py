"""Detection, session 21 round 2: a trigger word that is also a given name ("Coroner Rob Haskins", "Photo by Rob
Lindgren") names a person, not a robbery; a title-case headline's "Rob" is still the act. Real texts parsed by
spaCy."""
from __future__ import annotations

import pytest

from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


@pytest.mark.parametrize(
    "text",
    [
        "Marion County Coroner Rob Haskins has named the two men.",
        "Family Court Judge Rob Delaney says the 15-year-old will remain in custody.",
        "(Photo by Rob Lindgren)",
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
        "Athens boy dies after being wounded in hail of gunfire on Elm Street.",
        "Wounded man found behind Mesquite gas station dies at hospital.",
    ],
)
def test_a_death_from_a_wound_is_an_act(text):
    """A headline that is all the page has: 'dies' beside a wound word tells a death from an act."""
    incidents = code_text(text, "2017-03-12", OPTIONS).incidents
    assert incidents
