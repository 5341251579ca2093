"""Places, session 32 (second round): names of things read as places. A word for a service member or an office
("Marines", "a U.S. Marshal") is no town (place_stopwords.txt: a town of the name only after a place cue); a car's
model the text names after its make ("a Nissan Sentra") is the car again after an article ("fired on the
Sentra"), no town (geo.mentions._car_named_again); a newspaper's short name between "the" and a source's verb
("the Advance reported") is no town (geo.mentions._source_named)."""
from __future__ import annotations

import pytest

from eventwire.geo.locate import locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _place(text: str, start: int, end: int, options: Options) -> tuple[str | None, str | None]:
    """(admin1, name) of an incident told in text[start:end], (None, None) where it is placed nowhere."""
    found = locate_incident(text, [(start, end)], options)
    return (found[0].admin1, found[0].name) if found is not None else (None, None)


@pytest.mark.parametrize("text, not_place", [
    ("Three U.S. Marines were wounded on Monday when a sniper fired at their patrol, officials said.", "Marines"),
    ("Crews said a deputy U.S. Marshal fired twice at the fleeing driver on Friday.", "Marshal"),
])
def test_a_service_or_an_office_is_no_town(text, not_place, options):
    assert _place(text, 0, len(text), options)[1] != not_place


def test_a_car_named_again_is_no_town(options):
    text = ("Police said Ray Dunn was riding in a Nissan Sentra with his cousin when a gray sedan pulled up.\n\n"
            "Two men in the sedan opened fire on the Sentra.\n\nDunn was hit in the leg and taken to a hospital.")
    start = text.index("Two men")
    assert _place(text, start, text.index("Dunn was hit"), options)[1] != "Sentra"


def test_a_newspaper_named_short_is_no_town(options):
    # "the Advance reported": a newspaper's short name between "the" and a source's verb (mentions._source_named)
    text = ("Police said Ray Dunn, 19, was robbed on Pike Street early Sunday, the Harbor Point Advance reported.\n\n"
            "Dunn was shot twice in the hip as the robber ran off, the Advance reported.")
    start = text.rindex("\n") + 1
    assert _place(text, start, len(text), options)[1] != "Advance"
