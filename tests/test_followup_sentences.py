"""A sentence that tells and dates something else at the scene of, or after, the story's act (a vigil, an arrest)
is about that act: it starts no incident of its own."""
from __future__ import annotations

import pytest

from eventwire.options import Options
from eventwire.pipeline import code_text


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


VIGIL = "Friends will hold a vigil for Keon on Thursday, 7 pm, at the scene of the shooting."
STORY = ("A 15-year-old boy was shot and killed Monday night outside a convenience store in Homestead, police said.\n\n"
         "Detectives have not named a suspect.\n\n" + VIGIL)


def test_a_vigil_at_the_scene_of_the_shooting_is_no_second_incident(options):
    coded = code_text(STORY, published="2014-07-29", options=options)
    assert len(coded.incidents) == 1
    assert coded.incidents[0].date == "2014-07-28"


def test_a_shooting_the_sentence_dates_itself_is_still_another(options):
    """The rule reads only an act told as the setting: 'the shooting Sunday on Main Street' in a story of Monday's is
    another act, as before."""
    text = STORY.replace(VIGIL,
                         "Police are also investigating the shooting of a 20-year-old man Saturday in Florida City.")
    coded = code_text(text, published="2014-07-29", options=options)
    assert len(coded.incidents) == 2
