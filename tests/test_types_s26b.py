"""GTD's target type "Police" only where the text tells an act against the police (officers shot at, a patrol car
hit), never where the police only speak, investigate, respond or arrest (session 26's QA reading: "Police" added for
10 of 17 GVA and 4 of 15 GVDB incidents whose police were only the source or the arresters). Real pipeline, real
spaCy."""
from __future__ import annotations

import pytest

from eventwire.options import Options
from eventwire.pipeline import code_articles
from eventwire.records import Article


@pytest.fixture(scope="module")
def options() -> Options:
    return Options.load()


def _targets(text: str, options: Options) -> list[tuple[str, ...]]:
    (coded,) = list(code_articles([Article(id="t", text=text, title="", published="2016-03-14")], options))
    return [incident.target_types for incident in coded.incidents]


@pytest.mark.parametrize("text", [
    # the police called, responding, investigating and arresting
    ("A 31-year-old man was shot and killed outside a home on Elm Street in Dayton, Ohio, on Saturday night. A "
     "neighbor heard the shooting and called police. Police arrested a 22-year-old suspect an hour later."),
    # the police as the source of the report
    ("Deputies with the county sheriff's office say a woman was shot in the leg during a robbery at an apartment "
     "complex in Dayton, Ohio, on Saturday night. She is expected to survive."),
])
def test_police_who_only_tell_or_arrest_are_no_target(text, options):
    targets = _targets(text, options)
    assert targets, "the shooting is coded"
    assert all("Police" not in t for t in targets)


@pytest.mark.parametrize("text", [
    ("A gunman opened fire on two police officers during a traffic stop in Dayton, Ohio, on Saturday night, "
     "wounding both of them."),
    ("Two police officers were shot and wounded during a traffic stop in Dayton, Ohio, on Saturday night."),
])
def test_police_shot_at_are_the_target(text, options):
    targets = _targets(text, options)
    assert any("Police" in t for t in targets)
